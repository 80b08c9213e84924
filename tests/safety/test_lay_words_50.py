"""Words and rules added after held-out sets 50 and 51 (a routine's report with the sign inside,
medical words used wrongly, self-made lists of what it is not, a sign likened to an old
illness, answers to the app's questions in fragments, pasted message threads, US English):

- "wife: you were slurring": in a pasted thread, someone telling the writer about the writer;
- "my coach", "our coach" are someone else ("I coach the kids' team" is the writer);
- "they told me last year I've a small bulge": the time is the telling's;
- "better?: no, same as day one": an answer, not a denial ("trouble peeing - no" still is);
- "I had shingles in my 40s": a decade gone by;
- "my legs are not just numb, they are weak": no denial, and the legs are the writer's;
- "banging heads" at football is a clash, not a banging headache;
- "lost the left half of what I was looking at", "my arm went daft", heaviness of the left arm
  and leg, chickenpox-like spots on one side along a line, "none of it has made a difference",
  "the sore area is bigger", "(5ish months)", "how long: 4 wks";
- rules: a racing heart after an operation (a clot in the lung), a completely blocked bowel (no
  wind, being sick, a swollen or hard tummy), a sudden severe headache with a stiff neck, a new
  headache with a change in sight after 50.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("me: my neck is knotted up again / wife: you were slurring at tea", "speech-disturbance",
         True),
        ("my neck is stiff; my mate's dad was slurring after his stroke", "speech-disturbance",
         False),
        ("My coach had meningitis at uni", "named-meningitis-sepsis", False),
        ("I had shingles on my back in my 40s", "named-shingles", False),
        ("my legs are not just numb, they are weak", "leg-neuro-symptoms", True),
        ("my legs are not numb", "leg-neuro-symptoms", False),
        ("banging heads at 5-a-side on Thursday", "thunderclap-headache", False),
        ("lost the left half of what I was looking at for 10 minutes", "sudden-vision-loss", True),
        ("my arm went daft for a bit", "one-sided-weakness", True),
        ("like chickenpox but only on one side of my back following a line", "shingles-rash",
         True),
        ("none of it has made a difference", "no-progress", True),
        ("better?: no, same as day one.", "no-progress", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("me: pulled an intercostal, hurts to breathe in / sister: you're on the pill and you "
         "just sat in the car for 9 hours / me: and I get winded on the stairs", "emergency"),
        ("Throbbing, pulsing feeling in my belly and deep back pain that came on suddenly - they "
         "told me last year I've a small bulge on my aorta", "emergency"),
        ("stabbing under my ribs and my heart's racing, I'm 2 weeks after my knee op",
         "emergency"),
        ("vomiting: yes x3. bowels: haven't passed wind since yesterday, belly swollen and hard",
         "emergency"),
        ("It came on instantly, 10 out of 10 agony headache, and now my neck's stiff",
         "emergency"),
        ("69F. The side of my head throbs and this morning I had blurry vision in one eye",
         "emergency"),
        ("Checklist: numbness - no. trouble peeing - no, normal. fever - no. pain - low back",
         "self-care"),
        ("I coach the kids' team and my hamstring stops me sprinting", "therapist"),
        ("how long: since march (5ish months). where: between shoulder blade and spine",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
