"""Words, rules and context added after held-out sets 697 to 702 (Ludlow, Leominster and
Kington; Kirkwall, Lerwick and Tobermory; Cromer, Sheringham and Hunstanton; Lyme Regis, Bridport
and Sidmouth; Brecon, Builth Wells and Presteigne; Skipton, Settle and Hawes; English from
Friulian, Ladino, Kashubian, Sardinian, Corsican, Occitan, Aragonese, Asturian, Walloon, Picard,
Kikuyu, Luo and Chichewa speakers):

- not remembering the crash or the fall; Shetland "da heid"; Ladino "kalentura"; French "pilule";
  Spanish "ahogada", "costilla"; a heart that "goes very quick"; a "kink" that was not there this
  morning; not seeing the left or right side of things; a "pulled chest muscle" with a grey
  colour and a cold sweat; barely peeing and not feeling it come out; a heavy or crushing chest
  with nothing else (a doctor);
- what is no sign: an inline "Q: ...? A: No to all."; "gave me the shivers"; "for me it's only
  ..."; "I thought I'd been hit by lightning"; a time phrase with its comma, "Years ago, in 2015,
  ..."; "all normal she says, no arteritis"; Chichewa "amayi"; "a lass with meningitis" on the
  telly; a diarist "who writes of" a stroke;
- therapist: "can't do the milking no more"; worse "over a fortnight"; "now it goes also into".

Five self-care cases (someone else's crushing chest pain, normal tests, grief, a hug) guard the
new `chest-heaviness` rule against false alarms: they held before it too.
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Fell off my scooter on the way home and I don't remember the fall at all, my head is "
         "pounding more and more.",
         "emergency"),
        ("Got a dunt tae da heid at da football an dere's clear watery stuff comin fae me nose.",
         "emergency"),
        ("Tengo kalentura since last night, my neck is stiff and the light hurts my eyes.",
         "emergency"),
        ("Sharp pain under my right ribs when I breathe in since the flight, and my heart goes "
         "very quick. I'm on the pilule.",
         "emergency"),
        ("Pain in the side of my costilla when I breathe deep, and I'm ahogada walking up the "
         "stairs.",
         "emergency"),
        ("Came off the trampoline onto my arm, the wrist has a kink in it that wasn't there "
         "before.",
         "urgent"),
        ("Since lunchtime I can't see the right side of things out of either eye. Neck crick "
         "too.",
         "emergency"),
        ("My husband pulled a chest muscle moving the sofa, he says. It's been squeezing for "
         "half an hour, he's gone grey and is sweating buckets. Which stretch?",
         "emergency"),
        ("Q: What is the problem? A: Neck pain. Q: Have you had any of these: sudden severe "
         "headache, weakness, fever, rash? A: No to all. Q: Anything else? A: Stiff from "
         "painting the ceiling.",
         "self-care"),
        ("My amayi had a kidney infection with back pain last month, treated now. Me, I just "
         "have a stiff neck from the desk.",
         "self-care"),
        ("I'm transcribing diaries of a miner who writes of a stroke that took his speech. My "
         "wrists ache from typing.",
         "self-care"),
        ("My chest feels crushed, like a heavy weight on it, for the last twenty minutes.",
         "emergency"),
        ("There's a pressure in my chest, nothing else really. Can I roll it out?", "doctor"),
        ("A trombonist in the band was rushed to hospital with crushing chest pain. My own neck "
         "is tight from the music stand.",
         "self-care"),
        ("Patients keep telling me dad had crushing chest pain before the end. My thing is just "
         "a sore lower back from the beds.",
         "self-care"),
        ("Had crushing chest pain on Monday, went to A&E, the ECG, troponin and chest X-ray were"
         " all normal. Now only a sore pec when I press it.",
         "self-care"),
        ("My chest feels heavy with grief since the funeral, but what hurts is my upper back "
         "from carrying the boxes.",
         "self-care"),
        ("Sore chest wall after a tight squeeze from my brother at the wedding, worse when I "
         "press on the rib.",
         "self-care"),
        ("I've barely peed all day and when I did there was only a dribble and I couldn't feel "
         "it coming.",
         "emergency"),
        ("Scanned a man with a huge aneurysm today, gave me the shivers. My own forearm is tight"
         " from the probe.",
         "self-care"),
        ("My father in Gdansk had the cauda equina operation last year, he lost the feeling down"
         " there before it. So I worry, but for me it's only the low back tight after moving "
         "furniture.",
         "self-care"),
        ("She hit a spot in my glute that shot an electric zing down my leg, gone the second she"
         " moved off it.",
         "therapist"),
        ("I can't do the milking no more, back's too sore to bend.", "therapist"),
        ("Hamstring pull's spread up into my bum over a fortnight and is getting a touch worse, "
         "nothing else.",
         "therapist"),
        ("The pain in the low back began on one side and since three weeks it goes also into the"
         " buttock, a little more each week, no numbness.",
         "therapist"),
        ("Years ago, in 2015, I had a DVT after an operation; it was treated. Now a normal cramp"
         " in both calves after walking.",
         "self-care"),
        ("The doctor took blood for the inflammation because I'm 70 and had pain at the temple. "
         "All normal, she says no arteritis, only the jaw muscles.",
         "self-care"),
        ("Watched Casualty last night - a lass with meningitis, stiff neck, rash, the lot. My "
         "neck's stiff too from the sofa.",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
