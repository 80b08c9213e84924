"""Words, rules and context added after held-out sets 687 to 692 (Berwick, Alnwick and Wooler;
Bridlington, Filey and Driffield; Tenby, Pembroke and Narberth; Wigan, Leigh and Atherton;
Campbeltown, Lochgilphead and Inveraray; Barnstaple, Bideford and Ilfracombe; English from Erzya,
Moksha, Chuvash, Tabasaran, Livonian, Votic, Tokelauan, Rotuman, Yapese, Pohnpeian, Nauruan and
Khakas speakers):

- "me and my husband", "my wife and I": the writer is in the subject, what follows is theirs too;
- a mouth or lip that "wouldn't shut", a drink that "went down my chin", northern "gob" (mouth), an
  arm that "felt like lead" on one side; "everything on the left side kept disappearing" after a
  comma is a new statement, not under the negation before it; "talking rubbish to a punter": the
  punter is spoken to;
- "went down on the ice", tender "at the thumb side" after a fall; a hip the person "can hardly
  move or walk on", or "barely move at all", with a fever;
- what is no sign: "a boater collapsed" (someone told of by "a" and what befell them), what the
  writer "keeps reading about", "operated on his back", "gave me chills", "fine walking up hills",
  a surfboard's nose, "worse at the end of the day"; "half a year" is six months;
- therapist: "had to ask the relief keeper to cover two shifts", "had to turn two commissions
  away", "then it's back the next week".
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Last night when me and my husband were dancing, very sudden headache in the back of "
         "my head, strongest in my life. Now my neck is stiff and I vomited twice.", "emergency"),
        ("Having me brew this morning half of it went down me chin, the right side o' me gob "
         "wouldn't shut proper for ten minute. Back to normal now.", "emergency"),
        ("Couldn't read the screens right this afternoon, everything on the left side kept "
         "disappearing. Probably just tired. Back's sore from lifting.", "emergency"),
        ("Went down on the ice outside the shop and put my hand out. Wrist is puffy and really "
         "tender at the thumb side. Massage for the forearm?", "urgent"),
        ("My hip is sore and now I can hardly move it or walk on it, fevers and shivers since "
         "yesterday. Glute trigger points?", "emergency"),
        ("A cyclist collapsed outside my shop with chest pain and the ambulance came. My own "
         "trouble is a stiff neck from the till. Stretches?", "self-care"),
        ("Mine is only a sore low back from the allotment, but I keep reading about numbness in "
         "the saddle area and bladder trouble - what should I look out for?", "self-care"),
        ("My brother had numbness in the groin, doctors operated on his back quick. I only have "
         "a stiff back after a long drive, toilet normal.", "self-care"),
        ("Watched a horror film that gave me chills, and my usual tension headache from my neck "
         "knots came on at the desk. Which muscles?", "self-care"),
        ("Chest feels tight on the left after yoga backbends, sore when I press the ribs. Not "
         "short of breath, no sweating, and I'm fine walking up hills.", "self-care"),
        ("Banged my knee on the board's nose at the beach, bruised. Calves tight from paddling. "
         "Stretches?", "self-care"),
        ("Wrist ache from knitting for about half a year now, worse at the end of the day, no "
         "numbness, no swelling.", "therapist"),
        ("Lower back so stiff I've had to ask the relief driver to cover two shifts. No leg "
         "symptoms.", "therapist"),
        ("Elbow pain for six weeks and I've had to turn two orders away, can't hold the chisel "
         "steady. No injury, no numbness.", "therapist"),
        ("Shoulder eases with heat for a day or two, then it's back the next week, over and "
         "over. Otherwise well.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
