"""Words and rules added after held-out sets 360 to 365 (Welsh valleys, Scouse, Belfast and rural
Irish speech; Nigerian, Ghanaian, Kenyan and South African English; Australian, New Zealand,
Jamaican and Trinidadian English; a line cook, a hairdresser, a night nurse, a plasterer, a
call-centre agent, a ballet teacher; voice-to-text and emoji-heavy messages; English from Polish,
Brazilian, Arabic and Spanish speakers):

- a g dropped as spoken ("sittin on the loo", "liftin the baby") is read as the context rules'
  own word; an animal's body part ("my dog's foot", "mi dog foot") is the animal's, and a phrase
  that names another's body counts though the sign's own words hold it ("the dog's back legs
  have gone weak"); "a temperature and the shakes", "his arm and the sweats": one more sign of the
  same person, not a new subject; a backward rule that begins with "I" ("..., I'd been lying on
  it all night") reads back over the comma its own "I" makes;
- a bladder the writer cannot feel filling, or "on the loo I can't tell if I'm finished"; a head
  "bounced" off the tiles; "a bit confused today" (no longer set aside as a question's muddle)
  and "asking what day it is"; chest pain on breathing in with a racing heart or near-fainting;
  a hip or any joint that stops walking with a fever after an infection elsewhere; blisters
  ("little bumps with water in them") with skin that burns or hurts to touch, "burns like fire",
  spots "clustering"; a step in the spine after a fall; a foot "shorter than the other and turned
  out"; weight lost without trying with back pain and heavy, wobbly legs; a hernia that "came
  out and stayed out"; a minibus that "somersaulted"; "kept me out of rugby"; "from 4 months",
  "from Christmas ... now June";
- not a sign: a New Zealand "chilly bin", a "blow-dry", the "roof rack", headaches that "flare
  every peak season", "like an ache, not to the legs"; over: an infection treated with
  antibiotics and cleared, an injury "weeks ago" with nothing since, blisters that healed last
  month, a face droop "last Christmas"; a question's supposed case ("what should I do if ...")
  runs on over "and".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("on the toilet I honestly cannot tell if I'm finished", "urinary-retention", True),
        ("I don't feel my bladder filling up any more", "urinary-retention", True),
        ("bounced me head off the kitchen tiles", "head-injury", True),
        ("she's a bit confused today and keeps asking what day it is", "confusion-drowsiness",
         True),
        ("little bumps with water in them on my side", "blisters", True),
        ("a few raised spots clustering on my shoulder blade", "shingles-rash", True),
        ("my right foot looks shorter than the other and turned out", "leg-deformity", True),
        ("the lump came out and stayed out", "hernia-stuck", True),
        ("the bus somersaulted on the bridge", "trauma-mechanism", True),
        ("this calf has kept me out of netball for a week", "limits-function", True),
        ("my dog's foot swelled up and went hot", "hot-swelling", False),
        ("the dog's back legs have gone weak", "leg-neuro-symptoms", False),
        ("grabbed the chilly bin from the boot", "rigors", False),
        ("knots in my shoulder from the blow-dry arm", "trauma-mechanism", False),
        ("my headaches flare every peak season at work", "thunderclap-headache", False),
        ("it goes to my buttock, like an ache, not to the legs", "one-sided-numbness", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Sciatica in the left leg since Monday, then on Thursday the right joined in, and on the "
         "loo now I can't tell if I'm finished, I don't feel my bladder filling", "emergency"),
        ("Bounced me head off the shower tiles last night. Today my husband says I keep nodding "
         "off mid-sentence", "emergency"),
        ("Mammy tripped on the step yesterday and banged her head. She's 82 and a bit confused "
         "today, asking what day it is", "emergency"),
        ("Three weeks since the baby came. Sharp pain under my left breast when I breathe in and "
         "my heart is racing, I nearly fainted on the stairs", "emergency"),
        ("Knee came up sore out of nowhere two days ago, can hardly walk on it, and I've a "
         "temperature after a chest infection last week", "urgent"),
        ("Burning like fire along one side of my waist and now little bumps with water in them "
         "in one patch", "urgent"),
        ("Skin over my shoulder blade hurts when my top touches it and now raised spots are "
         "clustering there", "urgent"),
        ("Fell off a ladder onto my back, walked it off, but there's a step in the bones of my "
         "spine I can feel", "emergency"),
        ("Slipped on the wet floor, my hip hurts and my foot looks shorter than the other and "
         "turned out", "emergency"),
        ("Lost 5 kilos without trying since summer, back pain round my ribs and my legs feel "
         "heavy and wobbly on the stairs", "emergency"),
        ("My groin lump used to pop back in when I lay down, now it came out and stayed out and "
         "I've been sick", "emergency"),
        ("Our minibus somersaulted yesterday on the expressway and today my back is very sore "
         "in the middle", "emergency"),
        ("Liftin the twins all day, can't grip the kettle, it's stoppin me doin anything",
         "therapist"),
        ("This hamstring has kept me out of rugby for two weeks", "therapist"),
        ("Hip pain from 4 months when I climb stairs, no numbness, no fever", "therapist"),
        ("My dog's foot swelled up hot last week and the vet gave tablets. My own back is just "
         "stiff from walking him", "self-care"),
        ("My dog's back legs have gone weak, the vet thinks a disc. Lifting her into the car has "
         "done my lower back in", "self-care"),
        ("My leg went dead sittin on the loo for half an hour, it was fine again a minute later",
         "self-care"),
        ("Woke with my arm numb and floppy, I'd been lying on it all night, and a few minutes "
         "later it was completely normal", "self-care"),
        ("My uncle had a heart attack, pain down his left arm and the sweats. My left forearm "
         "aches after climbing", "self-care"),
        ("Had a high temperature and the shakes with a kidney infection, got antibiotics and it "
         "cleared, the urine test after was clear. Now just a stiff low back", "self-care"),
        ("Bumped my head at hockey 3 weeks ago, all good, no headaches since. Stiff neck from "
         "sleeping on the sofa", "self-care"),
        ("Last Christmas my face drooped on one side, they said Bell's palsy, all gone now. "
         "Knot in my trap from carrying the baby", "self-care"),
        ("Shoulder sore after kayaking, tight reaching for the chilly bin off the roof rack",
         "self-care"),
        ("My neck and tension headaches flare every peak season at the call centre",
         "therapist"),
        ("What should I do if my calf ever went pale and cold after a knock and the pain was far "
         "worse than it should be? Right now it's just sore quads", "self-care"),
        ("My calf went pale and cold after a knock and the pain is far worse than it should be",
         "emergency"),
        ("Blisters on one side of my ribs healed last month but it still burns in that strip and "
         "clothes touching it hurt", "doctor"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
