"""Words, rules and context added after held-out sets 713 to 718 (Portrush, Portstewart and
Ballycastle; Maryport and Wasdale; Peebles, Selkirk and Innerleithen; Fishguard, Goodwick and
St Davids; Padstow, Wadebridge and Camelford; Cushendall and Glenarm; English from Ladin, Fulani,
Bemba, Mapudungun, Mixtec, Lusatian, Yucatec Maya, Ligurian, Miskito, Garifuna and Maori
speakers):

- signs: "can't go even though I'm desperate" (urinary retention); a lump on the forehead (a knock
  to the head: with a blood thinner, A&E); sudden severe back pain with feeling faint (aortic
  dissection); a row of blisters (shingles, no longer read as rowing's blisters); a swollen
  tummy with a fever and a racing heart (an acute abdomen); a noise in the ear that goes with the
  heartbeat (pulsatile tinnitus, with neck pain a torn neck artery); a tongue that points to one
  side (a stroke sign); a numb thigh or shin with a joint giving way, worse than before
  (progressive weakness); "could not really feel the seat" (saddle numbness); a swollen tummy with
  very little urine or breathlessness (fluid in the tummy, as in ovarian hyperstimulation after
  egg collection);
- what is no sign: a message whose writer names their own aching thumbs is no report about their
  client; "my whole body is broken" (no fracture); "a chap at my allotment has shingles" (someone
  named by "a" who has a diagnosis); general advice "if you get ..." read to its end (16 words);
  weight lost with a gastric sleeve or band (explained); meningitis "in the 90s" or "as a wain"
  (long past; a decade in figures is read in words); a husband's surgery in a pharmacy note about
  the "Pt";
- therapist: "it settles, then it's back" (pain that keeps returning).
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Lower back locked up after digging the veg patch. Since this morning I just can't go "
         "even though I'm desperate for a wee.",
         "emergency"),
        ("Smacked into the cupboard corner, small lump on my forehead. I take apixaban. Stiff "
         "neck today.",
         "emergency"),
        ("Very strong sudden pain in my back between the shoulders lifting the boat, I feel I "
         "might faint.",
         "emergency"),
        ("My shoulder aches, and there is a wee row of blisters coming up on my neck.", "urgent"),
        ("Belly blown up and hard, I've got a fever and my heart is pounding. Thought I'd "
         "strained my abs at the gym.",
         "emergency"),
        ("Neck hurts on the right, and a thumping in my ear that goes with my pulse.",
         "emergency"),
        ("Neck sore on one side and a noise in my ear like whoosh whoosh with my heart.",
         "emergency"),
        ("Neck's been sore since the crash and my tongue points to one side when I poke it out.",
         "emergency"),
        ("Shin gone numb and my ankle keeps giving way on the kerb, worse than last week. Back "
         "aches a bit. Calf massage?",
         "urgent"),
        ("Pulled up a bag of logs and my knee keeps giving way on the stairs, thigh numb on the "
         "front and worse than yesterday.",
         "urgent"),
        ("I could not really feel the seat under me when I sat down. Low back sore.",
         "emergency"),
        ("Two days after the egg retrieval my tummy has swollen right up and I'm hardly peeing. "
         "My back muscles ache too.",
         "urgent"),
        ("Six days after egg collection my belly is swollen and I'm breathless lying down. Lower "
         "back aches.",
         "urgent"),
        ("I'm a massage therapist. One of my clients said his saddle area went numb so I sent "
         "him to A&E. For me, my thumbs ache from the work. Tips?",
         "self-care"),
        ("I did the half marathon and my whole body is broken, legs stiff, still sore. Foam "
         "roller?",
         "therapist"),
        ("A cleaner at our school has the shingles on her back. My neck is stiff from marking.",
         "self-care"),
        ("My nan always says if you get a rash and a fever and a bad headache with it you do the "
         "glass test on it straight away. I've only a stiff neck from the desk.",
         "self-care"),
        ("I've lost three stone since my gastric sleeve and my knees ache when I walk the dog.",
         "self-care"),
        ("I had meningitis in the 90s. My neck is stiff from painting the ceiling.", "self-care"),
        ("Had the meningitis as a wain, fine since. Stiff neck from the boat.", "self-care"),
        ("Consultation note. Pt 38F asks about her sore neck from the desk. Mentions her brother "
         "had surgery last month. Pt herself well, no other symptoms.",
         "self-care"),
        ("My calves tighten after netball, I stretch and it settles, then it is back.",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
