"""Words, rules and context added after held-out sets 735 to 740 (Stromness and Scalloway;
Tarbert, Lochinver and Plockton; Buckie, Macduff and Stonehaven; Anstruther, Crail and
Pittenweem; Millport and Tain; Kyle and St Monans; English from Tumbuka, Venda, Tsonga, Swati,
Sotho, Pedi, Herero, Ovambo, Nama, Kamba, Meru, Kalenjin, Maasai, Afar, Sidamo, Wolaytta, Gurage,
Kunama and Saho speakers):

- signs: Doric and Fife "a weicht on ma breist", "sweitin", "bowkin" (a heart attack's weight,
  sweat and sickness); "ma eelid's drappin", "the black o ma ee looks smaller" (a drooping lid and
  a small pupil); "ma face his drappit", "ma airm's gey feckless", "abeen ma shooder" (a droop and
  a weak arm); "the lavvy", "ma bahookie" (the saddle); a lump on the wrist that "doesn't look
  right" after a fall (a deformity); a shoulder the wrong shape after a fit that "can't move at
  all" (a dislocation: A&E); blisters in someone on methotrexate or steroids
  (shingles);
- what is no sign: "surgery last year" (not "surgery last week"), a course "of blood thinners"
  (not the pain's length), legs "paralysed" after a half marathon, "TIA for any advice" (thanks in
  advance), a chatbot transcript's "User: no none of that", a brother's ("brither's") diagnosis.
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Been scraping the hull aa day an ma chest's like a weicht on ma breist, noo Eh'm sweitin "
         "an bowkin.", "emergency"),
        ("Ma neck's sair efter the bump an ma left eelid's drappin, the black o ma ee looks "
         "smaller.", "emergency"),
        ("The wife says ma face his drappit on the left an ma left airm's gey feckless, canna lift "
         "it abeen ma shooder.", "emergency"),
        ("Back sair since the creels, an sittin on the lavvy Ah cannae feel ma bahookie, like it's "
         "no there.", "emergency"),
        ("Came off my bike onto my hand yesterday, now there's a lump on the back of my wrist that "
         "doesn't look right.", "urgent"),
        ("Had a fit in the night and now my shoulder looks squared off and I can't move it at "
         "all.", "emergency"),
        ("On methotrexate for psoriasis, my buttock has been burning for days and now there is a "
         "clump of blisters on it.", "urgent"),
        ("Had a clot after my knee op last year, did six months of blood thinners, scan clear. Now "
         "my calves are just tight from hill runs.", "self-care"),
        ("Had a DVT after surgery last year, all sorted now. My hamstring is tight from sprints.",
         "therapist"),
        ("Had surgery last week on my wrist and the forearm aches.", "doctor"),
        ("My legs feel paralysed after the half marathon, walking like a robot. Best stretches?",
         "self-care"),
        ("Quick one, TIA for any advice: tight traps from the laptop, no headache or anything.",
         "self-care"),
        ("Bot: Is it sudden or severe? Any fever, stiff neck, rash? User: no none of that, it "
         "builds up slowly over the day. Bot: Sounds like tension.", "self-care"),
        ("Ma brither's been diagnosed wi cauda equina. Ah've jist got a stiff back fae liftin him.",
         "self-care"),
        ("In my village they say if the neck is stiff and you have fever it is meningitis. My neck "
         "is stiff from the bus.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
