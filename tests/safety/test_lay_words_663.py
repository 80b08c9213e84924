"""Words, rules and context added after held-out sets 663 to 668 (Kirkcaldy, Glenrothes and
Methil; Ballymena, Larne and Coleraine; Keswick, Whitehaven and Cockermouth; Tamworth, Lichfield
and Burton; Redditch, Bromsgrove and Kidderminster; Spalding, Stamford and Oakham; English from
Sakha, Buryat, Kalmyk, Ossetian, Chechen, Avar, Frisian, Sami, Sorbian, Rusyn, Gagauz and
Aromanian speakers):

- Scots "A cannae pit ony weight on it", "a steroid jag intae it";
- a fall told as "took a punch and went back hard onto the kerb", then clear fluid from the nose;
- "there was a proper crunch" as the injury happened;
- "can't feel me old fella when I go for a wee" (the feeling of passing water gone);
- a note's informant ("Mother on the line reports she is drowsy") tells of the patient, and a
  transcript's "Patient:" line is the patient's own; "dislikes bright light";
- "he can't find his words since dinner", told by a daughter in the background;
- someone's words glossed in brackets ("he say mi doari caplu (my head hurts)") are theirs;
- a chat's "no like it's my left ball actually" corrects, it denies nothing;
- "came off my mate's quad bike": the mate owns the bike, the fall is the writer's;
- walking "to the side like I drank" after double vision came on;
- what is no sign: a sarcoid "in remission" (no cancer), "spastic hemiplegia" of cerebral palsy,
  a jaw that "tires chewing like always, nothing new there", "the surgeon signed me off", what
  someone "died of", a TV series' or a TV drama's story, "did all the stroke tests", a numb bum
  "which wore off once I got up".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("A cannae pit ony weight on ma knee", "cannot-bear-weight", True),
        ("had a steroid jag intae my shoulder", "recent-infection", True),
        ("I took a punch in the car park", "trauma-mechanism", True),
        ("came off my brother's bike on the lane", "fall-or-crash", True),
        ("landed on my wrist and there was a proper crunch", "crack-heard", True),
        ("I can't feel it properly when I go for a pee", "bladder-change", True),
        ("headache and I really dislike bright light today", "photophobia", True),
        ("my UC has been in remission for years", "cancer-history", False),
        ("I've been in remission since the chemo finished", "cancer-history", True),
        ("spastic hemiplegia on my right side since birth", "one-sided-weakness", False),
        ("my jaw tires chewing like always", "jaw-claudication", False),
        ("my old boss died of a heart attack", "heart-attack", False),
        ("they did all the stroke tests", "named-stroke", False),
        ("my leg went numb on the train, which wore off once I stood up", "leg-neuro-symptoms",
         False),
        ("the pain goes more into my buttock now", "spreading", True),
        ("same hamstring twice already this season", "recurrence", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Ma knee's awfu sair, A cannae pit ony weight on it an A'm burnin up wi a fever. Had a "
         "steroid jag intae it on Monday. Will A roll the quad?", "emergency"),
        ("Got jumped walking home and went back hard onto the kerb. Neck's stiff, and there's "
         "clear watery stuff dripping out my nose when I bend down.", "emergency"),
        ("OOH call. 30M. Headache severe since noon, vomiting, temp 39.4. Wife on the line "
         "reports he is drowsy and hard to rouse. Asking about neck stretches.", "emergency"),
        ("Physio review call. Nurse: any problems? Patient: back is sore. Wife (in background): "
         "tell her, he can't find his words since lunch and his hand keeps dropping things.",
         "emergency"),
        ("My mother asked me to write. Her shoulder is stiff from the garden and she want "
         "points to press. Since one hour she drop the spoon from her left hand, the hand not "
         "listen, and she say boli glava (my head hurts).", "emergency"),
        ("lads my groin is killing after five a side\nno like its my right ball actually, came "
         "on suddenly an hour ago, its swollen and i threw up\nwhat stretch for adductors",
         "emergency"),
        ("I work at a desk all day and my neck is always tense. But since breakfast I see "
         "everything double, and when I walk I go to the side like I drank too much.",
         "emergency"),
        ("Back is sore after the scrum and since Monday I can't feel my willy properly when I go "
         "for a wee.", "emergency"),
    ],
)
def test_red_flags(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My sarcoid has been in remission for years and I'm off treatment. Just sore ribs from "
         "rowing at the club, no breathlessness.", "therapist"),
        ("MG here - my eyelids droop by evening and my jaw tires chewing like always, nothing "
         "new there. Just a tight knot in my upper trap from the new chair.", "self-care"),
        ("CP, spastic hemiplegia on the right. My right calf is tight after a long walk round "
         "the show, not swollen, not warm, no new weakness. Best stretch with my AFO on?",
         "self-care"),
        ("In TV series the woman have sudden terrible headache and she die. I am scared. My "
         "headache is small, like a band, comes slowly after the computer.", "self-care"),
        ("The lady I looked after today died of a ruptured aneurysm, bless her. I was bent over "
         "all shift and now my upper traps are in knots.", "self-care"),
        ("Had a funny turn last year, they did all the stroke tests and said it was a migraine. "
         "Just a stiff neck from the new pillow now.", "self-care"),
        ("GP checked me after my bum went numb on a long drive, which wore off once I got out: "
         "reflexes, feeling down there, everything normal. Still stiff in the mornings.",
         "self-care"),
    ],
)
def test_no_false_alarm(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
