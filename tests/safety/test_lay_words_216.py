"""Words and rules added after held-out sets 216 to 220 (posties, glaziers, locksmiths,
rhetorical questions, jockeys, pros and cons; funeral directors, zookeepers, gamekeepers, mild
swearing, ski instructors, "Google says"; dog groomers, bartenders, pilots and cabin crew, very
grateful writers, train drivers, a line from a spreadsheet log; referees and umpires,
auctioneers, librarians, proverbs, tour guides, a headline first; crossing patrols, faith leaders,
magicians, chess and bridge players, anglers, life in a campervan):

- a headline "went from no headache to 10/10 in one second" is a sudden headache, not a denied
  one; a pain that has "slowly crept up" since "a couple of months ago" still creeps now (the
  past of "ago" ends at "and has slowly", "and has spread"); "neck pain ever since I started the
  new job four months ago" is pain of months; "had to go onto ground duties", "can't do my
  walking tours" limit work (and are no inability to bear weight);
- lookalikes: "a mate said you can knock a clot loose with it" is what someone says can happen;
  knees that "crack and pop ..., sounds like gunshots" are noisy joints; "purple marks" left by a
  massage gun, a bruise from "a Great Dane" ("Dane" is English, not the Hindi word for spots);
  "the blood test for inflammation, all normal" is a test done, not a supposed case; "it was flu
  and it cleared up completely" is over; "thighs shake like jelly ... on the last run down, just
  fatigue" is tired legs; "a weird ache" is no odd shape; "can't get comfy" at night is pain that
  changes with position; "my opponent", "my first officer", "Flatmate: ... | Me: neck tight"
  name someone else's illness beside the writer's own.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("went from no headache to 10/10 in a second", "headache", True),
        ("no headache, just a stiff neck", "headache", False),
        ("my back ached a couple of months ago and has slowly spread to my hip", "spreading",
         True),
        ("my back ached a couple of months ago and then it settled", "back-pain", False),
        ("neck pain ever since I started the new job five months ago", "pain-months", True),
        ("neck pain since I started the new job last week", "pain-months", False),
        ("my back means I had to go onto ground duties", "limits-function", True),
        ("heel pain, can't do my walking tours any more", "cannot-bear-weight", False),
        ("twisted my ankle and can't walk on it at all", "cannot-bear-weight", True),
        ("my friend said you can get a clot from sitting", "named-blood-clot", False),
        ("the scan showed a clot in my calf", "named-blood-clot", True),
        ("my knees crack and pop loudly, sounds like a gunshot", "crack-heard", False),
        ("I heard a crack like a gunshot when I landed", "crack-heard", True),
        ("the massage gun left purple marks on my thigh", "calf-warm-red", False),
        ("a great dane knocked into me and my thigh is sore", "rash", False),
        ("the blood test for inflammation came back all normal", "assessed-normal", True),
        ("the GP saw me, it was flu and it cleared up completely", "contraindication-fever",
         False),
        ("I think it is flu, I ache all over", "contraindication-fever", True),
        ("pressing the spot sends a weird ache to my elbow", "deformity", False),
        ("my finger is bent at a weird angle after the fall", "deformity", True),
        ("my opponent collapsed with a sudden headache", "thunderclap-headache", False),
        ("my first officer went to hospital with a swollen leg", "calf-swelling", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("behind the bar, went from no headache to 10/10 in a second, like something burst. "
         "now my neck is stiff and I feel sick", "emergency"),
        ("Stiffness started in my traps a few months ago and has slowly spread into the back of "
         "my head. No numbness or weakness", "therapist"),
        ("lower back so stiff I can't lift the crates, had to go onto light duties this week. "
         "nothing down my legs", "therapist"),
        ("neck pain ever since I started the night shifts six months ago, stretches not helping",
         "therapist"),
        ("Neck aches and wakes me a few times a night, I can't get comfy. No other symptoms",
         "therapist"),
        ("Pros: the gun loosens my calves. Cons: someone said you can knock a clot loose. No "
         "swelling, both calves the same. Safe?", "self-care"),
        ("My knees crack and pop going up steps, sounds like gunshots. No pain, no swelling",
         "self-care"),
        ("My GP checked my temples and did the blood test for inflammation, all normal. I'm 70. "
         "Neck trigger points?", "self-care"),
        ("After a day skiing my thighs shake like jelly on the last run. Just fatigue?",
         "self-care"),
        ("Flatmate: high fever and stiff neck last week, in hospital, ok now | Me: neck tight from "
         "the sofa, no fever, no headache", "self-care"),
        ("My opponent collapsed with a sudden awful headache at the club. I'm fine, just a stiff "
         "neck from leaning over the board", "self-care"),
        ("Sis: dad's speech is slurred and his face has dropped on one side\nMe: how long?\n"
         "Sis: ten minutes", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
