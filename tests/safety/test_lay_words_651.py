"""Words, rules and context added after held-out sets 651 to 656 (Harlow, Chelmsford and
Basildon; Kettering, Corby and Wellingborough; Worthing, Bognor Regis and Chichester; Crawley,
Horsham and Redhill; Berwick, Alnwick and Morpeth; Oban, Fort William and Mallaig; English from
Quechua, Aymara, Haitian Creole, Guadeloupean French, Javanese, Indonesian, Uyghur, Tajik,
Papiamento, Surinamese Dutch, Tatar and Chuvash speakers):

- a fall "from a first floor sill, about three metres" is a fall from a height;
- "the ones on my left simply weren't there": half the sight gone;
- "me cuppa just slid out me right hand", "the side of me mouth felt like after the dentist" and
  "went back to normal after about ten minutes" (a mini-stroke's warning);
- a husband's face that "looks a bit droopy on one side since lunch" needs 999 whoever has it;
- Indonesian and Javanese: "napas pendek, sesak", "keringat malam", "berat badan turun",
  "sirahku kejedot", "see dobel", "lemes", "tidak demam", "tidak ada perubahan";
- French mixed into English: "depuis cinq mois", "j'ai mal à la poitrine ... dans mon bras gauche";
- in later pregnancy, "31 weeks ... my bump has gone hard and painful the whole time";
- a note's length set off by commas ("Neck and upper back ache, 6 months, constant");
- "I can't do Mum's transfers" is the writer's own limit; Scots "it's no shifted a bit";
- what is no sign: "me mate says if your calf goes red and swollen it could be a clot", "spiral
  stairs", "Mr P at number 12 had a heart attack on Sunday", a grandmother's fever in La Paz,
  "one of the little ones at our nursery had meningitis", "our principal cellist had compartment
  syndrome", "one of my residents had a stroke last month" with "left me with a sore low back",
  "now 20 weeks with number two", a calf cramp "at 3am like it was being torn apart", "I thought
  I was having a heart attack - turned out it was my back".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("Fell from a first floor sill, about three metres, onto the gravel", "fall-from-height",
         True),
        ("Stiff neck after falling asleep on the train with my head at a silly angle",
         "fall-from-height", False),
        ("the candles on my left simply weren't there", "sudden-vision-loss", True),
        ("my cuppa just slid out my right hand", "one-sided-weakness", True),
        ("the side of my mouth felt like after the dentist", "face-numbness", True),
        ("31 weeks and my bump has gone hard and painful", "rigid-abdomen", True),
        ("Now 20 weeks with number two, pelvic girdle ache", "bowel-incontinence", False),
        ("I can no longer manage the spiral stairs", "pain-worsening-fast", False),
        ("My calf cramped at 3am", "night-cramp", True),
        ("it's no shifted a bit", "no-progress", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Fell from a first floor sill, about three metres, landed flat on my back on the gravel. "
         "Muscles either side of my spine are in spasm. Which muscles should I release first?",
         "emergency"),
        ("Sore upper back from carrying the verge. This morning when I was lighting the altar "
         "candles the ones on my left simply weren't there and I walked straight into a pew.",
         "emergency"),
        ("Tension up me neck from the desk. Weird thing at teatime tho, me cuppa just slid out me "
         "right hand and the side of me mouth felt like after the dentist, went back to normal "
         "after about ten minutes.", "emergency"),
        ("My hip flexor is killing me after the fun run. Also quick one, my husband's face looks "
         "a bit droopy on one side since lunch and he's talking funny, he says it's tiredness.",
         "emergency"),
        ("Sirahku kejedot the low beam when I lift box, then my neck kaku. Since then my eyes see "
         "dobel and my left leg a bit lemes and gringgingen.", "emergency"),
        ("2 weeks after caesar, back so tired from carrying baby. Since this afternoon napas "
         "pendek, sesak, and dada sakit seperti ditusuk when I tarik napas.", "emergency"),
        ("My boyok sakit 2 bulan, at night lebih parah, keringat malam and berat badan turun "
         "6 kg. Dulu I have TB paru.", "urgent"),
        ("J'ai mal à la poitrine depuis ce matin, ça serre et ça descend dans mon bras gauche.",
         "emergency"),
        ("31 weeks. Lower back pain I'd been rolling on a birth ball for. Since lunch my bump has "
         "gone hard and painful the whole time, not coming and going, and there's some dark "
         "bleeding.", "emergency"),
        ("Woke at 4am with a tearing pain through my back like something ripping.", "emergency"),
        ("Depuis cinq mois, pain in my left buttock and side of the hip, worse lying on that "
         "side. No pain down the leg, I walk fine.", "therapist"),
        ("Pharmacy consultation. Neck and upper back ache, 6 months, constant dull ache, worse "
         "at the end of the working day. No numbness, no weakness.", "therapist"),
        ("Bahu sakit 4 minggu, I do all the exercise from NHS website, tapi tidak ada perubahan "
         "sama sekali.", "therapist"),
        ("Pegal di punggung atas makin lama makin luas ke bahu kanan, 5 minggu. Tidak "
         "kesemutan, tidak lemah, tidak demam.", "therapist"),
        ("I'm a carer and my back's so sore I can't do Mum's transfers safely or sleep through "
         "the night. No other symptoms.", "therapist"),
        ("Been at my sore shoulder for a fortnight with the tennis ball, it's no shifted a bit.",
         "therapist"),
        ("Me mate says if your calf goes red and swollen it could be a clot. Mine ain't, it's "
         "just a knot from five-a-side.", "self-care"),
        ("[Oak Road group] Sad news, Mr P at number 12 had a heart attack on Sunday, chest pain "
         "down his arm. My shoulders are in knots from the hedge trimmer.", "self-care"),
        ("My grandmother in La Paz had fever and stiff neck, they took her to hospital and she "
         "is better now. Me, I am here in Chelmsford with a tight calf from walking all day.",
         "self-care"),
        ("One of the little ones at our nursery had meningitis last week. I'm fine myself - no "
         "fever, no rash, no headache - but my neck and shoulders are stiff from lifting.",
         "self-care"),
        ("Our principal cellist had compartment syndrome in his forearm after a crush injury. "
         "I'm just tight in the forearm from practising.", "self-care"),
        ("I'm a care worker; one of my residents had a stroke last month, her face dropped and "
         "she couldn't speak. Hoisting her has left me with a sore low back.", "self-care"),
        ("In my last pregnancy I had a clot scare, they scanned my leg and it was nothing. Now "
         "20 weeks with number two, just pelvic girdle ache when I turn over in bed.",
         "therapist"),
        ("My calf cramped at 3am like it was being torn apart, gone in a minute after I stood "
         "on it. Just a bit sore today.", "self-care"),
        ("I honestly thought I was having a heart attack getting out of bed this morning - "
         "turned out it was my back going into spasm. Breathing fine, no chest pain.",
         "self-care"),
        ("Betis saya kram after futsal, sakit tapi tidak bengkak, tidak merah, tidak panas, both "
         "legs feel the same.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
