"""Words, rules and context added after held-out sets 516 to 521 (Hampshire speech; English from
Javanese, Sundanese, Gujarati and Tulu speakers; a toll booth attendant, a taxidermist, a sail
maker, a library assistant, a swimming coach and a tattoo artist; a library suggestion slip, a
swimming club chat, a tattoo studio message, an email to a vet's receptionist; people recently
bereaved, teenage young carers, people with a stoma, people with sickle cell disease; St Helenian,
Falkland Islander, Kittitian and Nevisian, and Tristan da Cunha English), and from set 512:

- a body part joined to another ("my neck n shoulders are killing me", "my back and hips are
  killing me") shares what is said after them (`lexicon.coordinated`);
- Indonesian and Malay words mixed into English ("kesemutan", "darah tinggi", "sesak napas");
- one side's arm and leg "still asleep"; a hand that "stopped being able to squeeze" and writing
  that "came out as a scribble"; things that "don't work down there" and "couldn't feel myself
  going when I peed"; "feel like being torn"; a known aneurysm "being watched" with sudden back
  pain; both arms aching with breathlessness after 50; a fever, or chest pain, with sickle cell
  disease; a hand that cannot be felt and a foot that catches, suddenly;
- a neck injury with the head turning fully both ways (the Canadian C-spine rule) is no injury
  sign on its own; "bent double", "double buggy" are no double vision; "demonstrating strokes in
  the water" is swimming; a temperature said to have been normal for days is over; "for me as a
  bloke" is the writer; "one of my swimmers' dads" is someone else.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my neck n shoulders are killing me", "neck-pain", True),
        ("my back and hips are killing me", "back-pain", True),
        ("my left arm and left leg feel like they are still asleep", "one-sided-numbness", True),
        ("my left arm kesemutan since I woke up", "arm-neuro-symptoms", True),
        ("I stopped being able to squeeze the stamp with that hand", "one-sided-weakness", True),
        ("when I tried to sign it came out as a scribble", "hand-clumsiness", True),
        ("sorry TMI but things downstairs aren't working", "sexual-dysfunction", True),
        ("I couldn't feel myself going when I peed", "bladder-change", True),
        ("pain from chest to back, feel like being torn", "tearing-pain", True),
        ("a small swelling in my tummy artery, they do scans every year to watch it",
         "known-aneurysm", True),
        ("I have sickle cell (HbSS)", "sickle-cell-or-no-spleen", True),
        ("painting the car park bent double all week", "double-vision", False),
        ("pushing the double buggy up the hill", "double-vision", False),
        ("everything went blurry and then double for a bit", "double-vision", True),
        ("shoulder pain stops me demonstrating strokes in the water", "named-stroke", False),
        ("Had flu with a temp of 39, temperature's been normal for 4 days now", "fever", False),
        ("I can't get up ladders at the minute", "sexual-dysfunction", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Fell off the step ladder at work, back of my head hit the floor. Now my neck n "
         "shoulders are killing me.", "emergency"),
        ("Since I woke up my left arm and left leg feel like they are still asleep, kesemutan, "
         "and I keep bumping the wall on my left. Age 66.", "emergency"),
        ("About 40 mins ago I stopped being able to squeeze the stamp with my right hand and "
         "my signature came out as a scribble.", "emergency"),
        ("Bad lower back since Tuesday and things downstairs aren't working, numb round there.",
         "emergency"),
        ("A small swelling in my tummy artery, scans every year to watch it. Since this "
         "afternoon I have severe back pain.", "emergency"),
        ("For the last two hours both my arms have ached and I'm so out of breath I had to sit "
         "on the stairs. I'm 61.", "emergency"),
        ("I've got sickle cell and my legs ache, and I'm shivering with a temperature of 39.4.",
         "emergency"),
        ("About an hour ago I realised I can't feel my right hand properly and my right foot "
         "keeps catching the carpet.", "emergency"),
        ("After 200 squats my thigh is swollen very tight, pain 10/10, and my pee is dark like "
         "teh.", "emergency"),
        ("Neck and shoulders wrecked after 5 days of snowboard falls. Never banged my head, I "
         "can turn it every direction, it's just achy.", "self-care"),
        ("Fell off a ladder this morning and my neck hurts, though I can turn it every "
         "direction.", "emergency"),
        ("Had flu with a 39C fever three weeks ago, it's been completely gone for a fortnight "
         "now. My back is still stiff.", "therapist"),
        ("One of my swimmers' dads collapsed at the gala last weekend with a heart attack, "
         "crushing chest pain and all. My shoulder hurts after demonstrating backstroke.",
         "self-care"),
        ("Tennis elbow for 3 weeks and I can barely lift the milk jug, it's affecting my "
         "shifts.", "therapist"),
        ("Knee pain first, now since I've been limping my hip and lower back are sore too.",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
