"""Words and rules added after held-out sets 226 to 230 (lifeboat and coastguard crews, a long
pilgrimage walk, quilters, a month of fasting, special constables, a redundancy; mountain
rescue, kabaddi and sumo, metal detectorists, Christmas Day, zero-hours contracts, a list of
allergies first; cold-water swimmers, model railways, a job interview tomorrow, first-aid
volunteers, darts, weather metaphors; a divorce, birdwatchers, crochet circles, apprentices, a
first day at work, every symptom in quotation marks; jigsaws, a meditation retreat, volunteer
firefighters, "long story short", paper crafts, an airport between flights):

- "stood at the toilet for ages and nothing came then it just dribbled" (not a bare "dribbled":
  a pain "dribbling down the thigh" is no bladder sign); the insides of the thighs that "feel like
  they've been injected at the dentist"; a neck "sorted" with "a quick twisty click"; a weak arm
  that "gets worse every few days"; "comes back next year"; "had to stand down from callouts",
  "can't stand at the oche for a full match";
- lookalikes: "my sister, who's fasting with me, got a sudden awful headache" (the sentence goes
  on about her after the clause between commas); "went to A&E with numbness down below and
  bladder trouble, ..." (a short list goes on about the same person to its comma, not "... and
  when I tried to answer him"); "a pilgrim", "a spectator", "the casualty", "the lad I'm
  apprenticed to"; "had flu with a high temp ..., temperature normal for 5 days"; an arm that went
  dead "with it under the pillow"; an ache that "spread from the right side to across both
  sides" of the lower back is no belly pain all over.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("stood at the toilet for ages and nothing came then it just dribbled",
         "urinary-retention", True),
        ("a deep ache dribbling a bit down the outer thigh", "urinary-retention", False),
        ("the insides of my thighs feel like they've been injected at the dentist",
         "saddle-numbness", True),
        ("my jaw feels like it's been injected at the dentist", "saddle-numbness", False),
        ("a physio did a quick twisty click on my neck", "neck-manipulation", True),
        ("my knee gives a quick click when I squat", "neck-manipulation", False),
        ("my arm is weak and gets worse every few days", "progressive-weakness", True),
        ("my arm feels weak after the gym", "progressive-weakness", False),
        ("the ache across my lower back spread from the right side to across both sides",
         "abdominal-pain-all-over", False),
        ("the pain has spread all over my tummy", "abdominal-pain-all-over", True),
        ("I've had to stand down from callouts", "limits-function", True),
        ("three twelves in a row, my calves ache", "recurrence", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("back went last night. this morning I stood at the toilet for ages and nothing came, "
         "then it just dribbled. foam roller?", "emergency"),
        ("got my neck 'sorted' with a quick twisty click two days ago, now a new sharp pain up "
         "the side of my neck behind my ear into my head, a headache unlike any I've had, steadily "
         "worse", "emergency"),
        ("My brother, who lives with me, had a sudden awful headache and is in hospital. I'm "
         "asking for myself: achy shoulders from carrying bags", "self-care"),
        ("My flatmate went to A&E with numbness down below and bladder trouble, he's had his op. "
         "Me, I've just got a sore bum from a hard chair", "self-care"),
        ("A spectator collapsed with a sudden awful headache at the match. I'm fine, just a stiff "
         "lower back from kneeling", "self-care"),
        ("Had flu with a high temp last week, temperature normal for 5 days now and I feel well. "
         "Stiff legs getting back into running", "self-care"),
        ("My arm went dead after I fell asleep with it under the pillow, then pins and needles "
         "and back to normal", "self-care"),
        ("Over the past month my low back ache has spread from the right side to across both "
         "sides, a little worse each week. No leg pain, no fever", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
