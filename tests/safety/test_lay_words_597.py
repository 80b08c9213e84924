"""Words, rules and context added after held-out sets 597 to 602 (Barrow, Kendal and Lancaster;
the Black Country; Gloucester, Cheltenham and the Forest of Dean; Aberystwyth, Bangor and
Caernarfon; Paisley, Greenock and Inverclyde; Slough, Windsor and Maidenhead; English from
Afrikaans, Romani and Slovak, Greek and Albanian, Welsh, Konkani and Sindhi speakers):

- Afrikaans words with the Dutch ones ("my vrou", "the back of my kop", "I feel naar", "my
  ouma");
- Glaswegian "mooth", "wan side", and a face that "looks squint on wan side";
- "a heavy pressure in the middle" with sweating (the chest not named again);
- "since they took it off" names the clinicians, not someone else's calf;
- what is not a sign: "bent double" with back pain; a leaflet's list of red flags.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the wife's jist said ma face looks squint on wan side", "face-droop", True),
        ("ma mooth is droopin at wan side", "face-droop", True),
        ("it's a heavy pressure in the middle not a sharp stab", "heavy-chest", True),
        ("heavy pressure in the middle of my forehead", "heavy-chest", False),
        ("Bent double like an old mon after diggin' the spuds", "deformity", False),
        ("The leaflet from my GP mentions saddle numbness as a red flag", "saddle-numbness",
         False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Was busy with my vrou last night and suddenly there was a pain like an explosion at the "
         "back of my kop. Now my neck is stiff and I feel naar.", "emergency"),
        ("Pulled an intercostal coughing last week. But this is different, it's a heavy pressure "
         "in the middle, came on walking up the hill, half an hour now, and I'm sweaty and "
         "lightheaded.", "emergency"),
        ("Had my ankle in a boot for 5 weeks. Since they took it off the calf has been really "
         "tender and swollen and it's hot on one side.", "urgent"),
        ("Ma neck's stiff. The wife's jist said ma face looks squint on wan side an ma words are "
         "comin oot a bit mince.", "emergency"),
        ("My ouma had a heart attack with pain down the arm. Mine is only sore on the outside of "
         "the elbow from tennis.", "self-care"),
        ("The leaflet from my GP mentions 'saddle numbness' as a red flag for back pain. What "
         "does that feel like? I don't have it, just an achy back after a long drive.",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
