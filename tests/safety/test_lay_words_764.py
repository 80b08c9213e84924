"""Words and rules added after held-out sets 764 to 768 (Merthyr Tydfil, Ebbw Vale and
Tredegar; Derry, Strabane and Enniskillen; English from Malagasy, Comorian, Seychellois Creole,
Mauritian Bhojpuri, Uzbek, Kyrgyz, Kazakh, Tajik, Mongolian, Tibetan and Nepal Bhasa speakers; a
lorry driver writing in capitals):

- context: "when I was just sitting" is a moment just now, not a time of life ("when I was just
  a kid" still is); an exercise that explains sore muscles ("after the gym", "leg day", "DOMS")
  explains no worst headache, thunderclap, crushing chest pain, sweating, collapse or cola
  coloured pee told in the same sentence;
- signs: a "belly artery" aneurysm being watched (a known aneurysm); "gives me heads" (British
  "heads", headaches); a fall onto the hand ("landed on my hand", "put my hand out") with a
  swollen or bruised wrist, a tender bone or fingers that hurt to move (a possible fracture);
  "I see blurry" (blurred vision); a body "shaking" that "did not answer" (a seizure: after a
  knock on the head, 999);
- what is no sign: "put my hand out to wave", "did not answer the phone", "near took a heart
  attack when I saw the price" (an idiom).
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("A tearing pain between my shoulder blades came on when I was just sitting, and I feel "
         "faint.", "emergency"),
        ("I had meningitis when I was just a kid, now I only have a stiff neck from the pillow.",
         "therapist"),
        ("A scan last year showed a small swelling in my belly artery, we watch it. Today a "
         "sudden terrible pain in my back and tummy.", "emergency"),
        ("The worst headache of my life came on like a thunderclap after the gym.", "emergency"),
        ("Crushing chest pain and sweating after my workout, it has been 20 minutes.",
         "emergency"),
        ("My legs are sore and heavy after leg day, classic DOMS.", "self-care"),
        ("These knots give me heads most days. Tonight it hit all at once, worst I've ever had, "
         "and I threw up.", "emergency"),
        ("Came off my bike and landed on my hand, the wrist is swollen.", "urgent"),
        ("I put my hand out to wave and my wrist is a bit sore from typing.", "self-care"),
        ("My mate says my body was shaking for a minute and I did not answer him, I only "
         "remember a sore neck.", "emergency"),
        ("Near took a heart attack when I saw the price of a massage, so my calves get the "
         "roller.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("landed on my hand on the ice", "fall-on-hand", True),
        ("since this morning I see blurry", "visual-disturbance", True),
        ("I put my hand out to wave at her", "fall-on-hand", True),
        ("my body was shaking and I was not answering", "confusion-drowsiness", True),
        ("I was not answering the phone all day", "confusion-drowsiness", False),
        ("I have a fever and did not answer my texts", "confusion-drowsiness", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)
