"""Words and rules added after held-out sets 68 and 69 (long-standing conditions telling what is
new, older people writing at length, emoji and slang, playing a sign down; English as a second
language, machine translation, remote jobs, bare lists of facts):

- "the words ... I couldn't get them out" and a tongue that "feels clumsy" (speech); pain "on the
  right of my neck"; a lower leg that "has blown up like a balloon" or "looks bigger on that
  side", and a sock that "leaves a deep dent" (one swollen leg); "a bump that shouldn't be
  there" (deformity); "breathing like I ran for a bus"; a heaviness "like indigestion but more
  strong"; "since one hour" (it began an hour ago); "the operation of the knee"; "I stay in bed
  mostly"; a stab "when I take the air"; a thigh "that looks like it's wasting";
- rules: chest pain spreading to the arms with dizziness (heart attack); blotchy or blue skin
  with no urine (sepsis); a swollen joint after a fall that can barely be moved (fracture);
- lookalikes: a back "like a plank of wood" is stiffness, not a rigid tummy; a lively child
  "bouncing off the walls" had no blow; "my bf's face", "the lady in the next bed", "the lola I
  care for" are someone else; "what sort of headache would be dangerous" and "heard you can get
  clots" ask, they do not tell; "CT was fine, that was 3 months ago and no problems since" is
  over; "writing as her mum - my toddler ..." is about the child.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the words were there but I couldn't get them out, they just stuck", "speech-disturbance",
         True),
        ("my tongue feels clumsy when I talk", "speech-disturbance", True),
        ("a sharp pain on the left of my neck", "neck-pain", True),
        ("my right leg below the knee has blown up like a balloon", "calf-swelling", True),
        ("the calf looks bigger on that side", "calf-swelling", True),
        ("my sock leaves a deep dent in that leg", "calf-swelling", True),
        ("a bump on my wrist that really shouldn't be there", "deformity", True),
        ("I'm breathing like I ran for a bus", "breathlessness", True),
        ("the top of my stomach feels heavy like indigestion but more strong", "chest-pain", True),
        ("I had the operation of the knee 10 days ago", "recent-surgery", True),
        ("since the fall I stay in bed mostly", "immobility", True),
        ("it stabs when I take the air", "pleuritic-pain", True),
        ("my left thigh looks like it's wasting", "progressive-weakness", True),
        ("my back is stiff like a plank of wood after the shift", "rigid-abdomen", False),
        ("my tummy went hard, like a plank", "rigid-abdomen", True),
        ("the kids are bouncing off the walls and my neck is stiff", "trauma-mechanism", False),
        ("my bf's face went lopsided at dinner, he's in hospital and fine now. my own neck is "
         "stiff", "face-droop", False),
        ("the lady in the next bed lost all feeling down below. I'm fine, just a sore buttock",
         "saddle-numbness", False),
        ("My alaga (the lola I care for) had sudden weakness on one side last week, she is ok now. "
         "My shoulders ache from lifting her", "one-sided-weakness", False),
        ("what sort of headache would be dangerous, a sudden one? Mine is my usual neck headache",
         "thunderclap-headache", False),
        ("Heard you can get clots in your legs from driving. My hamstrings are just tight",
         "named-blood-clot", False),
        ("Bang on the head at work, CT was fine, that was 3 months ago and no problems since. Now "
         "just a stiff neck", "head-injury", False),
        ("I cannot bend to mop the floor any more because of my back", "limits-function", True),
        ("every night I wake when I turn over", "positional-pain", True),
        ("15 days of ball and stretches. Pain same, 5/10", "no-progress", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Pain between my shoulder blades and since one hour a heavy feeling like indigestion "
         "but more strong, both arms heavy, dizzy", "emergency"),
        ("Since that chest cold I haven't had a wee since yesterday, and my hands are cold and a "
         "bit blue", "emergency"),
        ("fell off my bike onto my hand, the wrist is swollen and I can barely move it", "urgent"),
        ("Turned my head hard and felt a pop, sharp pain on the right of my neck and a whooshing "
         "in my right ear", "emergency"),
        ("Writing as her mum - my toddler won't put weight on her leg, she's hot with a "
         "temperature and screams when I move her hip", "emergency"),
        ("My toddler had a high temp and a purple rash last week, they kept him in overnight, "
         "he's home now and fine. My forearms and upper back are killing me from carrying him",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
