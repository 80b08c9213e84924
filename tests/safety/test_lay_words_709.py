"""Words, rules and context added after held-out sets 709 to 712 (Galway, Westport and Sligo;
Tralee, Dingle and Killarney; Oswestry, Welshpool and Newtown; Lampeter, Cardigan and Aberaeron;
English from Gascon, Provençal, Piedmontese, Venetian, Neapolitan, Sicilian, Guarani, Nahuatl and
Zapotec speakers):

- what is no sign: a pain "gone in a second" (no sudden headache; and a comparison, "thought
  I'd been struck by lightning", is no injury);
  "both calves look the same size" (a finding that rules a clot out is not
  itself set aside as a normal finding's words); Italian "niente febbre"; a series "on TV";
- therapist: Italian "da sei mesi"; "not a bit of change"; a muscle that "keeps going in the same
  place every time I start ... again".
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My calf aches after the long drive back from Cornwall. Both calves look the same size,"
         " no redness.",
         "self-care"),
        ("Tengo la cervicale, neck stiff from the helmet. Niente febbre, no rash, chin to chest "
         "fine.",
         "self-care"),
        ("Da sei mesi I have pain in the low back from the desk, nothing else.", "therapist"),
        ("My hamstring keeps going in the same place every time I start sprinting again.",
         "therapist"),
        ("Been doing the trigger point routine on me shoulder for three weeks, not a bit of "
         "change.",
         "therapist"),
        ("I watch the series on TV and the man lose control of the bladder and the legs go numb."
         " My back is only stiff after football.",
         "self-care"),
        ("Standing at the bus stop I got an electric zing down my leg, I honestly thought I'd "
         "been struck by lightning lol, gone in a second.",
         "doctor"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
