"""Words, rules and context added after held-out sets 675 to 680 (Portree, Stornoway and
Dingwall; Banff, Huntly and Keith; Largs, Troon and Irvine; Liskeard, Newquay and Falmouth;
Dunfermline, Alloa and Falkirk; Cumbernauld, Kilsyth and Kirkintilloch; English from Kirundi,
Lingala, Mingrelian, Svan, Nogai, Kumyk, Karelian, Veps, Mari, Komi, Nenets and Evenki speakers;
deaf writers in short BSL-shaped English):

- a lump or bump on the side or the back of someone's head, and "clattered ... right on the side
  of the head", are knocks to the head; "caught with the butt of a cue in a scuffle" an injury;
- "I should say I'm on apixaban" tells a fact, it supposes nothing;
- Doric "cam on aa at eence fin I wis liftin", "a heid like it's been split wi an aix", "cowped aff
  the trailer", "landit", "gairden";
- a carer's "Mr T says his calf muscle has been cramping" is no doctor's reassurance;
- a sentence that opens on its length ("Five months my lower back hurting every day");
- an arm that "has got weaker", "weak more more", a knee that "buckles";
- what is no sign: a paramedic's "cauda equina job", a VP shunt (no car shunt), a doctor's "come
  back if I get numbness", "peeing ... as normal", the effort that explains jelly legs after a
  three-hour peal even when it is over, an animal's broken leg, a client's "high fever and the
  purple rash".
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Dad is 79 and on apixaban. He tripped on the step last night and has a sore hip and a "
         "bump on the back of his head. The hip is what he's moaning about. Stretches?",
         "emergency"),
        ("Got caught with the end of a pool cue in a scuffle on Friday, neck's sore. Today I "
         "can't remember most of Friday night and my partner says I keep nodding off.",
         "emergency"),
        ("Knocked my head on the open cupboard door this morning, small lump. Neck's stiffened "
         "up since. I should mention I'm on rivaroxaban.", "emergency"),
        ("I've a heid like it's been split wi an aix, cam on aa at eence fin I wis liftin the "
         "boxes. Fit muscle is it?", "emergency"),
        ("Care visit 08:00. Mrs K says her calf muscle has been 'cramping' for 3 days. Left "
         "lower leg swollen, warm and red compared with the right.", "urgent"),
        ("Cowped aff the quad at the farm an landit on ma side on a gate. Ma ribs are sair an "
         "I'm gettin mair an mair short o breath.", "emergency"),
        ("NECK PAIN 3 WEEK. ARM LEFT WEAK MORE MORE, PEN DROP. MASSAGE WHERE?", "urgent"),
        ("Got clattered by a cricket ball at the nets, right on the side of the heid. Been "
         "boakin twice since and the headache's gettin worse.", "emergency"),
        ("Ma back's been sair since Friday liftin slabs in ma maw's gairden an it's shootin "
         "doon baith legs noo. Ah've no managed a pee since last night.", "emergency"),
        ("Paramedic here, we had a cauda equina job last night. My own back is just stiff from "
         "the stretcher. Best QL release?", "self-care"),
        ("I have a VP shunt since birth, it was fine at my last review. My upper traps get "
         "knotted at my desk. Massage gun ok?", "self-care"),
        ("My GP said come back if I get numbness in the saddle area or trouble with the toilet. "
         "Right now only low back stiffness after the gym.", "therapist"),
        ("Lower back stiff after a week of moving house. Legs fine, no numbness, peeing and "
         "going for a number two as normal. Which QL points?", "self-care"),
        ("After a three-hour peal my arms felt like jelly and my legs were like jelly, the usual "
         "knackered feeling, all fine after a pint. Tips?", "self-care"),
        ("Five months my neck stiff every day from the desk. No other problems. Who should I "
         "see?", "therapist"),
        ("One of my clients got a high fever and the purple rash and they took her to hospital. "
         "I am fine, only my back is sore from hoisting.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
