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
  ..."; "I thought I'd been hit by lightning"; a time phrase with its comma, "Years ago, in 2012,
  ..."; "all normal she says, no arteritis"; Chichewa "amayi"; "a lass with meningitis" on the
  telly; a diarist "who writes of" a stroke;
- therapist: "can't lift the crates no more"; worse "over a fortnight"; "now it goes also into".
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Fell off my scooter on the way home and I don't remember the fall at all, my head is "
         'pounding more and more.',
         "emergency"),
        ("Got a dunt tae da heid at da football an dere's clear watery stuff comin fae me "
         'nose.',
         "emergency"),
        ("Tengo kalentura since last night, my neck is stiff and the light hurts my eyes.",
         "emergency"),
        ('Sharp pain under my right ribs when I breathe in since the flight, and my heart goes '
         "very quick. I'm on the pilule.",
         "emergency"),
        ("Pain in the side of my costilla when I breathe deep, and I'm ahogada walking up the "
         'stairs.',
         "emergency"),
        ("Came off the trampoline onto my arm, the wrist has a kink in it that wasn't there "
         'before.',
         "urgent"),
        ("Since lunchtime I can't see the right side of things out of either eye. Neck crick "
         'too.',
         "emergency"),
        ("My husband pulled a chest muscle moving the sofa, he says. It's been squeezing for "
         "half an hour, he's gone grey and is sweating buckets. Which stretch?",
         "emergency"),
        ("Back's playing up after gardening. I've barely peed today and when I did I couldn't "
         'feel it come out.',
         "emergency"),
        ('Q: Any of these: numbness, fever, chest pain? A: No to all. Q: Where? A: Right '
         'shoulder after painting.',
         "self-care"),
        ('That horror film gave me the shivers but my real problem is a tight calf from '
         'running.',
         "self-care"),
        ('My uncle had the operation for cauda equina, he lost the feeling down below first. '
         "For me it's only a stiff lower back from digging.",
         "self-care"),
        ("The physio found a spot in my glute that sent a zap down my leg, I thought I'd been "
         'hit by lightning! Gone as soon as she let go.',
         "therapist"),
        ("I can't lift the crates no more, my back's too sore to bend and I've been off work a "
         'week. No numbness.',
         "therapist"),
        ('Calf strain has crept up into the back of my knee over a fortnight and is a little '
         'worse, nothing else.',
         "therapist"),
        ('Pain in my left shoulder blade and now it goes also into the upper arm, no numbness, '
         'strength fine.',
         "therapist"),
        ('Years ago, in 2012, I had surgery and a clot after it. All sorted. Now just tight '
         'calves after hill walks.',
         "self-care"),
        ("I'm 72 and had a sore temple, the GP did bloods, all normal she says, no arteritis, "
         'just tight jaw muscles.',
         "self-care"),
        ('My amayi had a kidney infection with back pain last month, treated now. Me, I just '
         'have a stiff neck from the desk.',
         "self-care"),
        ("Saw a lass with a stiff neck and a rash on the telly. My own neck's stiff from a bad "
         'pillow.',
         "self-care"),
        ("I'm transcribing diaries of a miner who writes of a stroke that took his speech. My "
         'wrists ache from typing.',
         "self-care"),
        ("My chest feels crushed, like a heavy weight on it, for the last twenty minutes.",
         "emergency"),
        ("There's a pressure in my chest, nothing else really. Can I roll it out?", "doctor"),
        ("A trombonist in the band was rushed to hospital with crushing chest pain. My own neck "
         "is tight from the music stand.", "self-care"),
        ("Patients keep telling me dad had crushing chest pain before the end. My thing is just "
         "a sore lower back from the beds.", "self-care"),
        ("Had crushing chest pain on Monday, went to A&E, the ECG, troponin and chest X-ray were "
         "all normal. Now only a sore pec when I press it.", "self-care"),
        ("My chest feels heavy with grief since the funeral, but what hurts is my upper back from "
         "carrying the boxes.", "self-care"),
        ("Sore chest wall after a tight squeeze from my brother at the wedding, worse when I press "
         "on the rib.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
