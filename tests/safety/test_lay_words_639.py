"""Words, rules and context added after held-out sets 639 to 644 (Scarborough, Whitby and Filey;
Stirling, Falkirk and Grangemouth; Limerick, Cork and Waterford; Milton Keynes, Bedford and
Northampton; Hereford, Worcester and Kidderminster; Guernsey, Jersey and the Isle of Man; English
from Malaysian Tamil, Malay, Kinyarwanda, Lingala, Georgian, Armenian, Hebrew, Yiddish, Lao,
Burmese, Icelandic and Faroese speakers):

- Malaysian Malay words for breathlessness, a torn feeling, fainting, weakness, blurred sight,
  the back, the neck and "no" before a sign (safety/data/indonesian-malay.yaml);
- a blow, then being sick and a gap in the memory ("took a clout off the A-frame");
- a sudden headache, a faint and a stiff neck since (a bleed);
- Scots "took a heider": a header; "the hearin's went aw muffled" is no heparin;
- "sat on the loo absolutely bursting and nothing would come" (retention);
- a message about a "young lad" that asks for him is about him;
- what is no sign: "two weeks of doing everything" (no double vision), "chin on my chest", "press
  on the spot", "chew hard gum", "our best cow went down with milk fever", "last year while on
  methotrexate I had shingles", "Doctor tell me before if my leg get big".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("sekarang sesak nafas teruk dan batuk ada darah", "coughing-blood", True),
        ("sakit belakang macam kena koyak", "back-pain", True),
        ("tangan kiri rasa lemah sejak pagi", "one-sided-weakness", True),
        ("Tak bengkak, tak merah, just tired calves", "calf-swelling", False),
        ("Took a heider aff a big lad at the fitba", "head-injury", True),
        ("the hearin's went aw muffled in one ear", "blood-thinners", False),
        ("sat on the loo absolutely bursting and nothing would come", "urinary-retention", True),
        ("two weeks of doing everything right and my neck hasn't budged", "double-vision", False),
        ("I can touch my chin on my chest but it pulls", "chest-pain", False),
        ("it only hurts when I press on the spot", "shingles-rash", False),
        ("my jaw only hurts when I chew hard gum", "jaw-claudication", False),
        ("Our best cow went down with milk fever and couldn't get up", "fever", False),
        ("Last year while on methotrexate I had shingles on my back", "named-shingles", False),
        ("Doctor tell me before if my leg get big and red and hot, go hospital",
         "calf-warm-red", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Saya on pil perancang. Sekarang sesak nafas teruk, jantung laju dan batuk ada darah "
         "sikit.", "emergency"),
        ("Took a clout off the boom during the drill, helmet was on. Neck's sore, but I've been "
         "sick twice since and I can't remember the drive home.", "emergency"),
        ("My headaches come from my shoulders after long shifts. This one came on very sudden "
         "and afterwards I fainted on the deck. Now my neck is stiff.", "emergency"),
        ("Did my back lifting a resident. It's gone down both legs since last night and this "
         "morning I sat on the loo bursting and nothing would come.", "emergency"),
        ("Young lad got a clash on the shin at training, there's a lump at an angle, he heard a "
         "crack and can't stand on it. Freeze spray and back on?", "emergency"),
        ("Honest update: two weeks of doing everything right and my neck pain hasn't budged. Time "
         "to see a professional?", "therapist"),
        ("Neck stiff after a long flight. No fever, no headache, no rash, I can touch my chin on "
         "my chest but it pulls at the back of my neck.", "self-care"),
        ("Our best cow went down with milk fever and couldn't get up. I was hauling her for an "
         "hour and now my shoulders are stiff as a plank.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
