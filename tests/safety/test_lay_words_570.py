"""Words, rules and context added after held-out sets 570 to 575 (Aberdeen and the Doric;
Leeds, Wakefield and Barnsley; Swansea, Llanelli and Carmarthen; Southampton, Bournemouth and
Salisbury; Coventry, Leamington and Rugby; Belfast and Derry; English from Icelandic, Norwegian,
Danish, Arabic, Kurmanji, Vietnamese, Thai, Burmese, Russian, Ukrainian, Belarusian, Hindi,
Bengali and Sylheti speakers, and whole messages in Portuguese and Cape Verdean Creole):

- a new list, ``safety/data/portuguese.yaml``: Portuguese (Brazil and Portugal) and Kriolu words
  and phrases ("dor nas costas", "falta de ar", "tossi sangue", "N sta ku dor na peitu i na brasu
  skerdu", "ora N ta mija ta kema"), with "no" and "na" before a part of the body read as "in the"
  (not the English "no": "compressa quente no pescoço e não melhorou nada");
- Doric "wyme", "affa", "richt throw tae", "sax month"; "the wee come out when I not want";
  "the skin inside top of my legs feel like is not mine" (saddle numbness); "he wants the lights
  off", "he is very hot" (a proxy's meningitis); "the neck crack, the twist one" at a barber;
  "hurts to put my head on the pillow" (a tender scalp);
  a chest that feels "like I've been carrying a hod" with a cold sweat and feeling sick;
- and what is not a sign: "my friend told me if headache come suddenly it is dangerous. I do not
  have this"; "... is dangerous" said in general; "my thunderclap headache scare"; "an emergency
  MRI for cauda equina" years ago; "took a bang to me head off the cupboard door" (no thunderclap);
  "knock off work"; "feeding in the same position";
- therapist level: "cancelled bookings", "gradually widened over three weeks".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("tenho falta de ar e dor no peito", "breathlessness", True),
        ("N sta ku dor na peitu", "chest-pain", True),
        ("he wants the lights off and he is very hot", "photophobia", True),
        ("the barber did the neck crack, the twist one", "neck-manipulation", True),
        ("it hurts to put my head on the pillow", "scalp-tenderness", True),
        ("compressa quente no pescoço e não melhorou nada", "no-progress", True),
        ("I had to knock off work early", "trauma-mechanism", False),
        ("the knot is worse from feeding in the same position", "night-pain", False),
        ("I've cancelled bookings this week", "limits-function", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Cheguei de um voo de 12 horas. Minha panturrilha esquerda tá inchada, quente e "
         "dolorida.", "urgent"),
        ("Tive bebê há 3 semanas. Hoje tô com falta de ar do nada e tossi um pouquinho de "
         "sangue.", "emergency"),
        ("Bom dia, N sta ku dor na peitu i na brasu skerdu, N sta ta sua txeu i N sta ku vontadi "
         "di vomita.", "emergency"),
        ("N sta ku dor na kosta, na ladu direitu, ku febri, i ora N ta mija ta kema.", "urgent"),
        ("Typed by his support worker: his neck hurts, he wants the lights off, he is very hot "
         "and was hard to wake up.", "emergency"),
        ("Back is very pain. Now the wee come out when I not want, and the skin inside top of "
         "my legs feel like is not mine.", "emergency"),
        ("Chest and left shoulder feel like I've been carrying a hod. It came on sat down, I'm "
         "sweating buckets and feel sick, 20 minutes now.", "emergency"),
        ("My friend told me if headache come suddenly very strong it is dangerous. I do not have "
         "this, only my neck is tight.", "self-care"),
        ("Had the full works for my thunderclap headache scare, CT and lumbar puncture normal. "
         "Which trigger points for my neck?", "self-care"),
        ("Tenho dor no pescoço desde ontem, mas não tenho febre e consigo encostar o queixo ao "
         "peito sem problema.", "self-care"),
        ("My back's that sore I've had to knock off work three days this week. No numbness.",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
