"""How the safety gate reads words: stems, gaps, spelling slips, context and numbers.

Each case names a description, a concept and whether a mention of it counts (is present, not
denied, not past and over, not someone else's, not hypothetical, not a normal finding).
"""

from __future__ import annotations

import pytest

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import read
from triggerpoint.safety.lexicon import normalise, sentences, stem


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _counts(kb: KnowledgeBase, text: str, concept: str) -> bool:
    return concept in read(kb, text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # stems, gaps and spelling slips
        ("my left leg has gone numb", "leg-neuro-symptoms"),
        ("numbness and tingling down my right leg", "leg-neuro-symptoms"),
        ("I've lost all control of my bladder", "urinary-incontinence"),
        ("I cant feel the toilet paper when I wipe", "saddle-numbness"),
        ("I can’t feel the toilet paper when I wipe", "saddle-numbness"),
        ("my face is droopy on one side", "face-droop"),
        ("my speech is slurred", "speech-disturbance"),
        ("I think I might have a blood clot in my calf", "named-blood-clot"),
        ("I think I have a DVT", "named-blood-clot"),
        # someone else reporting what they see in the person
        ("my wife said my face looks droopy", "face-droop"),
        # a weak arm that came and went this morning still counts (a TIA is a warning)
        ("this morning my arm went weak for ten minutes, then it went away",
         "one-sided-weakness"),
        # history items count although they are past
        ("I had breast cancer five years ago", "cancer-history"),
        # a negation ends where a new statement about the same person starts
        ("my son is hot, won't eat and has a rash on his legs", "rash"),
        ("no appetite, has a rash on his chest", "rash"),
        # a parent's report of a child named by age
        ("our 18 month old is hot and floppy", "confusion-drowsiness"),
        ("4 yr old has a fever and she refuses to walk", "cannot-bear-weight"),
        # a sense that has gone is a sign, not something over
        ("the feeling in my bum has gone", "saddle-numbness"),
        ("my smile has gone lopsided", "face-droop"),
        # dialect spellings are read as the standard words
        ("I cannae get ma words oot right", "speech-disturbance"),
        ("I keep tippin' ower tae the right", "sudden-dizziness-imbalance"),
        # a known aneurysm is history: told of years ago, it still counts
        ("at my screening years back they found a bulge on my main artery", "aneurysm-known"),
        ("my waterworks have gone funny since my back went", "bladder-change"),
        ("I have hardly passed water all day", "passing-little-urine"),
        ("my ankle keeps going over on uneven ground", "joint-instability"),
        # a blocked bowel: the sign holds its own negation ("not passed wind")
        ("Dad (80) hasn't had a poo or passed wind since Sunday", "no-wind"),
        ("my tummy is swollen up like a balloon", "swollen-abdomen"),
        ("I've been sick twice this morning", "vomiting"),
        # muscle breakdown and a limb tight as a drum
        ("my pee has gone the colour of coke", "dark-cola-urine"),
        ("my hamstring is swollen and tight like a drum", "tense-swollen-limb"),
        ("a temperature during my second cycle of chemo", "on-chemotherapy"),
        # a hand clutching the head is head pain
        ("My wife (60) suddenly clutched her head and sat down", "headache"),
        # weeks on and still swollen; pain creeping into new places
        ("twisted it five weeks ago and it's still puffy and stiff", "no-progress"),
        ("the ache has crept up into my neck", "spreading"),
        ("it started as a sore heel and now my whole arch aches", "spreading"),
    ],
)
def test_mention_counts(kb: KnowledgeBase, text: str, concept: str) -> None:
    found = read(kb, text)
    assert concept in found.present, [m.to_json() for m in found.mentions]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # negation, also over short lists
        ("no numbness in my legs", "leg-neuro-symptoms"),
        ("No numbness, tingling or weakness in my legs", "leg-neuro-symptoms"),
        ("I don't have any chest pain", "chest-pain"),
        ("lights don't bother me", "photophobia"),
        # past and over
        ("I had a DVT years ago, treated", "named-blood-clot"),
        ("Back in 2019 I had a DVT in my right leg", "named-blood-clot"),
        ("I had meningitis as a teenager", "named-meningitis-sepsis"),
        # someone else
        ("my mum had a stroke", "named-stroke"),
        ("My neighbour was diagnosed with cauda equina syndrome", "named-cauda-equina"),
        # (a message only about him, "my dad's legs went numb", is a proxy report: it counts)
        ("My back aches, and my dad's legs went numb", "leg-neuro-symptoms"),
        # hypothetical
        ("What if the knot in my calf is actually a blood clot?", "named-blood-clot"),
        ("what should I do if my leg goes numb?", "leg-neuro-symptoms"),
        ("Is it possible a tension headache is really a brain bleed?", "named-brain-bleed"),
        # normal findings
        ("my temperature is normal", "fever"),
        ("temperature 36.8 this morning", "fever"),
        ("the CT of my neck was fine", "unusual-neck-pain"),
        ("Haven't lost weight, no temperature, sleeping fine", "fever"),
        # a symptom that has gone, a plan for later, signs asked about, a cast that is off
        ("the headache's gone, neck still stiff", "headache"),
        ("headache has gone and my traps are tight", "headache"),
        ("long-haul flight next month, any calf stretches?", "immobility"),
        ("which DVT signs should I look out for on the plane?", "named-blood-clot"),
        ("broke my wrist in March, cast came off in May", "named-fracture"),
        ("fractured my ankle in March, fracture clinic discharged me", "named-fracture"),
        # a cause that is not the sign
        ("my jaw aches from grinding my teeth", "left-arm-or-jaw-pain"),
        ("I doubled over laughing", "double-vision"),
        ("I had my appendix out at 17", "migrating-abdominal-pain"),
        ("pregnancy test positive last week, pain low down", "testicular-pain"),
        ("my son had a hot shower after rugby", "fever"),
        # "of mine" does not end another person's scope
        ("a friend of mine ended up with cauda equina", "named-cauda-equina"),
        # a month named after "back in" is the past
        ("had a kidney infection back in March", "named-kidney-problem"),
        # a screening invitation or a clear screening scan is not an aneurysm
        ("my AAA screening last year was clear", "aneurysm-known"),
        ("got my AAA screening letter today", "named-aortic"),
        # "wee" before a thing is "small", not urine
        ("a wee bit of pain when I pass the loo roll", "urinary-infection-signs"),
        # a leg give-way is not a joint given way; a wobble board is training
        ("balance work on the wobble board for my ankle", "joint-instability"),
        # in a report about one person, a third person's illness is still someone else's
        ("My son's friend has meningitis. My son (12) has sore shins from football.",
         "named-meningitis-sepsis"),
        ("Mum (80) is fine, but a classmate of my niece caught sepsis", "named-meningitis-sepsis"),
        ("my daughter's classmate was in hospital with sepsis", "named-meningitis-sepsis"),
        # chemotherapy long ago is not chemotherapy now; a story about a bleed is not one
        ("finished chemo years ago, no fever", "on-chemotherapy"),
        ("read a story about brain bleeds", "named-brain-bleed"),
        # darker pee from drinking too little is not cola-coloured urine
        ("my pee is a bit dark after the long run", "dark-cola-urine"),
    ],
)
def test_mention_does_not_count(kb: KnowledgeBase, text: str, concept: str) -> None:
    found = read(kb, text)
    assert concept not in found.present, [m.to_json() for m in found.mentions]


