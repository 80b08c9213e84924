"""Words, rules and context added after held-out sets 450 to 455 (Guernsey, Jersey, Isle of Man
and Plymouth speech; English from Estonian, Faroese, Sinhala, Lao and Cebuano speakers; a farrier,
a thatcher, a stonemason, a roofer, a scaffolder and a tattoo artist; WhatsApp messages to a grown
child, advice posts, insurance claim forms and emails to HR; cabin crew and long-haul travellers,
carers of a partner with dementia, writers whose first language is British Sign Language; English
from Antigua, St Lucia, Dominica, Montserrat and Haiti):

- slurred speech told as "talking like I'd had a drink" or "like I had porridge in my mouth";
  breathlessness that came on suddenly weeks after a caesarean ("giving baby" is the writer's own
  birth, and a recent birth with breathlessness is a clot's sign); blisters with skin "too sore
  for my shirt to touch" (shingles), but not blisters from new boots, a spade, an oven or the sun;
  a "chest muscle" pain that rest does not ease with sweating; a knock on the temple, "out for half
  a minute", on warfarin; constant back pain "the same whether I move or rest"; Haitian Creole
  ("pwatrin mwen sere m", "tèt mwen fè m mal sibitman"); Yorkshire "I in't sweatin", "it dun't";
  "maybe 5 month"; "before only the wrist, now the elbow too"; "I must stop";
- lookalikes: "the stroke list" checked and every sign denied; "I want to know the difference
  between chest muscle pain and a heart attack"; an ultrasound for a DVT that was negative;
  "legs feel dead after standing all day"; rest breaks; "grip a bit weak"; "better lying flat".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my wife says I'm talking like I've had a drink", "speech-disturbance", True),
        ("he said I sounded like I had porridge in my mouth", "speech-disturbance", True),
        ("my back's too sore for my shirt to touch it", "touch-hurts-skin", True),
        ("pec pain that won't go, I'm sweaty", "chest-muscle-pain", True),
        ("I banged my temple on the locker door", "head-injury", True),
        ("my husband reckons I was out for a bit", "fainting", True),
        ("it is the same whether I move or rest", "night-pain", True),
        ("I in't sweatin and I in't short o breath", "sweating-any", False),
        ("it dun't go into my arm", "radiating-arm-jaw", False),
        ("it's worse bending and better lying flat", "night-pain", False),
        ("blisters on my heels from new walking boots", "everyday-blisters", True),
        ("regular screen breaks and rest, no improvement", "named-fracture", False),
        ("my grip is a bit weak opening jars", "one-sided-weakness", False),
        ("I ran through the stroke list: face fine, arms fine, speech fine", "named-stroke", False),
        ("I want to know the difference between a pulled pec and a heart attack",
         "named-heart-attack", False),
        ("they did an ultrasound for a DVT and it was negative", "named-blood-clot", False),
        ("I'm 6 weeks after giving birth to my son by caesarean", "recent-birth", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Tonight my left hand went clumsy and my husband says I'm talking like I've had a drink. "
         "I haven't. My neck has been stiff for weeks.", "emergency"),
        ("Out of breath after a few steps since yesterday, it came on all of a sudden. I'm six "
         "weeks after giving birth by caesarean. Shoulders tight from feeding.", "emergency"),
        ("Stabbing pain round my side, one side only, skin too sore for my top to touch it and "
         "now little blisters. Pulled muscle?", "urgent"),
        ("Chest muscle pain for 40 minutes, won't ease with rest, I'm sweating buckets.",
         "emergency"),
        ("Slipped on the ferry and hit my temple on a rail. My mate reckons I was out for a "
         "minute or two. I take apixaban. Neck stiff now.", "emergency"),
        ("Pwatrin mwen sere m and it goes down my left arm since I carried the shopping, not "
         "easing sitting down.", "emergency"),
        ("Tèt mwen fè m mal sibitman, worst ever, neck stiff and I feel sick.", "emergency"),
        ("70 year old man, lower back ache for two months, the same whether I move or rest, and "
         "I'm more tired than usual.", "doctor"),
        ("Blisters on my palms from the spade and the skin stings. Forearms tight from digging.",
         "self-care"),
        ("My legs feel dead after standing all day on the shop floor, fine by morning.",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
