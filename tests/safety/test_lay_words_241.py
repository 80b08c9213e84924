"""Words and rules added after held-out sets 241 to 245 (tennis umpires, boxing coaches,
ballroom and tap, cheerleaders, personal trainers, night owls; nannies, childminders, school
cooks, archivists, antique dealers, a honeymoon; watchmakers, cobblers, kitchen fitters, chimney
sweeps, crutches, newlyweds; hearing aids, ADHD, widows, a gap year, interrailing, cruise ship
staff; motorhomes, glamping, hen and stag dos, 5 a.m. risers, pole fitness, gallery
attendants):

- a belly that "feels hard" with the pain all over it; a broken wrist in a new cast with
  unbearable pain and numb, swollen fingers (a fracture with such pain is a compartment's
  warning, whoever put the cast on); a heavy thing dropped "on my foot", purple and swollen, "can
  barely walk on it";
- "can't turn to check my blind spot" is pain that limits what one does; "week by week" is slow;
  "since I started in September (5 months ago)" is five months;
- lookalikes: "one of my fighters", "another dealer", "a guest", "one of the girls ... got taken
  to hospital last night with a sudden horrendous headache" are someone else (what someone was
  taken to hospital with stays theirs); "I just ache in the low back" is the writer's own
  complaint, so a colleague's story before it is not a report about the colleague; "inflammation
  markers were normal"; a "crunchy crackly sound" when foam rolling; an ache "from pole grip" that
  gets worse is no weakening grip.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the pain is all over now and my tummy feels hard", "rigid-abdomen", True),
        ("my tummy feels full after dinner", "rigid-abdomen", False),
        ("dropped a paving slab on my foot this morning", "trauma-mechanism", True),
        ("dropped my son off and my foot aches from the drive", "trauma-mechanism", False),
        ("I can't turn to check my blind spot when I drive", "limits-function", True),
        ("the ache has been getting worse week by week", "gradual-onset", True),
        ("the inflammation markers were normal", "assessed-normal", True),
        ("when I foam roll my thigh it makes a crunchy crackly sound", "crack-heard", False),
        ("I heard a loud crack when I landed", "crack-heard", True),
        ("forearm ache from pole grip, getting a bit worse", "progressive-weakness", False),
        ("my grip is getting weaker every week", "progressive-weakness", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("pain started round my belly button, moved low on the right, now it's all over my "
         "tummy which feels hard and I've been sick", "emergency"),
        ("Broke my wrist on the ice and got a cast on yesterday with my daughter there. Tonight "
         "my fingers are numb and swollen and the pain is unbearable even with the tablets",
         "emergency"),
        ("Dropped a paint tin on my foot yesterday, two toes are purple and swollen and I can "
         "barely walk on it", "urgent"),
        ("Since I started the new job in March (6 months ago) my neck always aches",
         "therapist"),
        ("One of my fighters was taken to hospital with a bleed on the brain. I'm fine, just "
         "sore shoulders from the pads", "self-care"),
        ("One of the lads got taken to hospital last night with a sudden horrendous headache. "
         "I'm fine, just stiff hips from dancing", "self-care"),
        ("A guest collapsed with chest pain at my stall. I'm fine, just achy thumbs",
         "self-care"),
        ("A colleague lost feeling round her bottom and needed surgery. I just ache in the low "
         "back from standing, no numbness", "self-care"),
        ("I'm 71. The GP did bloods for my headaches, the inflammation markers were normal and "
         "she ruled out the artery problem", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