def test_uncertainty_still_counts(kb: KnowledgeBase) -> None:
    found = read(kb, "maybe a bit of numbness down there when I wipe, not sure")
    assert "saddle-numbness" in found.present


def test_sides_are_read_for_sided_concepts(kb: KnowledgeBase) -> None:
    found = read(kb, "My left leg went numb on Monday. Now the other leg is tingling too.")
    assert found.on_both_sides("leg-neuro-symptoms")
    one = read(kb, "My left leg went numb on Monday and it is still tingling.")
    assert not one.on_both_sides("leg-neuro-symptoms")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("I'm 67 and it started last week", "age", 67),
        ("62 year old, desk job", "age", 62),
        ("58yo runner", "age", 58),
        ("aged 71", "age", 71),
        ("I'm in my sixties", "age", 60),
        ("my temp was 38.6 last night", "temperature_c", 38.6),
        ("temperature of 101F", "temperature_c", 38.3),
        ("39 degrees", "temperature_c", 39.0),
        ("lost half a stone without trying", "weight_lost_kg", 3.2),
        ("I've lost 6 kg in two months", "weight_lost_kg", 6.0),
        ("lost 10 lbs", "weight_lost_kg", 4.5),
        ("aching for 4 months", "lasting_days", 120),
        ("for the past six weeks", "lasting_days", 42),
        ("it has lingered ten months", "lasting_days", 300),
        # a thermometer reading in brackets, with no temperature word
        ("our 3yo is hot (38.9) and floppy", "temperature_c", 38.9),
        ("feverish, 39.2, shivering", "temperature_c", 39.2),
        # the age of the person a proxy report is about
        ("Nan is 81 and went grey and clammy", "age", 81),
        ("Writing for my husband (52), his back went", "age", 52),
        ("Dad's 72, ex-smoker, his back went", "age", 72),
        # "> 6 months" and "6+ weeks" are "more than"
        ("heel pain >6 months", "lasting_days", 180),
        ("calf niggle 8+ weeks", "lasting_days", 56),
        # from the month it began to the month the writer says it is now
        ("tight traps since about Easter, it's now October", "lasting_days", 180),
        ("hip ache ever since I started there in March. It's June now.", "lasting_days", 90),
    ],
)
def test_numbers(kb: KnowledgeBase, text: str, field: str, value: float) -> None:
    got = getattr(read(kb, text).numbers, field)
    assert got == pytest.approx(value, abs=0.1), read(kb, text).numbers


