"""Words, rules and context added after held-out sets 703 to 708 (Thirsk, Northallerton and
Leyburn; Sedbergh and Alston; Amlwch and Llangefni; Lochmaddy, Benbecula and Barra; Holt, Swaffham
and Fakenham; Knighton and Hay-on-Wye; English from Galician, Breton, Limburgish, Alsatian,
Setswana, Tulu, Kodava, Santali, Khasi, Newari, Pontic Greek and Arbëresh speakers):

- notes run together with " / " between them read as sentences; a headache "like a clap", "like
  being kicked", a head that went off "like a shotgun"; not standing the lights; a load that
  "rolled onto my wrist"; German "Wade" after a side (the calf); a hand that went weak or dropped
  something while the writer was busy, still heavy "20 minutes later";
- what is no sign: advice "if you get chest pain"; a sign acted out ("I pretend", "a fake heart
  attack"); a dog that "slipped a disc"; a time that closes the sentence ("years ago, long gone");
  the Co-op (no operation); Yorkshire "nivver" and "years since";
- therapist: "can't get me boots on"; a new time frame after "and" ("and over the last few weeks
  it has crept up into my neck") ends an older one's scope.
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("knot by my spine, foam roller? / dad had an aneurysm a few years ago / pain in tummy "
         "and back came on all at once an hour ago, sweaty and dizzy",
         "emergency"),
        ("Doing a cartwheel at the party a headache came on like a clap and now my neck's stiff "
         "and I can't stand the lights.",
         "emergency"),
        ("Headache came on like a shotgun going off while I was lifting and now I keep being "
         "sick.",
         "emergency"),
        ("A keg rolled onto my wrist at work yesterday, it's swollen and really sore at the base"
         " of the thumb.",
         "urgent"),
        ("I'm 32 weeks pregnant and my right Wade is swollen and warm, worse than the other one.",
         "urgent"),
        ("While I was typing my left hand just went weak and dropped the mouse, and it's still "
         "heavy 30 minutes later.",
         "emergency"),
        ("The leaflet in the pharmacy bag says 'get urgent help if you get chest pain, "
         "breathlessness or swelling in one leg while taking this'. Not me, my traps are just "
         "knotted.",
         "self-care"),
        ("On stage I pretend my arm goes numb. My real issue is a sore forearm.", "self-care"),
        ("Our terrier slipped a disc and couldn't wee on her own, the vet operated. My shoulders"
         " ache from lifting her.",
         "self-care"),
        ("Had shingles across my back when I was at the school in Tralee, years ago, long gone. "
         "Now the muscles along there are just stiff after dancing.",
         "self-care"),
        ("[back of Co-op receipt] tight calf again, third time this year, no swelling",
         "therapist"),
        ("I had a bleed on the brain years since, said at the time it was the worst headache of "
         "my life. Now only a tension headache from the desk.",
         "self-care"),
        ("Can't get me boots on of a morning, back's that stiff. No numbness, waterworks fine.",
         "therapist"),
        ("Started in my shoulder blade two months ago and over the last few weeks it has slowly "
         "crept up into my neck. Nothing else.",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
