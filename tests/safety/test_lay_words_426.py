"""Words, rules and context added after held-out sets 426 to 431 (Wirral, Chester, Warrington and
Stockport speech; English from Burmese, Khmer, Mongolian, Uzbek and Kazakh speakers; a blacksmith,
a chimney sweep, a bus mechanic, a theatre usher, a school cook and a sign writer; product reviews,
complaints to the council, running-app comments and texts to a babysitter; people who have just
moved house, new puppy owners and first-marathon runners; Belizean, Bahamian, Vincentian and
Grenadian English):

- "tried to pee last night and nothing ... still feeling full" (retention); "gone numbish round
  the saddle bit"; "steroid tablets for years" (fragile bones); a limb "bent in a way arms don't
  bend" with fingers going white and cold (A&E); Caribbean "worse dan", "head just bus",
  "noh change", "mih"; "one a ih stones" (a testicle);
- "bent down to pick up the cat and got a sudden pain": the writer's pain, not the cat's;
- a question followed by "I don't have it, just curious" is only asked; "say my headache came on
  like a thunderclap, would that ...?" is a supposed case; "they're talking about meningitis at
  the school"; "taught me the glass test"; "one of the year 3s had meningitis";
- "back of thigh" is no back; a named cauda equina that the scan cleared; "GP saw me and I'm fully
  better now"; "my usual tight hamstrings" is the writer's own complaint;
- "since the summer" (months of pain); "growing bigger area"; "exactly where it was when I
  started"; "won't let me kneel"; "can't pull the nets"; a "weak grip from pain" is no weakness.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("tried to wee this morning and nothing came, still feeling full", "urinary-retention",
         True),
        ("it has gone numbish round the saddle bit", "saddle-numbness", True),
        ("I have been on steroid tablets for years for my asthma", "fragile-bones", True),
        ("bent down to pick up the cat and got a sudden pain in my back", "sudden-onset", True),
        ("back of thigh sore after I slipped", "back-pain", False),
        ("my nan taught me the glass test years ago", "non-blanching-rash", False),
        ("one of the year 4s had meningitis and we all got a letter. My neck is stiff from "
         "marking.", "named-meningitis-sepsis", False),
        ("the knot is growing bigger area every week", "spreading", True),
        ("my shoulder ache is exactly where it was when I started", "no-progress", True),
        ("my back won't let me kneel by the bath", "limits-function", True),
        ("forearm so sore I can't pull the nets", "limits-function", True),
        ("just ache and a weak grip from pain", "one-sided-weakness", False),
        ("had tennis elbow since the summer", "pain-months", True),
        ("my head just bus wid pain, worse dan anyting mi ever feel", "thunderclap-headache",
         True),
        ("sudden bad pain in one a ih stones", "testicular-pain", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Would numbness round my bum be a red flag with sciatica? I don't have it, just "
         "curious. My hamstring aches.", "self-care"),
        ("say my headache came on like a thunderclap, would that be different from my usual "
         "ones? just curious", "self-care"),
        ("Had a temp and the shakes last week with flu, GP saw me and I'm fully better now. "
         "Sore shoulders from lifting boxes.", "self-care"),
        ("Had an MRI for suspected cauda equina in May after a scare - came back clear, just a "
         "bulging disc. Now an achy low back.", "self-care"),
        ("A wardrobe came down on my forearm on the stairs. It's bent in a way arms don't bend "
         "and my fingers are going white and cold.", "emergency"),
        ("A man collapsed clutching his chest at parkrun, paramedics took him in. I was fine, "
         "just my usual tight hamstrings.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