def test_numbers_not_read_as_age_or_temperature(kb: KnowledgeBase) -> None:
    numbers = read(kb, "I did 40 push ups and ran 10 km, I'm 5 minutes late").numbers
    assert numbers.age is None and numbers.temperature_c is None


def test_decimals_with_a_unit_are_not_temperatures(kb: KnowledgeBase) -> None:
    for text in ("ran 5k in 38.5 minutes", "I'm 38.5 weeks pregnant", "lifted 40.5 kg today",
                 "pain at 3.5 out of 10"):
        assert read(kb, text).numbers.temperature_c is None, text


def test_normalise_spells_out_contractions() -> None:
    assert normalise("I can't, I didn't, I'm") == "i cannot, i did not, i am"
    assert normalise("cant wont dont") == "cannot will not do not"


def test_normalise_reads_dialect_spellings() -> None:
    assert normalise("Ma da cannae staun, his heid's sair") == "my dad cannot stand, his head sore"
    assert normalise("feelin' rough aw week") == "feeling rough all week"
    assert normalise("me back's gone") == "my back has gone"
    assert normalise("ring me back") == "ring me back"  # 'me' stays the object of a verb
    assert normalise("a wee bit sore, need a wee") == "a small bit sore, need a wee"


def test_stems_join_word_forms() -> None:
    assert stem("droopy") == stem("drooping") == stem("droop")
    assert stem("numbness") == stem("numb")
    assert stem("number") != stem("numb")


def test_sentences_do_not_split_decimals() -> None:
    assert len(sentences("Temp 38.5 today. Back hurts.")) == 2


def test_a_month_alone_is_not_a_duration(kb: KnowledgeBase) -> None:
    for text in ("sore knee since March", "it is October now and my knee hurts",
                 "I may have strained it since, now it aches"):
        assert read(kb, text).numbers.lasting_days is None, text


def test_the_person_a_proxy_report_is_about_still_counts(kb: KnowledgeBase) -> None:
    found = read(kb, "My dad (81) is confused and his friend says he has a fever")
    assert "confusion-drowsiness" in found.present


def test_a_relatives_age_is_not_the_writers(kb: KnowledgeBase) -> None:
    assert read(kb, "my dad is 70 and had a stroke, I have back pain").numbers.age is None
