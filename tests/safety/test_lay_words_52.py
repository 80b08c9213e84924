"""Words and rules added after held-out sets 52 and 53 (numbers with little prose, nicknames for
the body, long-term conditions, the sign as the reason for asking, translation-app English,
what a doctor said earlier, streamers and gamers, symptoms blamed on yesterday's massage):

- "my ticker", "like an elephant sat on it" are chest pain; chest pain spreading to the neck
  since shovelling the drive is a heart attack until shown otherwise (not the same pain that
  comes with effort and goes with rest over weeks: angina, urgent);
- "couldn't say 'spreadsheet', words came out jumbled" is a speech sign, not its denial;
- "got thrown about" in a blast, with clear fluid dripping from the nose, is a head injury;
- "ripping from my chest to my back" is tearing pain; a "hip prosthesis" is a joint replacement;
- "Not one of my usual tension headaches" is a headache unlike the usual, not no headache;
- lookalikes: "the streamer I watch", "it turned out to be a DVT" (someone else's story), a hand
  "gone dead because I'd slept on it", swelling that "went down overnight", a fever "but that's
  been gone for 5 days", legs sore "after the bleep test", "my tennis elbow flares up every
  single time I go back to pruning" (no pain going anywhere).

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my ticker's doing a pressing thing", "chest-pain", True),
        ("like an elephant sat on my chest", "chest-pain", True),
        ("I couldn't say 'kettle', words came out jumbled", "speech-disturbance", True),
        ("I could say everything fine", "speech-disturbance", False),
        ("got thrown about when the truck rolled", "trauma-mechanism", True),
        ("clear watery fluid dripping from my nose since", "fluid-from-nose-or-ear", True),
        ("a ripping feeling from my chest to my back", "tearing-pain", True),
        ("I have a hip prosthesis", "joint-replacement", True),
        ("The streamer I watch coughed up blood", "coughing-blood", False),
        ("my hand had gone dead because I'd slept on it", "one-sided-weakness", False),
        ("my calf swelling went down overnight", "calf-swelling", False),
        ("my tennis elbow flares up every time I go back to pruning", "radiating-arm-jaw", False),
        ("I get a stitch ache that comes within a minute of running", "thunderclap-headache",
         False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My ticker's been pressing since I shovelled the drive, like an elephant sat on it, and "
         "it goes up into my neck", "emergency"),
        ("Every time I climb the hill I get a tight chest going into my neck, it stops after a "
         "couple of minutes' rest. It's been happening for a few weeks.", "urgent"),
        ("Neck tight. 20 min ago my right hand went clumsy and I couldn't say 'kettle', words "
         "came out jumbled", "emergency"),
        ("got thrown about in the blast and clear fluid has been dripping from my nose",
         "emergency"),
        ("Not one of my usual tension headaches - this one hit out of nowhere at full blast and "
         "now I feel drowsy and muddled", "emergency"),
        ("I had a high temperature with flu last week but that's been gone for 5 days. Achy "
         "thighs now.", "self-care"),
        ("The hip joint is very painful since 2 days, I have shaking and high temperature. I "
         "have the new hip prosthesis since 1 year.", "urgent"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
