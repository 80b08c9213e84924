"""Words, rules and context added after held-out sets 609 to 614 (Sunderland, Hartlepool and
Middlesbrough; Derry, Strabane and Limavady; Leicester, Loughborough and Melton Mowbray;
Plymouth, Devonport and Saltash; Inverness, Nairn and Elgin; Blackpool, Preston and Fleetwood;
English from Ukrainian, Belarusian, Vietnamese, Khmer, Gujarati, Kutchi, Nepali, Tongan,
Japanese, Korean, Twi and Ewe speakers):

- Nepali and Gujarati words ("my aama's neck", "kammar dukhyo", "jwaro", "burning when I do
  susu", "taav", "Kaka's leg"), and a possessive of a word from another language;
- a chest "and back when I breathe in" is a place, not "back when" of the past;
- "purple spots on my legs" that a housemate found are the writer's;
- a face that "went a bit squint"; "dropping my fork oot ma right hand";
- "can't tell no more when I need a piss"; "me old chap's gone numb";
- a shoulder "flat and square" that cannot be lifted or turned after a fit;
- headache, flashing lights and a puffy face and hands, pregnancy or not;
- pain "slowly going more to" or "slowly extends to" new places; "missed three days' fishin'";
- what is not a sign: "legs like jelly" after the rugby; "the DVT crowd"; "Is it true a sudden
  headache can be a bleed?"; a TV character's stroke; a resident's meningitis; "at no. 14" is a
  house number.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import sentences


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("Getting a sharp pain in my chest and back when I breathe in", "pleuritic-pain", True),
        ("my housemate found some purple spots on my legs that don't go when she pressed a glass "
         "on them", "non-blanching-rash", True),
        ("My man says my face went a bit squint at the tea", "face-droop", True),
        ("I keep dropping my fork oot ma right hand", "one-sided-weakness", True),
        ("I can't tell no more when I need a piss", "urinary-retention", True),
        ("me old chap's gone numb", "saddle-numbness", True),
        ("I can't lift or turn the arm at all", "cannot-lift-arm", True),
        ("Pain in neck slowly going more to shoulder blade", "spreading", True),
        ("Neck pain slowly extends to the back of my head", "spreading", True),
        ("muscles on fire after the rugby sevens, legs like jelly", "legs-give-way", False),
        ("Before the DVT crowd pile in: no swelling", "named-blood-clot", False),
        ("Is it true a sudden really bad headache can be a bleed on the brain?",
         "thunderclap-headache", False),
        ("Any numbness? No. 2 days of back pain.", "bowel-incontinence", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ACL recon 2 weeks ago, leg in a brace. Getting a sharp pain in my chest and back when I "
         "breathe in, heart racing, breathless on the stairs.", "emergency"),
        ("34 weeks. Aching under my right ribs. Also got a really bad headache that paracetamol "
         "won't shift and flashing lights in my eyes, and my face and hands have puffed up today.",
         "urgent"),
        ("Papa ne side ma (flank) bahu dukhavo che since yesterday, taav pan che, vomited twice.",
         "urgent"),
        ("Hello, my aama's neck muscles are very stiff. She was carrying laundry and suddenly "
         "screamed that her head burst. She vomit and now is very sleepy and confused.",
         "emergency"),
        ("Lower back and both legs proper buggered. I can't tell no more when I need a piss, it "
         "just dribbles out in me oilies, and me old chap's gone numb.", "emergency"),
        ("Ma neck's stiff. My man says my face went a bit squint at the tea the now and I keep "
         "dropping my fork oot ma right hand.", "emergency"),
        ("After my tonic-clonic last night my right shoulder aches and I can't lift or turn the "
         "arm at all. The top of the shoulder looks kind of flat and square.", "emergency"),
        ("Kammar dukhyo one side. Now jwaro and shivering, burning when I do susu, and feel like "
         "vomiting.", "urgent"),
        ("My neck is stiff and the light is hurting my eyes. My housemate found some purple spots "
         "on my legs that don't go when she pressed a glass on them.", "emergency"),
        ("My back is killing me, muscles on fire after the rugby sevens, legs like jelly.",
         "self-care"),
        ("Calf knot after parkrun. Before the DVT crowd pile in: no swelling, not red or warm, "
         "haven't flown. Best release?", "self-care"),
        ("Is it true a sudden really bad headache can be a bleed on the brain? Mine are tension "
         "headaches that build up slow, nothing sudden.", "self-care"),
        ("Watched Casualty last night, some character's face went droopy and he slurred. My own "
         "neck is stiff from the laptop.", "self-care"),
        ("One of my residents had a high temperature, stiff neck and a rash and got blue-lighted "
         "with meningitis last week. Me, I just have sore shoulders from the hoisting.",
         "self-care"),
        ("Raju: Kaka's leg is swollen, hot and red, they think clot. Mine is just the usual knot "
         "in the shoulder.", "self-care"),
        ("Pain in neck slowly going more to shoulder blade and both shoulders, in three weeks. No "
         "numb, no weak, no fever.", "therapist"),
        ("Lower back's so stiff I can't get on the boat in the mornin', missed three days' fishin' "
         "this week. No numbness, waterworks fine.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


def test_a_house_number_is_no_sentence_end() -> None:
    assert len(sentences("Mrs Doherty at no. 14 was taken in with a stroke on Monday")) == 1
    assert len(sentences("Any numbness? No. 2 days of back pain.")) == 3
