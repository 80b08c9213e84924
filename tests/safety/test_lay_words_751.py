"""Words added after held-out sets 751 to 753 (Brae and Sandwick; Finstown and St Margaret's
Hope; Campbeltown and Tarbert Loch Fyne; English from Bikol, Kalinga, Ivatan, Sama, Manobo and
Pangasinan speakers):

- signs: Shetland "da words cam oot aa wrang" (came out all wrong: speech) and "me leg gied wi
  me" (gave way); "I cannot see out the left bit of my eyes" (a field of sight lost: with a side
  "gone funny", a stroke); a belly and back pain that "came on like a knife" (a sudden, severe
  pain: with feeling faint, the aorta's 999);
- what is no sign: a shoulder that "came on like a knife" lifting a box, with nothing else.
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Me back's sair. Dis eftirnoon da words cam oot aa wrang an me left leg gied wi me.",
         "emergency"),
        ("My right side's gone a bit funny since the shift and I cannot see out the right bit of "
         "my eyes.", "emergency"),
        ("Tonight a pain in my belly and back came on like a knife and I feel like I'm going to "
         "faint.", "emergency"),
        ("My shoulder pain came on like a knife when I lifted the box, eases if I rest it.",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
