"""Words and rules added after held-out sets 126 to 130 (laptops on the sofa, overnight lorry
runs, carers of a parent with dementia, left and right corrected, heavy lifters, numbers without
units; first jobs, porters, sounds, signs given only when asked, multi-day treks, notes-app line
breaks; retired teachers, boats, blood thinners and steroids, a friend's story, netball,
abbreviations; careful textbook English, nail and tattoo artists, the night before, what they
could not do at work, skiers, one long sentence; osteoporosis, gardeners, coach and train
journeys, hedging, boxers, what a pharmacist said):

- an ache that "keeps getting worse" since an infection "last month" is going on now: the time
  after "since" (or right after "began") dates its start, and only that clause is past;
- a calf "bigger than my left" is swelling however far the comparison stands from the calf, and a
  cramp that "never goes away" is not a denial of it; "did not go red but ... bigger" denies only
  the redness;
- exercise explains soreness "after squats", not a swollen testicle with vomiting;
- a head kick, a long train, something white in a cut, pain "worse than anything I have known" at
  the back of the skull, slow speech, "it really hurts to take a deep breath and ...";
- lookalikes: "doesn't come on walking uphill" denies the exertion; a neck that pops when turned;
  "no new fractures, GP says it's muscle spasm"; a patient taken to a scan "who had" the sign; a
  night cramp that passed; "no sorry left"; "like nothing before" compares, it does not deny.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my left calf is tight like a cramp that never goes away and it's bigger than my right",
         "calf-swelling", True),
        ("my calf did not go red but it is fatter than my other leg", "calf-swelling", True),
        ("my calf is not swollen but painful", "calf-swelling", False),
        ("the pain doesn't come on when walking uphill", "exertional-pain", False),
        ("got a head kick sparring on Saturday", "head-injury", True),
        ("a long train down to Cornwall on Friday", "immobility", True),
        ("I can't sit long in the car", "immobility", False),
        ("there's a gash where I can see something white", "open-fracture", True),
        ("my speech feels slow and thick", "speech-disturbance", True),
        ("speech therapy was slow going", "speech-disturbance", False),
        ("pain at the back of my skull", "headache", True),
        ("it really hurts to take a deep breath and cough", "pleuritic-pain", True),
        ("take a deep breath and relax into the stretch", "pleuritic-pain", False),
        ("my neck makes a loud crunchy pop when I turn it", "crack-heard", False),
        ("x-ray showed no new fractures", "assessed-normal", True),
        ("cramp woke me at 4am", "night-cramp", True),
        ("abrupt pain in my neck", "sudden-onset", True),
        ("pulled my hamstring again - no sorry left - third time this year", "recurrence", True),
        ("hot day in the garden and my calf aches", "calf-warm-red", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Since my water infection last month my lower back has ached deep in the bone and it "
         "keeps getting worse, and I keep getting fevers", "urgent"),
        ("My left leg feels like a cramp that never goes away, it's bigger than my right and "
         "warm. I've been on the pill a year.", "urgent"),
        ("Sudden pain in my right testicle an hour after squats, it's swollen up and I've been "
         "sick", "emergency"),
        ("Half an hour ago an abrupt pain at the back of my skull, far worse than anything I have "
         "known, and now light hurts my eyes", "emergency"),
        ("Got a head kick in sparring. Clear watery stuff running from my nose and my speech feels "
         "slow", "emergency"),
        ("Long train to Inverness yesterday. Today sharp pain in my side that catches on every "
         "breath and my heart is racing", "emergency"),
        ("Came off my bike onto my arm, it has a bend in it and there's a cut where I can see "
         "something white", "emergency"),
        ("My chest wall aches beside the breastbone when I press it since I started press-ups. "
         "Not breathless, doesn't come on walking uphill.", "self-care"),
        ("Took a patient down to x-ray who had back pain and couldn't feel anything down below. "
         "My own back is just stiff from pushing beds.", "self-care"),
        ("Cramp woke me in the night, calf rock hard, agony for a minute, fine by morning",
         "self-care"),
        ("I'm 70 with osteoporosis. X-ray showed no new fractures, GP says it's muscle spasm. "
         "Heat pad ok?", "self-care"),
        ("My neck makes a loud crunchy pop when I turn it, no pain with it", "self-care"),
        ("My shoulder wakes me whenever I roll onto that side and I can't reach up to the top "
         "shelf", "therapist"),
        ("Every spring my back goes when I start digging, fourth year running", "therapist"),
        ("69, male. sudden terrible pain in my back, like nothing before, nearly passed out, "
         "sweaty", "emergency"),
        ("It felt like something burst in my head, worst ever. Would pressing the trigger points "
         "under my skull help?", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
