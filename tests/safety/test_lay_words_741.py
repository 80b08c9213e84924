"""Words, rules and context added after held-out sets 741 to 746 (Dalmally, Crianlarich and
Killin; Blairgowrie and Kirriemuir; Dufftown, Tomintoul and Grantown; Kingussie, Newtonmore and
Drumnadrochit; Beauly, Alness and Invergordon; Lybster, Bettyhill and Tongue; English from
Ilocano, Kapampangan, Pangasinan, Waray, Hiligaynon, Maranao, Tausug, Chavacano, Kosraean,
Pohnpeian, Hadiyya, Bilen, Afar, Sidamo, Kunama and Herero speakers):

- signs: a Deaf signer's hands that "would not make the signs" (lost speech); "talking like I've
  had a dram" (slurred speech); Scots "Ah'm", "o' ma", "an'" (so "sair at the side o' ma back ...
  roastin an' shiverin" is a kidney infection's flank pain and fever); "wis oot for a wee bit"
  after a knock (knocked out); "for the maist o this year" (months of pain);
- what is no sign: "tae pit ma socks on" (put, not a pitting swelling); a scan "negative" at the
  DVT clinic (a denial's own "negative" no longer denies it); "wis oot wi the dug" (out, not
  knocked out).
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I'm Deaf. Tonight my hands would not make the signs properly and my right arm feels "
         "heavy.", "emergency"),
        ("My husband says I'm talking like I've had a dram but I've had nothing, and my left hand "
         "is clumsy since lunch.", "emergency"),
        ("Ah'm sair at the side o' ma back, runnin tae the toilet aw day, it's stingin, an ah'm "
         "roastin an' shiverin.", "urgent"),
        ("Cracked ma heid on the boat, wis oot for a wee bit ma pal says. Neck's stiff noo.",
         "emergency"),
        ("Ma lower back's been achin for the maist o this year, nae numbness.", "therapist"),
        ("My back is stiff, murder bendin tae pit ma socks on in the morning.", "therapist"),
        ("Calf pain after tennis - went to the DVT clinic, the scan was negative and the blood "
         "test fine. Stretches?", "self-care"),
        ("I wis oot wi the dug this morning and my calf is tight.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
