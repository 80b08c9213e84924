"""Words and rules added after held-out sets 312 to 317 (a physiotherapy student, a retired
engineer, a worrier; Welsh, Highland, Cockney and West Country speech; Indian, Pakistani,
Ghanaian and Kenyan English; dated diaries, timelines, postscripts, messages that correct
themselves; night workers, lorry drivers, new mothers, students, pensioners alone; sarcasm,
understatement, emoji in words, several questions at once):

- Cockney rhyming slang for the body ("me Gregory Peck", "me boat race has gone saggy", "me
  left Chalk Farm", "me loaf", "me mince pies", "round me Khyber") and "hooter" for the nose;
  West Country "bain't" for "isn't";
- "Mum keeps saying my words are coming out jumbled": what someone keeps saying of the writer is
  the writer's sign;
- a tummy that has "gone rock hard"; fingers "agony if I try to straighten" them in a cast; a
  foot that "flops outwards" after a fall; "the muscle by my thumb looks hollow" as weakness
  gets worse; sudden severe tummy pain through to the back with dizziness or a racing heart
  (at any age); neck pain, a headache and a clumsy hand that came on suddenly;
- someone else's story: a "case study" being written up, the hero of a novel, a ward's "stroke
  call", a dialect's dropped letters ("'ee's on tablets now") that are no quotation;
- normal: a rash that "faded with the glass test" (not one that "hasn't faded"), numbness "from
  the epidural", a numb bottom that comes back "as soon as I stand", legs like lead "after 4
  nights on my feet", a calf "twang" with a normal scan, "she told me to watch for ...";
- therapist: "haven't been driving" because of the neck; a knot that "was one spot ... now"
  spreads.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("me boat race has gone droopy on one side", "face-droop", True),
        ("I did a boat race on the Thames last week and my face is sunburnt", "face-droop",
         False),
        ("my tummy has gone rock hard since lunch", "rigid-abdomen", True),
        ("my abs are rock hard from training", "rigid-abdomen", False),
        ("it's agony when I try to straighten my toes in the cast", "pain-moving-toes-fingers",
         True),
        ("the muscle at the base of my thumb looks hollow now", "progressive-weakness", True),
        ("a rash that hasn't faded when I pressed a glass on it", "non-blanching-rash", True),
        ("I haven't been driving since my neck locked", "limits-function", True),
        ("the knot was one spot, now my whole upper back aches", "spreading", True),
        ("it's one spot that hurts when I press it", "spreading", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Banged me loaf on the door frame and now me mince pies are seeing double",
         "emergency"),
        ("Can't feel nothing round me Khyber when I sit and I had an accident with my water",
         "emergency"),
        ("Me Gregory Peck is stiff from the pillow", "self-care"),
        ("Mum keeps saying my words are coming out jumbled and my right arm feels heavy",
         "emergency"),
        ("Tummy pain came on sudden and now my tummy has gone rock hard, been sick twice",
         "emergency"),
        ("Fell in the kitchen, can't put weight on my leg and the foot flops outwards",
         "emergency"),
        ("Sudden severe pain in my tummy going through to my back, I feel dizzy and my heart is "
         "racing", "emergency"),
        ("Writing up a case study for my course: a man with saddle numbness and urinary "
         "retention. My own shoulders are tight from the laptop", "self-care"),
        ("A book I'm reading has a hero who gets a thunderclap headache. My own headaches are "
         "the usual ones from my neck", "self-care"),
        ("We put out a stroke call for a patient tonight. I've done my back in on the hoist",
         "self-care"),
        ("My daughter had a rash last week but it faded with the glass test and the GP said it "
         "was viral. My neck is sore from carrying her", "self-care"),
        ("A rash that hasn't faded when I pressed a glass on it, and a stiff neck",
         "emergency"),
        ("My bottom goes numb when I sit in lectures for three hours, but it comes back as soon "
         "as I stand. Wee and everything else normal", "self-care"),
        ("My legs went numb from the epidural in labour, it wore off the next day. Now my upper "
         "back aches from feeding", "self-care"),
        ("Legs feel like lead after 4 nights on my feet, fine again once I've slept",
         "self-care"),
        ("Felt a twang in my calf at tennis and it swelled a bit, the scan showed no clot",
         "self-care"),
        ("My neck is so stiff I can't look over my shoulder, so I haven't been driving to work",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
