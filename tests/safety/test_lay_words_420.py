"""Words, rules and context added after held-out sets 420 to 425 (Suffolk, Cambridgeshire,
Bedfordshire and Hertfordshire speech; English from Hebrew, Finnish, Danish, Norwegian and
Icelandic speakers; a lock-keeper, a beekeeper, a funeral director, a crane operator, a dental
hygienist and a piano tuner; family group chats, community posts, an email to a gym and a note to a
school office; people with dyslexia, people who jump between topics and people writing after a
night shift; South African Indian, Fijian, Mauritian and Seychellois English):

- a fall or a crash with double vision since is a head injury for A&E; a black eye that nothing
  hit; a tearing pain a GP examined and found normal is no dissection;
- heavy chest pressure "spreading out into both shoulders"; "one side down below is swollen and
  sitting higher than the other" (a twisted testicle); "abs rock hard and it hurts to touch them
  anywhere"; "side of my chest is killing"; a "replacement side" that feels "swollen and angry";
  a bump on a forearm "that wasn't there before"; "has started going down the side of my thigh";
  "the report says normal apart from some wear"; charities named after an illness ("the Sepsis
  Trust") name no illness of the writer's;
- "calf swollen, had hip replaced last month": the time dates its own clause, and an operation
  "last month" is recent;
- "on the fone to my son", "massage from my wife": the person is spoken to or gives something;
  "a patient grabbed her head today with a thunderclap headache": what came with it is theirs;
- "e.g." ends no sentence ("what signs mean I should stop, e.g. chest pain"); "that ent shifted".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("a heavy pressure in my chest spreading out into both shoulders", "radiating-arm-jaw",
         True),
        ("one side down below is swollen and sitting higher than the other", "testicular-pain",
         True),
        ("I am swollen down below after the birth", "testicular-pain", False),
        ("my abs are rock hard and it hurts to touch them anywhere", "rigid-abdomen", True),
        ("my abs are rock hard from training", "rigid-abdomen", False),
        ("I have a black eye even though nothing hit my eye", "head-injury", True),
        ("it is my replacement side that hurts", "joint-replacement", True),
        ("the knee feels swollen and angry", "hot-swelling", True),
        ("there is a bump on my forearm that was not there before", "limb-deformity", True),
        ("we ran a 10k for the Sepsis Trust on Sunday", "named-meningitis-sepsis", False),
        ("the MRI report says normal apart from some wear", "assessed-normal", True),
        ("the ache has started going down the side of my thigh", "spreading", True),
        ("calf sore and swollen, had knee op last month", "calf-swelling", True),
        ("calf sore and swollen, had knee op last month", "recent-surgery", True),
        ("when I was on the fone to my son the words came out all jumbled",
         "speech-disturbance", True),
        ("tried massage from my husband, stretching, heat, not improving at all",
         "no-progress", True),
        ("A patient grabbed her head today with a thunderclap headache. My own neck aches from "
         "leaning over.", "thunderclap-headache", False),
        ("What warning signs mean I should stop, e.g. chest pain or dizziness? My hamstrings "
         "are tight.", "chest-pain", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Fell off the loft ladder onto my side on Sunday and my vision has been doubling "
         "since. Ribs sore.", "emergency"),
        ("Heavy pressure on my chest spreading out into both shoulders since 6 this morning. "
         "Pec stretch?", "emergency"),
        ("GP checked my tearing back pain last week, blood pressure normal, said it's a spasm "
         "in my lats. Still tight.", "self-care"),
        ("Came off my bike yesterday, side of my chest is killing, and tonight I'm short of "
         "breath.", "emergency"),
        ("Did stretches and heat for my low back for 2 weeks and that ent shifted one bit. Legs "
         "fine.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
