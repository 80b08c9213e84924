"""Words and rules added after held-out sets 280 to 285 (pharmacy technicians, cathedral
guides, horoscopes, a wine harvest, lobster boats, grumpy writers; sailmakers, cashiers, feet
first, midwives, Australian English, complaint letters; bailiffs, traffic wardens, crossing
patrols, groundsmen, diary entries, to-do lists; comedians, court reporters, knitters, mosaics,
capitals for the worst part, Yorkshire dialect; tango, belly dance, pole fitness, beach
volleyball, cat sitters, stoic writers; nannies, supply teachers, heads, dinner staff, jokes
that hide worry, forwarded messages):

- a hip in sudden agony with a temperature, "can barely walk": a joint infection until proved
  otherwise (fever with severe pain and a limb that can hardly be used);
- "got clonked by a rounders bat" is a blow; "can't remember walking home" is memory loss, not
  a leg that cannot bear weight;
- "it's not going, feel sick and sweaty": a negation ends where a new statement begins with
  "feel";
- Yorkshire words: "wi'out", "an'", "neet", "nowt"; "dropped nigh on a stone" is weight loss;
- "since last September" is months of pain; "duration of complaint: five months"; "tightness
  unchanged" on day 15; a strain that "heals up then goes" at every tournament;
- whose story it is: "my mum (a Cancer, typical)" (an aside right after the person);
  "women with leg clots" a midwife looks after; "the cat I'm sitting has a limp and the vet
  thinks the leg might be broken"; "the kids I nanny" (a short clause of the writer's naming
  them); "what my sister sent me: ..." (her own words, quoted); "the defendant (myself)" is the
  writer;
- "what should I do if, when I'm rolling my calf, I notice it's swollen and hot?" supposes;
  "a scan for clots, nothing there" was checked; "both exactly the same" compares two legs, it
  is no lack of progress.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my knee is so sore I can barely walk", "limits-function", True),
        ("I can walk fine, it only aches at night", "limits-function", False),
        ("got clonked by a cricket ball at the nets", "trauma-mechanism", True),
        ("got clonked out on the sofa after the night shift", "trauma-mechanism", False),
        ("can't remember walking to the car after the knock", "cannot-bear-weight", False),
        ("I can't walk on it at all", "cannot-bear-weight", True),
        ("I've dropped nigh on a stone wi'out tryin'", "weight-loss", True),
        ("I dropped a stone on my foot in the garden", "weight-loss", False),
        ("my shoulder has been grumbling since last March", "pain-months", True),
        ("my shoulder has been grumbling since last Tuesday", "pain-months", False),
        ("day 15 and the tightness unchanged", "no-progress", True),
        ("both calves look exactly the same, no swelling", "no-progress", False),
        ("the strain heals up then goes again at the next match", "recurrence", True),
        ("sent for a scan for clots, nothing there", "assessed-normal", True),
        ("on the ward I look after ladies with leg clots during pregnancy", "named-blood-clot",
         False),
        ("I've got a clot in my leg, they said at the hospital", "named-blood-clot", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Knee suddenly agony since this morning, can hardly walk, temp 38.6 and I feel awful",
         "emergency"),
        ("Knee sore since the hill walk, can barely walk down stairs, no fever", "therapist"),
        ("Carried the sofa upstairs and got a tight pain in my chest going up into my neck and "
         "left arm. Been sitting 10 mins now and it's not going, feel sick and sweaty",
         "emergency"),
        ("Got clonked by a swing at the park, can't remember the walk home and clear fluid is "
         "dripping from my nose", "emergency"),
        ("My back's been naggin' for six weeks, worse at neet, an' I've lost a stone wi'out "
         "tryin'. I'm 70", "urgent"),
        ("My gran (a Cancer, bless her) helps in the garden. My upper back aches from the "
         "digging", "self-care"),
        ("My dad (bowel cancer, all clear now) helps me in the garden. My upper back aches from "
         "the digging", "self-care"),
        ("The puppy we're fostering has a limp and the vet thinks the leg might be broken. My "
         "lower back aches from carrying him", "self-care"),
        ("The kids I tutor had flu. Their mum had a droopy face on Monday and is in hospital. My "
         "neck is stiff from marking", "self-care"),
        ("My brother texted me: \"can't feel down below and can't pee, they're admitting me "
         "now\". He's on the ward and being looked after. My shoulders are tight from the "
         "drive", "self-care"),
        ("The defendant (myself) tripped on the kerb at 08:15 and hit the back of the head on "
         "the road. No memory of the fall. Since then: headache, vomited once.", "emergency"),
        ("What should I do if, after a long run, I ever find my calf is swollen and red? Mine "
         "is just tight today", "self-care"),
        ("Calf tight from work, the doctor sent me for a scan for clots and nothing there",
         "self-care"),
        ("Low back has been grumbling since last October, no other problems", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
