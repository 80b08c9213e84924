"""Words and rules added after held-out sets 211 to 215 (beekeepers, carpet fitters, retired
miners, a new-parent group chat, a pasted text message, organists; foster carers, potters,
school caretakers, canal boats, market traders, karate; dental nurses, lorry loaders, childish
words for the body, bell ringers, one thumb and a baby, welders; wedding photographers, florists,
interpreters, dry-stone wallers, charity shop volunteers, a message sent in three bits; snooker,
theatre nurses, bus conductors, shepherds, salsa, home workouts from videos):

- pain that has slowly got worse over weeks, with no other warning sign, now asks for a
  therapist (a new rule, "pain slowly getting worse": NHS back pain, "very severe or getting
  worse", and a pharmacy's "no better after two weeks"); pain getting worse without that
  gradual course is still a doctor's, and "worse and worse", "worse every day" always are;
- a blow told as "clonked", "conked", "bopped", "clobbered" or "walloped" on the head; a child
  who "rolled off the sofa onto the tiled floor"; a leg "puffy compared to the left"; a headache
  that "came on in a flash, like someone smacked me"; "my leg hurt. it is fat and red" (a hot
  swelling of a leg, named without the calf); chest pain "on the stairs"; a message that copies
  a text about dad ("my text to mum: 'dad's talking rubbish'") is about dad;
- lookalikes: a leg or foot that went dead after sitting cross-legged or on the loo, an arm that
  went dead under the writer asleep, "came back after a minute"; a bruise "black and purple";
  "so bad I can't hold the torch for more than ten minutes" is pain, not weakness; a headache
  behind the eye "that disappears as soon as I stop pressing"; "knocked out in January, scan
  clear, symptoms gone for months"; "one of the dinner ladies", "our volunteer manager", "a
  fellow beekeeper": someone else's illness.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("a scaffold pole clonked me on the head", "head-injury", True),
        ("I got conked on the head by a falling branch", "head-injury", True),
        ("I clonked my knee on the desk, it is bruised", "head-injury", False),
        ("my 2 year old rolled off the bed onto the hard floor", "trauma-mechanism", True),
        ("I rolled over in bed and my back twinged", "trauma-mechanism", False),
        ("the calf is puffy compared to the other one", "calf-swelling", True),
        ("my eyelids look puffy compared to the morning", "calf-swelling", False),
        ("the headache came on in a flash, like being punched", "thunderclap-headache", True),
        ("a headache that builds slowly through the afternoon", "thunderclap-headache", False),
        ("tight crushing chest going up the stairs", "exertional-pain", True),
        ("my knees ache on the stairs", "exertional-pain", False),
        ("bruise on my shin, black and purple from the trolley", "calf-warm-red", False),
        ("my shin is red and hot to touch", "calf-warm-red", True),
        ("my right arm hurts so bad I can't hold a brush for long", "one-sided-weakness", False),
        ("suddenly my right arm is weak and I can't hold a cup", "one-sided-weakness", True),
        ("a headache behind my eye that disappears when I stop pressing the knot",
         "sudden-vision-loss", False),
        ("the vision in my left eye disappeared for a minute", "sudden-vision-loss", True),
        ("sat cross-legged at the assembly and my leg went dead", "one-sided-weakness", False),
        ("I was gardening and my leg went dead and floppy", "one-sided-weakness", True),
        ("fell asleep on my arm and it went dead", "arm-neuro-symptoms", False),
        ("my arm went numb out of nowhere while I was typing", "arm-neuro-symptoms", True),
        ("my foot went dead, came back after a minute of shaking it", "recurrence", False),
        ("the knot came back after a week", "recurrence", True),
        ("I couldn't stand on it for a minute after sitting on my foot", "cannot-bear-weight",
         False),
        ("twisted my ankle and I can't stand on it at all", "cannot-bear-weight", True),
        ("one of the dinner ladies has a hot swollen calf", "hot-swelling", False),
        ("my calf is hot and swollen", "hot-swelling", True),
        ("a fellow ringer collapsed with chest pain on the stairs", "chest-pain", False),
        ("as a fellow sufferer, I get chest pain with sweating", "chest-pain", True),
        ("our volunteer manager at the shop had sudden tearing back pain", "tearing-pain", False),
        ("sudden tearing pain through to my back", "tearing-pain", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Forearm ache from the lathe has slowly got worse over five weeks and crept into my "
         "elbow. No numbness, no weakness, grip fine", "therapist"),
        ("Low back ache, gradually getting a bit worse over a month, now both sides. No leg "
         "symptoms, no fever, waterworks normal", "therapist"),
        ("My back pain is getting worse and worse every day and painkillers do nothing",
         "doctor"),
        ("My back pain is getting worse since yesterday", "doctor"),
        ("A box fell off the shelf and clonked me on the head, now I keep dozing off and I've "
         "been sick", "emergency"),
        ("my little boy rolled off the changing table onto the tiled floor, he's been sick twice "
         "and is very sleepy, can I rub his neck?", "emergency"),
        ("pain in my right calf only. it's puffy compared to the left and warm. long coach trip "
         "last week", "urgent"),
        ("my leg hurts. it is fat and red. the other one is fine", "urgent"),
        ("headache came on in a flash like someone smacked me, the worst ever, and I threw up",
         "emergency"),
        ("I'm a caretaker and I get crushing chest pain on the stairs", "urgent"),
        ("pasted from my message to my sister: 'mum's words are all muddled and she can't lift "
         "her right arm'. Her shoulder has been sore, would a massage help her?", "emergency"),
        ("Sat on my feet at the prayer meeting and my left leg went dead, couldn't stand for a "
         "minute, came back after shaking it. Hamstrings tight, stretch?", "self-care"),
        ("Big bruise on my thigh, purple and black, from a table corner last week, now going "
         "yellow. Massage round it?", "self-care"),
        ("One of the lunch ladies has a red swollen calf and rang 111. Not me! My knees are sore "
         "from kneeling", "self-care"),
        ("Our shop manager went to hospital with sudden tearing back pain. My own back just "
         "aches from lifting boxes, comes and goes", "self-care"),
        ("Got knocked out at a match in February, scan clear, all symptoms gone for months. Now "
         "a tight calf, best stretch?", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
