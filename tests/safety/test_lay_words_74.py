"""Words and rules added after held-out sets 74 and 75 (relatives of a parent with dementia,
care homes and prisons, readings from a watch, heat and cold; coaches and teachers, aircrew and
divers, a pasted chatbot answer, a writer who corrects themselves):

- "six weeks late" (could be pregnant); "a pain like being split open" (tearing); a chest "full
  of bricks"; "keeps rubbing his left arm"; "brought his lunch back up"; in a cast, "she cries out
  when I try to wiggle them"; "the whole left side of what I see has gone missing";
- lookalikes: "one of my athletes", "a pupil at school", "a passenger whose calf", "my cellmate",
  "the lady in the room next to mine" are someone else; "a chatbot listed warning signs ... chest
  pain, ... sweating and breathlessness" is a list read; "both the same size" is both legs; "to
  demo a race for Year 9" is no year of pain.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I'm about six weeks late", "pregnancy-possible", True),
        ("a pain like being split open from my chest into my back", "tearing-pain", True),
        ("he says his chest feels full of bricks", "chest-pain", True),
        ("he keeps rubbing his left arm", "left-arm-or-jaw-pain", True),
        ("he brought his lunch back up", "vomiting", True),
        ("her wrist is in plaster and she cries out when I try to wiggle them",
         "pain-moving-toes-fingers", True),
        ("the whole left side of what I see has gone missing", "sudden-vision-loss", True),
        ("One of my athletes collapsed with chest pain at training. My shoulders are sore",
         "chest-pain", False),
        ("A pupil at school had a stiff neck and purple spots. My own neck is tight",
         "non-blanching-rash", False),
        ("We had a passenger whose calf went huge and red. My low back is sore",
         "calf-warm-red", False),
        ("My cellmate's leg blew up and went red. Mine look normal", "calf-swelling", False),
        ("A chatbot listed warning signs of a heart problem with chest pain, like pain spreading "
         "to the arm, sweating and breathlessness", "breathlessness", False),
        ("my hamstring is tight after I sprinted to demo a race for Year 9", "pain-months",
         False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("About six weeks late, sharp pain low on the left, brown spotting and an ache at the "
         "tip of my shoulder", "emergency"),
        ("Dad keeps rubbing his left arm, he's gone grey and clammy and brought his lunch back "
         "up", "emergency"),
        ("Mum had her wrist put in plaster yesterday, her fingers are fat and she cries out when "
         "I try to wiggle them", "emergency"),
        ("Calves tight after a twelve hour flight, both the same size, no swelling, no redness",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
