"""Words, rules and context added after held-out sets 681 to 686 (Sleaford, Louth and Spilsby;
Hexham, Haltwhistle and Prudhoe; Machynlleth, Dolgellau and Bala; Rothesay, Dunoon and Oban;
Bakewell, Buxton and Matlock; Pitlochry, Aberfeldy and Crieff; English from Abkhaz, Laz, Karachay,
Balkar, Khanty, Mansi, Chukchi, Koryak, Ainu, Okinawan, Shanghainese and Niuean speakers):

- a lip or cheek that feels "like I've been at the dentist" is numb; a hand that suddenly "would
  not close" is weak; a face that "feels weak", an eye that "won't close", drink dribbling out of
  one side are a face that droops; "everything on my left side went missing" is sight lost;
- blisters in the ear canal are the shingles rash; "I was sleeping a minute" after a knock is
  passing out; "can't move it at all, not even lift the leg" is more of the inability, not a
  denial;
- Chinese words mixed into English ("头 suddenly 痛", "胸口痛"), Scots "fur" (for);
- worst-ever back pain running into the tummy is the aorta's pattern; "no passed wind" is no wind,
  not something passed and over; a surveillance scan "due next month" leaves the aneurysm known;
- what is no sign: a leaflet's warning signs, a guest's chest pain at the start of a note, the
  people the writer prepares or the claimant in a trial, a chat bot's question answered "no",
  "dead tired", "rigor mortis", "giant cell arteritis" named as a worry, jelly legs after a
  charity walk, weight lost after a gastric bypass, an arm slept on at a funny angle, "never had a
  sudden worst-ever headache";
- therapist: "couldn't sleep, the shoulder wakes me", "it's nowt better".
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My neck's been stiff all week. Ten minutes ago the left side of my top lip went like "
         "I'd just been at the dentist and it's still like it. Stretch?", "emergency"),
        ("Twenty minutes ago my left hand would not close round my mug, tea all over the desk. "
         "Shoulders tight from the screen.", "emergency"),
        ("Left ear's agony, there are blisters inside the ear canal, and since this morning the "
         "left side of my face feels weak and my eye won't close properly.", "emergency"),
        ("While reading this afternoon everything on the right side of the page went missing for "
         "a few minutes, then came back. Neck and traps tight.", "emergency"),
        ("Came off the ladder, banged the back of my head on the patio. My wife says I was out "
         "cold for a few seconds. Neck aches now.", "emergency"),
        ("Knee swelled up overnight, it's red hot, I cannot bend it at all, not even lift my "
         "foot off the floor, and I've got the shivers and a temperature.", "emergency"),
        ("胸口痛 since an hour, 冷汗, pain go to left arm. Is it pec muscle?", "emergency"),
        ("Ma back pain started this mornin, worse than anything I've ever had, and it goes round "
         "intae ma belly. I'm 58. Which muscle?", "emergency"),
        ("I'm on the aneurysm screening list, next scan due next month. Since this morning sudden "
         "bad pain low in my back going into my tummy.", "emergency"),
        ("Belly swollen up, not passed wind for two days, and I've been sick four times. I "
         "thought I'd pulled a stomach muscle.", "emergency"),
        ("My eye drops leaflet says to get help straight away with sudden eye pain and seeing "
         "halos. Mine is just a tight jaw from grinding.", "self-care"),
        ("Guest in room 4 collapsed with chest pain and sweating, ambulance took him. My lower "
         "back is sore from helping him to the chair. Stretches?", "self-care"),
        ("Lot of the people I care for at the hospice have bone cancer in the spine. I just "
         "have a stiff upper back from the beds. Foam roller?", "self-care"),
        ("Bot: Do you have any chest pain, sweating or breathlessness?\nUser: no, none of that, "
         "just a sore hamstring from football", "self-care"),
        ("Dead tired after a week on nights, my hands feel dead tired too and my forearms ache. "
         "Best stretches?", "self-care"),
        ("Did the sponsored walk round the lakes yesterday, legs like jelly today, calves "
         "screaming going downstairs. Roll them?", "self-care"),
        ("Lost five stone after my gastric bypass last year. My hips ache after long walks now. "
         "Stretches?", "self-care"),
        ("Slept on it at a funny angle, woke with a dead arm, fine again in a minute. Now my "
         "shoulder just aches. Stretches?", "self-care"),
        ("Never had a sudden worst-ever headache, only these slow tension ones by teatime from my "
         "neck. Which muscles?", "self-care"),
        ("Couldn't sleep again, my hip wakes me whenever I turn over, three weeks of it now.",
         "therapist"),
        ("Been doing the neck stretches for a fortnight and it's nowt better. No other "
         "symptoms.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
