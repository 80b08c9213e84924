"""Words, rules and context added after held-out sets 669 to 674 (Hinckley, Market Bosworth and
Earl Shilton; Bude, Launceston and Bodmin; Montrose, Brechin and Cupar; Coatbridge, Airdrie and
Wishaw; Thurso, Wick and Dornoch; Thetford, Stowmarket and Sudbury; English from Kiribati,
Tuvaluan, Lezgian, Ingush, Adyghe, Kabardian, Bashkir, Udmurt, Hakka, Teochew, Palauan and
Chuukese speakers):

- an age about to be reached ("Jim (70 next month!)");
- "an aneurysm on my aorta" watched by "they" is the writer's own (an organ after "my" is the
  writer's body, as a limb is);
- a headache that "maxed out within a minute";
- "when I sit on toilet I not feel there";
- "took a hurley to the side of the head";
- a dialect's double negative ("it ain't no better") is no denial;
- "since last back-end" (Scots: since last autumn), "ootside";
- a pain "back next year", "gone twice already";
- what is no sign: "one of the kids at nursery today come out in a purple rash ... meningitis they
  think" (a child's, in an ambulance); "I've heard heart attacks can be silent"; "what numbness
  ... would mean I should go to A&E?"; "when I was drinking I had a fall and a head injury".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("they're watching an aneurysm on my aorta", "known-aneurysm", True),
        ("it maxed out within a minute", "abrupt-onset", True),
        ("when I sit on toilet I not feel there", "saddle-numbness", True),
        ("took a hurley to the side of the head", "head-injury", True),
        ("I've heard heart attacks can be silent in diabetics", "named-heart-attack", False),
        ("I've heard a crack in my ankle and it can't take weight", "crack-heard", True),
        ("I've had a sair muscle ootside ma knee since last back-end", "pain-months", True),
        ("it settles by spring, then it's back next year", "recurrence", True),
        ("When I was drinking I had a seizure and a head injury", "head-injury", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("[09:10] Bob (68 next month!): lower back went at the allotment lads, came on sudden, "
         "deep, goes right through into my tummy. feel like I'm going to pass out",
         "emergency"),
        ("They are keeping an eye on an aneurysm on my aorta. Today my back is killing me, deep "
         "pain in my tummy that won't settle, and I feel dizzy standing up.", "emergency"),
        ("Q4 Headaches? 'Usual tension ones. But yesterday one came on out of nowhere, maxed "
         "out within a minute, and I can't bend my chin to my chest.'", "emergency"),
        ("I carry wardrobe up stairs, now back tight and pain go to both legs. When I sit on "
         "toilet I not feel there, skin is numb.", "emergency"),
        ("Took a hurley to the side of the head at training, neck stiff since. Can't remember "
         "the drive home at all.", "emergency"),
        ("Neck's been sore three weeks, done the stretches every day and it ain't no better.",
         "therapist"),
        ("I've had a sair muscle ootside ma knee since last back-end, no gettin worse. Is it "
         "worth a physio?", "therapist"),
        ("Every harvest my back goes, settles by Christmas, then it's back next year. This year "
         "it's gone twice already.", "therapist"),
        ("One of the kids at nursery today come out in a purple rash that didn't fade and went "
         "off in an ambulance, meningitis they think. Just my back aching from the little "
         "chairs.", "self-care"),
        ("My back goes every spring, settles in a week. What numbness or bladder problems would "
         "mean I should go to A&E? None of that now.", "therapist"),
        ("When I was drinking I had a fall and a head injury, all sorted years ago. Just knots "
         "in my traps now.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
