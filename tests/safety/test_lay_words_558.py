"""Words, rules and context added after held-out sets 558 to 563 (Hull, Grimsby and Lincolnshire
speech; Norwich, Ipswich and the Fens; Plymouth, the Isle of Wight and Portsmouth; Orkney,
Inverness, Perth and Stirling; Luton, Peterborough and Northampton; Leicester, Nottingham and
Derby; English from Hausa, Yoruba, Igbo, Malayalam, Telugu, Marathi, Pashto, Uzbek, Georgian,
Armenian, Albanian, Lithuanian, Twi, Zulu, Xhosa, Shona, Latvian, Slovak and Tamil speakers;
insurance forms, Slack and WhatsApp messages, Mumsnet and TikTok, a walk-in centre form):

- Suffolk "can't abide the light" (light hurting the eyes), and a stiff neck that will not bend
  forward with it and vomiting (meningitis, emergency, even when no fever is told);
- a wrist "in a pot" (a plaster cast) with swelling and tingling (compartment syndrome);
- "ricked my neck" (neck pain: with a whooshing in the ear in time with the heartbeat, an
  artery tear); "tearing type" back pain; a "bulge in the main pipe" (a known aneurysm);
- "shaking on the floor for a minute" after a knock to the head (a fit);
- an older woman who "went over" and cannot get up, her "foot pointing out sideways" (a hip
  fracture, emergency);
- a temperature measured at 37.5 °C or more, or shaking chills, during chemotherapy (neutropenic
  sepsis, emergency; "a bit fluey" on chemotherapy stays urgent);
- what a friend or a mate says ("gym friend says QL muscle") is no clinician's reassurance;
- and what is not the writer's: Mumsnet's "DH", "DS", "DD" (the writer's family), an army "CO",
  a patient a nurse had on shift when the writer turns to "Me?"; what is only asked ("when
  should someone with a stiff neck be worried, for example fever"); a risk named ("clots are a
  risk for me"); a history ("my kidney stone history", "I've had kidney stones so I know what
  that's like"); "didn't knock myself out"; the usual "clot stuff" checked; an arm "going to
  drop off" by the end of the day; "back ache crept into me" (no car backed into anyone);
- therapist level: "struggling to type more than 20 mins", "taken off poolside".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("can't abide the light since this morning", "photophobia", True),
        ("my arm's been in a pot since Tuesday", "tight-cast-bandage", True),
        ("ricked my neck at the fair", "neck-pain", True),
        ("sudden pain in my back, tearing type", "tearing-pain", True),
        ("years ago they found a bulge in the main pipe down my belly", "aneurysm-known", True),
        ("they said I was shaking on the floor for a minute", "confusion-drowsiness", True),
        ("my foot's pointing out sideways", "leg-deformity", True),
        ("didn't knock myself out, just a bump", "memory-problems", False),
        ("my low back ache crept into my buttock", "pedestrian-struck", False),
        ("feels like my arm's going to drop off by teatime", "one-sided-weakness", False),
        ("I checked the usual clot stuff, all fine", "named-blood-clot", False),
        ("I'm on HRT so I know clots are a risk for me", "named-blood-clot", False),
        ("struggling to type more than half an hour", "limits-function", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Neck's stiff as a board, can't get my chin to my chest, can't abide the light and "
         "I've been throwing up since teatime.", "emergency"),
        ("Hand in a pot since the weekend, the fingers have swelled up and gone tingly "
         "and the ache is loads worse tonight.", "emergency"),
        ("Ricked my neck on a ride yesterday, sore down one side. Now there's a whooshing in my "
         "ear in time with my heartbeat.", "emergency"),
        ("They told me years back I had a bulge in the main pipe. Now a bad pain came on "
         "sudden in my side and back and I feel like I'll keel over.", "emergency"),
        ("Took a knee to the head at football. My mates said I was shaking on the floor for "
         "about a minute. Shoulder's what hurts now.", "emergency"),
        ("My gran went over in the garden and can't get up, her foot is pointing out sideways "
         "and she says it's only a pulled muscle.", "emergency"),
        ("Second round of chemo, muscles ache everywhere, temperature 38.1 and I keep "
         "shivering.", "emergency"),
        ("One side of my back near the ribs aches, fever and chills, it burns when I pee. "
         "Friend says it's just a muscle.", "urgent"),
        ("DH was taken in with suspected meningitis, he's on the mend now. My own neck is "
         "stiff from the hospital chair.", "self-care"),
        ("Had a patient on shift with a numb saddle and retention. Me? Just a stiff lower back "
         "from the hoist.", "self-care"),
        ("My old CO ended up with cauda equina after a disc went. What should I look out for? "
         "Mine's just a niggle in the low back, nothing down the legs.", "self-care"),
        ("For our newsletter: when should someone with a stiff neck be worried, for example "
         "fever, a rash? My own neck is only stiff from gardening.", "self-care"),
        ("Because of my kidney stone history the GP did a urine test and a scan, both clear, "
         "and said it's a back strain.", "self-care"),
        ("Low back ache has crept into my buttock and thigh over six weeks, not below the knee, "
         "no numbness, no problems peeing.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
