"""Words, rules and context added after held-out sets 657 to 662 (Basingstoke, Andover and
Winchester; Stockton, Redcar and Guisborough; Rhyl, Prestatyn and Colwyn Bay; Livingston, Bathgate
and Linlithgow; Yeovil, Sherborne and Crewkerne; Newtownards, Comber and Donaghadee; English from
Mandinka, Jola, Tok Pisin, Bislama, Balochi, Brahui, Tswana, Sesotho, Marshallese, Chamorro,
Luxembourgish and Romansh speakers):

- Tok Pisin and Bislama, a new list: "het bilong mi i pen nogut tru", "mi sot win na mi swet
  tumas", "no save holim pispis", "toktok blong mi i no klia", "bel i strong";
- a form's question answered "No." or "Never." is denied ("Chest pain or angina? No.");
- a school nurse's log ("Nurse log 14:10. Yr 11 boy, ...") is about the pupil;
- a limp with a high temperature (an infected joint, in a child above all);
- a crushing chest that came on abruptly; a bone that "looks slightly bent" after a crack;
- a calf "from the plane", then breathless "even sitting on the sofa" with the heart "going
  mental" (the flight stays though the calf knot went);
- a belt of burning on one side of the ribs, then "red spots with water";
- "front of the leg is very tight and shining", pain "more than the kick";
- Ulster "me face has gone all slippy", "dribblin me tea";
- what is no sign: "knock back a job", "a golf ball stuck under my shoulder blade", "heavy bench
  yesterday", a calf stretch "on the plane", "One of the GKs collapsed with a head injury",
  "thought I was having a stroke for a sec!" after a dead arm from sleeping on it.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the bone looks slightly bent", "deformity", True),
        ("squat with knees slightly bent", "deformity", False),
        ("my 'calf knot' from the plane went away", "immobility", True),
        ("best calf stretches to do on the plane?", "immobility", False),
        ("my heart is going mental", "palpitations", True),
        ("I've had tae knock back a job this week", "trauma-mechanism", False),
        ("feels like a golf ball stuck under my shoulder blade", "trauma-mechanism", False),
        ("Lek bilong mi i solap", "calf-swelling", True),
        ("left pec sore after heavy bench yesterday", "heavy-chest", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Het bilong mi i pen nogut tru, it come wantu tasol, all at once. Mi traut, I vomit, na "
         "nek i strong. I think maybe it is mosel long nek.", "emergency"),
        ("Mi gat soa long ribs, taem mi pulum win i soa olsem naef. Leg blong mi i solap after mi "
         "flae long plen long taem. Naoia mi no save pulum win gud.", "emergency"),
        ("Han kais bilong mi i pen, but bros bilong mi i pen olsem samting i prisim strong, mi "
         "sot win na mi swet tumas. Now 30 minit it not stop.", "emergency"),
        ("Baksait bilong mi i pen tumas 3 days now, pain go down long tupela lek. Also today mi "
         "no save holim pispis, it come out in trousers and mi no pilim.", "emergency"),
        ("Nek blong mi i soa tumas from I carry copra bags. Naoia, right now, right han blong mi "
         "i no gat paoa, I cannot hold the cup, it fall down, and my wife say toktok blong mi i "
         "no klia, she no understand me.", "emergency"),
        ("Bel blong mi i soa tumas, mi traut plante taem, and bel i strong olsem ston, hard "
         "like stone, cannot touch it.", "emergency"),
        ("Mi foldaon from tri yestedei, hed blong mi i kilim ston. Also mi no save tingting gud, "
         "mi slip oltaem, always sleepy, mo mi traut tu taem.", "emergency"),
        ("Lek bilong mi i bin pas aninit long diwai, my leg was stuck under tree for one hour. "
         "Muscle very swollen, pen i bikpela tru, mi no pilim lek gut.", "emergency"),
        ("Big hit on a tree stump on the last stage. I heard a crack and there's a lump halfway "
         "down the front where the bone looks slightly bent.", "emergency"),
        ("comment: my 'calf knot' from the plane went away but now I can't catch my breath even "
         "sitting on the sofa and my heart is going mental.", "emergency"),
        ("Salam, I have burning pain one side of my ribs only, right side, like a belt, three "
         "day. Today small red spots with water come on the same place.", "urgent"),
        ("Nurse log 10:15. Yr 7 girl, limping, says she 'pulled a muscle' in her hip at the "
         "weekend. Will not let me move the hip at all, temp 38.7, looks pale and unwell.",
         "emergency"),
        ("Nurse log 14:10. Yr 11 boy, c/o low back pain. Has gone back to the toilet three times "
         "since lunch, and says the insides of both thighs and his bum feel 'fizzy and dead'.",
         "emergency"),
        ("This mornin the wife says me face has gone all slippy on the left side and I'm "
         "dribblin me tea.", "emergency"),
        ("Yesterday somebody kick my shin very hard. Now the front of the leg is very tight and "
         "shining, the pain is too too much, more than the kick.", "emergency"),
        ("Sudden crushing chest pain while gardening.", "emergency"),
        ("MEDICAL HISTORY FORM - Chest pain or angina? No. Fainting or loss of consciousness? "
         "Never. Stroke? No. Other: tight traps and jaw clenching from desk work.", "self-care"),
        ("GYM INDUCTION FORM. Q3 Do you ever get chest pain, dizziness or lose consciousness "
         "during exercise? No. Q6 Current injuries: tight hip flexors.", "self-care"),
        ("Brata blong mi i gat heart attack las wik, hem i stap long hospital naoia. Mi, sol "
         "blong mi i soa from mi karem hem go long trak.", "self-care"),
        ("One of the GKs collapsed with a head injury at the tournament and the ambulance took "
         "her. I'm grand, just calves and feet sore from running the line.", "self-care"),
        ("left pec sore after heavy bench yesterday, hurts when I press on it. no chest "
         "tightness, not breathless, no sweating.", "self-care"),
        ("If my calf ever swells up after a long flight, what should I look out for? Just want "
         "calf stretches on the plane.", "self-care"),
        ("Woke up with a dead arm after sleeping on it funny, pins and needles for a couple of "
         "minutes then it went. Duw, thought I was having a stroke for a sec! Shoulder stretch?",
         "self-care"),
        ("Ma back's that bad I've had tae knock back a job this week, cannae lift the stanes, an "
         "I'm no sleepin fur it. Nae numbness or owt.", "therapist"),
        ("My lower back tightness means I can't spot the gymnasts safely, so I've had to hand my "
         "sessions over. No leg symptoms.", "therapist"),
        ("Pen long sol i go moa long han liklik liklik, shoulder pain going slowly down the arm "
         "over one month. No numbness.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
