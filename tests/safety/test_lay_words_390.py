"""Words and context added after held-out sets 390 to 395 (Lancashire, Potteries, Bristol and
Devon speech; English from Kerala, Punjab, Gujarat and Mumbai; a roofer, a night care assistant, a
bin collector, a chef, a dog walker and a courier; a reply to a pharmacist, a running club post, a
review, a text to a sister; English from Korean, Japanese, Thai, Farsi and Somali speakers; people
who write simply, and their support workers):

- an "h" dropped and marked ("me 'ead", "me chest 'urts"), words spelt by sound ("breeve", "my
  hart"), "twenty minutes since" (ago), a mouth "gone skew-whiff", a "pot" on an arm (a cast),
  "potty" and "stools" that come out unnoticed;
- "never had pain in my head like it" is the worst pain ever, not a denial;
- a heavy chest "like somebody sitting on me" with a cold sweat, grey skin and sweat, dizziness
  or sickness is a heart attack's sign (`heart-attack-signs`), and so is sudden pain of the tummy
  and back with sweating (`aortic-aneurysm-or-dissection`);
- whose sign it is: an animal of the writer's ("our labrador Bruno has a hot swollen knee"); a
  nurse who "asked me something" before the writer could not get the words out; a review of a
  clinic by someone who went in "for my tennis elbow";
- lookalikes: doubles (shifts), a break at work, one sore spot, "that was 2019", a scan "for a
  possible clot and it was clear", a fever "gone long time", a flight "next month", an arm that is
  dead after sleeping on it, a leg "paralysed with cramp", "stretch my arms", "bigger area",
  surgery had for an illness, a GP who felt a lump and found a knot.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("me 'ead is pounding since this morning", "headache", True),
        ("i cant breeve proper since last night", "breathlessness", True),
        ("the potty came out without me knowing", "bowel-incontinence", True),
        ("got a pot on my wrist since Tuesday", "tight-cast-bandage", True),
        ("his mouth went skew-whiff when he laughed", "face-droop", True),
        ("I have never had pain in my head like it", "worst-pain-ever", True),
        ("never had any numbness, it is just like it was", "worst-pain-ever", False),
        ("like somebody sitting on me, right in the middle", "heavy-chest", True),
        ("skin cold and wet, feel faint", "sweating-clammy", True),
        ("neck sore after doubles on the grill all week", "double-vision", False),
        ("on my break my left hand was aching", "named-fracture", False),
        ("it was one spot, now a strip across my back", "shingles-rash", False),
        ("the ache covers a bigger area than last week", "calf-swelling", False),
        ("my leg was paralysed with cramp in the night", "one-sided-weakness", False),
        ("the first week a bit better, same tightness since", "no-progress", True),
        ("elbow ache from the mouse, now my wrist also aching", "spreading", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Got a sudden splitting pain at the back of me 'ead an hour since, neck's stiff and I "
         "keep being sick.", "emergency"),
        ("Never had pain in my head like it, came on in a second, now neck stiff and vomiting.",
         "emergency"),
        ("An hour ago my chest started to squeeze like somebody sitting on me, skin cold and "
         "wet, I feel dizzy. Just a pulled muscle from the gym?", "emergency"),
        ("Grandad 70, sudden severe pain in his tummy and back for half an hour, sweating a "
         "lot.", "emergency"),
        ("i cant breeve good and my chest hurt sharp when i breeve in, my leg was fat last week",
         "emergency"),
        ("Pot on my forearm since Friday, tonight the pain is through the roof, fingers fat "
         "and tingling, screams when I straighten them.", "emergency"),
        ("Our spaniel Alfie has a hot swollen knee, the vet is on it. My wrist aches from his "
         "lead.", "self-care"),
        ("I had a clot in my leg, but that was 2019 and it was treated. Now a tight hamstring "
         "from football, legs look the same.", "self-care"),
        ("Had a scan on my leg for a possible clot and it was clear. Tight hamstrings now from "
         "cycling.", "self-care"),
        ("Long flight to Sydney next week, my calves are fine now, how would I know a clot?",
         "self-care"),
        ("Every morning my arm is dead for a minute because I sleep on it, then fine.",
         "self-care"),
        ("Found a lump in my upper trap, the GP had a feel and said it is a muscle knot, "
         "nothing sinister.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
