"""Words and rules added after held-out sets 292 to 297 (bin collectors, gutter cleaners, pest
control, goats and alpacas, 'question:' then 'context:', answering oneself; egg packers, cold
water swimmers, Ironman and Hyrox, kettlebells, very short sentences, what the internet said;
calisthenics, figure skating, ski jumps, snowshoes, kendo, aikido, capoeira, the third person,
times of day; breakdance, hip hop, ceilidh, Irish dance, Bollywood, K-pop, cabaret, 'sorry for
the long post', scores out of 100; violas, cellos, double basses, trombones, banjos, producers,
a child asleep beside the writer, pain told as a food; poker, re-enactors, archives, stamps and
coins, many brackets, a message in two halves):

- "a squeezing feeling in the middle of my chest" is chest pain;
- "my grip on that side is going", "weaker than last week": weakness getting worse;
- a forearm "blown up like a balloon", "hard to the touch", a shin "rock hard" after a hard
  session: a tense limb, which no training explains (an everyday cause is no answer to it);
- a child who fell and hit her head, told by a parent with a sore back of their own: the
  child's signs count;
- no sign: "legs went all shaky and jelly-like for a few minutes" after foam rolling; legs gone
  dead after kneeling in seiza, back to normal on standing; an arm that "went dead" after
  dozing off leaning on it; "k-pop" is no neck pop; "came on slowly" is no sudden start; a
  "double bass" is no double vision; "the table edge" is no feeling of being on edge;
- whose story: "my goat has a stiff neck and a fever" (animals of a farm or a hutch); "our
  ceilidh caller collapsed"; "I'm asking about me:";
- "what are the signs a joint is infected?" asks; "GP had a look" is a check, and night pain
  after one is the therapist's; "can't look up for more than a minute which is basically my
  whole job", "hurts too much to lift my arm to brush my hair" limit function; "14 days of rest
  ... still limping" is no progress.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("a squeezing feeling right in the middle of my chest", "chest-pain", True),
        ("a squeezing feeling in my calf when I point my toes", "chest-pain", False),
        ("my grip on that side is going and it's weaker than last week", "progressive-weakness",
         True),
        ("my grip is fine, just sore", "progressive-weakness", False),
        ("my forearm has blown up like a balloon", "tense-swollen-limb", True),
        ("my forearm has blown up like a balloon", "swollen-abdomen", False),
        ("headache after k-pop class", "neck-manipulation", False),
        ("came on slowly over the evening", "sudden-onset", False),
        ("carrying my double bass up the stairs", "double-vision", False),
        ("leaning on the table edge for hours", "sense-of-doom", False),
        ("legs went all shaky and jelly-like after foam rolling", "legs-give-way", False),
        ("my legs gave way and I fell", "legs-give-way", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Knot in my left shoulder for 20 mins, plus a squeezing feeling in the middle of my "
         "chest, sweaty and queasy. I'm 61", "emergency"),
        ("question: can a stiff neck cause weakness? context: neck pain down my right arm for a "
         "month, and my grip on that side is going, weaker than last week", "urgent"),
        ("did 150 push ups for a bet, my forearm has blown up like a balloon, hard to the touch, "
         "getting worse by the hour and my fingers are tingling", "emergency"),
        ("brutal leg day after a year off, front of my shin is rock hard and burning, worse "
         "every hour, top of my foot going numb", "emergency"),
        ("child is asleep on me now but she fell off the slide an hour ago and hit her head, "
         "clear watery stuff from her nose and she's been sick. I hurt my back lifting her",
         "emergency"),
        ("foam rolled my hamstrings hard and my legs went all shaky and jelly-like for a few "
         "minutes after. fine now", "self-care"),
        ("After kneeling in seiza for an hour my legs went dead and I couldn't feel my feet, "
         "back to normal a minute after standing", "self-care"),
        ("My arm went dead for a few minutes after I dozed off leaning on it at my desk, pins "
         "and needles then back to normal", "self-care"),
        ("My goat has a stiff neck and a fever, the vet is coming. My shoulders ache from "
         "holding her", "self-care"),
        ("Our ceilidh caller collapsed with a sudden awful headache and is in hospital. My "
         "calves ache from dancing", "self-care"),
        ("just wondering, what are the signs a sore knee is infected? mine is only a bit achy "
         "after dancing, no swelling or heat", "self-care"),
        ("Neck and upper back pain (muscular, GP had a look), it wakes me at night and I can't "
         "sit at my desk for more than half an hour", "therapist"),
        ("14 days of rest, ice and ibuprofen for a strained calf, still limping a bit",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
