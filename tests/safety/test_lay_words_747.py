"""Words, rules and context added after held-out sets 747 to 750 (Leverburgh, Balivanich and
Castlebay; Tiree, Coll and Colonsay; Bowmore and Port Ellen; Brodick, Lamlash and Cumbrae;
English from Bikol, Surigaonon, Manobo, Yakan, Sama, Ivatan, Ibanag, Itawis, Kalinga, Ifugao,
Kankanaey and Bontoc speakers):

- signs: "they've been watching an aneurysm on my scans" (the clinicians watching the writer's
  aneurysm, not someone else's); a rolled tractor or quad bike, landing on a rake handle or the
  edge of a step (an injury); "ribs bruised"; "no poop or even fart" (no wind, with a swollen
  tummy and green vomit: a blocked bowel);
- what is no sign: "the shingle" of a beach; "a client told me about numbness ..." (the client's);
- what keeps a therapist's level: pain "slowly going to both shoulders" (spreading); "cannot go
  out to sea" (a limit on work);
- and what someone told the writer about the writer's own body is the writer's: "my wife told me
  about my face drooping" (it had read as something only heard about).
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Tummy and back really sore since lunch and I feel faint. They've been watching an "
         "aneurysm on my scans for a year.", "emergency"),
        ("Rolled the tractor on the hill, walked away, but my neck hurts in the middle and both "
         "hands have pins and needles.", "emergency"),
        ("Caddie here, landed on the rake handle, ribs bruised, and now my breathing is getting "
         "harder by the hour.", "emergency"),
        ("Tummy cramps, belly swollen big like a drum, vomiting green and no poop or even fart "
         "since yesterday.", "emergency"),
        ("Dragged the dinghy up the shingle and my low back is tight. Best stretch?", "self-care"),
        ("The ache in my neck is slowly going to both shoulders over three weeks. No numbness.",
         "therapist"),
        ("I cannot go out to sea since ten days, my wrist is very painful when I grip the paddle.",
         "therapist"),
        ("I'm a massage therapist. A client told me yesterday about numbness in the saddle area "
         "and trouble peeing, I sent her to A&E. My own forearms are sore.", "self-care"),
        ("My wife told me about my face drooping on one side this morning.", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
