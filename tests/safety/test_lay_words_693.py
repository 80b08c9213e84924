"""Words, rules and context added after held-out sets 693 to 696 (Whitby, Pickering and Malton;
Stranraer, Newton Stewart and Wigtown; Penrith, Appleby and Kirkby Stephen; Ebbw Vale, Tredegar
and Merthyr; English from Ingrian, Izhorian, Tuvan, Altai, Faroese, Greenlandic, Manx and Cornish
speakers):

- a pharmacist's "central pressure radiating to L arm"; a limb "swollen tight like a sausage"
  after it was trapped, pain "out of this world even with co-codamol", fingers that "have gone
  tingly" (theirs, not other people's); "dumped head-first onto the sandbar" as an injury;
- what is no sign: "a visiting swimmer from another club collapsed", a "mamma" with a swollen
  leg, what was read "can be a clot";
- therapist: "nowt's made a ha'porth o' difference", Scots "sair fer the best pairt o a year".
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Pharmacy note: F 58 wants something for a 'strained chest'. Onset 30 min ago on the "
         "stairs; central pressure radiating to L arm, sweaty and grey.", "emergency"),
        ("My lower leg got pinned under the quad bike this morning. It's swollen tight like a "
         "sausage and the pain is out of this world even with codeine. Just bruised?",
         "emergency"),
        ("Got thrown head first onto the rocks by a wave. Neck really stiff and both my hands "
         "are tingling. Neck stretch?", "emergency"),
        ("Forearm got crushed between two pallets an hour ago, it's swelling and it hurts more "
         "when I straighten my fingers, and they have gone tingly.", "emergency"),
        ("Club bulletin: last year a visiting runner from another club collapsed with chest pain "
         "at the finish. Today I just want hamstring stretches after intervals.", "self-care"),
        ("My mamma has a swollen red leg and they are scanning her for a clot. I only have sore "
         "calves from hill walking, both the same.", "self-care"),
        ("I heard that chest pain plus breathlessness can be a clot. Mine is only tight calves "
         "after a long walk.", "self-care"),
        ("Stretches and heat for three weeks on my hip and nowt's made a ha'porth o' "
         "difference.", "therapist"),
        ("My wrists hae been sair fer the best pairt o a year. Nae swelling, nae numbness.",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
