"""Words, rules and context added after held-out sets 438 to 443 (Hull, Grimsby, Scunthorpe and
East Yorkshire speech; English from Slovenian, Macedonian, Belarusian, Armenian and Azerbaijani
speakers; a cobbler, a saddler, a bookbinder, a sound engineer, a veterinary nurse and an oyster
farmer; replies to appointment reminders, family calendar notes, messages to a yoga teacher and
fitness-tracker comments; blind and partially sighted people dictating, people recovering from
long COVID, people with diabetes; Rwandan, Burundian and Congolese English):

- pain "worse every breath" (on breathing in) after a baby; "hands and feet freezing" (poor
  circulation, with an infection a sepsis sign); jaw pain that came "when I climb to my flat,
  then stop when I rest" and now "is not leaving"; a headache that came "in one moment like
  thunder", "never had like this in my life", "my eyes don't like the lamp"; spots "at the tip of
  my nose" with a sore eye (shingles near the eye); "hands became clumsy, I can't button shirt";
  "can't climb even 5 steps without panting", "heart going so fast", "been in plaster 3 weeks";
  a jaw that aches "halfway through a sandwich" and a head that "hurts to put my glasses on" at
  72; a good eye "gone dim, like a curtain partly down"; a knuckle "fat, red and throbbing"; a shin
  "hard like stone" or "shiny"; "hugely bloated";
- "when I said morning to a neighbour it came out as word salad": the neighbour is spoken to;
- "back in 2019 I had a TIA (lost my words for ten minutes)": an aside in the writer's own words
  keeps the time of the sentence around it;
- a question followed by "I want to know for future", "haven't had it, just read about it" or
  "asking cos" is only asked; "my physio mentioned cauda equina"; "self care hasn't touched my
  neck pain".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("sharp pain under my shoulder blade, worse every breath", "pleuritic-pain", True),
        ("my hands and feet are freezing", "mottled-skin", True),
        ("the jaw ache comes when I climb the stairs, then stops when I rest", "exertional-pain",
         True),
        ("tonight it came on while I was sitting and it is not leaving", "not-eased-by-rest",
         True),
        ("the headache came in one moment like thunder", "thunderclap-headache", True),
        ("never had like this in my life", "worst-pain-ever", True),
        ("my eyes don't like the lamp", "photophobia", True),
        ("red spots at the tip of my nose on the same side", "shingles-rash", True),
        ("my hands became clumsy, I can't button my shirt", "hand-clumsiness", True),
        ("can't climb even 5 steps without panting", "breathlessness", True),
        ("my heart is going so fast", "palpitations", True),
        ("I've been in plaster for a broken ankle for 3 weeks", "immobility", True),
        ("my jaw aches halfway through a sandwich", "jaw-claudication", True),
        ("it hurts to put my glasses on", "scalp-tenderness", True),
        ("my good eye has gone dim, like a curtain partly down", "sudden-vision-loss", True),
        ("the knuckle is fat, red and throbbing", "hot-swollen-joint", True),
        ("front of my lower leg is hard like stone", "tense-swollen-limb", True),
        ("I'm hugely bloated", "swollen-abdomen", True),
        ("when I said morning to a neighbour it came out as word salad", "speech-disturbance",
         True),
        ("Back in 2019 I had a TIA (lost my words for ten minutes), had scans, nothing since. "
         "My forearm aches.", "speech-disturbance", False),
        ("Asking cos my physio mentioned cauda equina. My back is a bit stiff.",
         "named-cauda-equina", False),
        ("self care hasn't touched my neck pain in 15 days", "no-progress", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Which headache is the dangerous one, the sudden one or with fever and stiff neck? I "
         "want to know for future. Mine is a mild tension one.", "self-care"),
        ("what would numbness in the saddle area after a long ride mean? haven't had it, just "
         "read about it. quads sore", "self-care"),
        ("5 weeks since having my baby. Pain under my right shoulder blade, worse every breath, "
         "can't get a proper breath in and my heart is racing.", "emergency"),
        ("A headache came in one moment like thunder an hour ago, now my neck is stiff and my "
         "eyes don't like the lamp.", "emergency"),
        ("My hands became clumsy last month, I can't button my shirt and my walking is unsteady. "
         "Worse every week.", "urgent"),
        ("I'm hugely bloated, haven't pooed or farted for 3 days and now I'm throwing up green "
         "stuff.", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
