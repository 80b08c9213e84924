"""Words, rules and context added after held-out sets 456 to 461 (Sheffield, Rotherham, Doncaster
and Barnsley speech; English from Afrikaans, Zulu, Xhosa, Tigrinya and Sudanese Arabic speakers;
a zookeeper, a gamekeeper, a jockey, a dairy farmer, a railway signaller and a refuse collector;
notes for a locum GP, texts to a pharmacist, comments on a sports club's post, messages to a
personal trainer; nurses and carers after shifts, writers with a learning disability, 16- and
17-year-olds; Portsmouth, Southampton, Brighton and Isle of Wight speech):

- heart attacks told as a muscle: "pec muscle pain, like a fridge is sat on me chest, won't ease
  sitting still"; "pain in my chest and down my arm for 40 mins"; the left shoulder and upper arm
  aching with breathlessness and sweating; a headache that "came at once ... straight to top
  strength" with a fall, "found me on the floor"; a crushed forearm "rock hard and swollen" after a
  plate was dropped on it, "can't straighten my fingers without screaming";
- lookalikes: a mate's heart attack told late in a long clause, a friend's meningitis with the
  rash after it, "in memory of our old skipper who died of a burst aneurysm"; "legs like jelly"
  after a first 10k; a night cramp that left the leg "paralysed for a minute"; "the fever is
  finished"; "then bang, back again" (no injury); "since Christmas ... now it is summer" (months);
  "only getting 4 hours a night" (sleep lost to pain).
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("feels like a car is sat on me chest", "heavy-chest", True),
        ("it won't ease sitting still", "not-eased-by-rest", True),
        ("the pain has been there for 25 minutes now", "ongoing-minutes", True),
        ("an ache in my left shoulder and upper arm", "left-arm-or-jaw-pain", True),
        ("the headache came at once and went straight to full strength", "thunderclap-headache",
         True),
        ("my daughter found me on the floor", "fainting", True),
        ("I can't bend my toes without screaming", "pain-moving-toes-fingers", True),
        ("a 20 kilo plate fell on my foot", "trauma-mechanism", True),
        ("dropped a 20 kg plate on my toes", "weight-loss", False),
        ("it settles for a week then bang, it's back again", "trauma-mechanism", False),
        ("I did my first 10k on Sunday and my legs are like jelly", "exercise-fatigue", True),
        ("My friend got a crushing chest pain at the match and went off in an ambulance, heart "
         "attack, he's fine now.", "named-heart-attack", False),
        ("A friend of mine got meningitis at college, stiff neck and the rash that doesn't fade. "
         "My own neck is sore from a long drive.", "non-blanching-rash", False),
        ("Running it in memory of our old coach who died of a burst aneurysm.",
         "named-brain-bleed", False),
        ("I'm only getting 3 hours a night because of my hip", "limits-function", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Pec muscle pain, like a fridge is sat on me chest, won't ease sitting still. 64.",
         "emergency"),
        ("pain in my chest going down my arm for 30 mins. pulled something?", "emergency"),
        ("Ache in my left shoulder and upper arm since I carried the washing up, a bit breathless "
         "and sweaty. I'm 66.", "emergency"),
        ("Worst headache ever, came at once while lifting, straight to full strength, and my son "
         "found me on the floor.", "emergency"),
        ("A kettlebell fell on my forearm. Now it's rock hard and swollen and I can't move my "
         "fingers without screaming.", "emergency"),
        ("Did my first 10k yesterday and my legs are like jelly, calves tight.", "self-care"),
        ("My mate got a crushing chest pain at work and went off in the ambulance, heart attack, "
         "he's recovering. My calves are tight from running.", "self-care"),
        ("Two weeks ago I had flu with a fever, the fever is finished a week now. Back stiff in "
         "the mornings.", "self-care"),
        ("My back has hurt since Christmas. Now it is summer.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
