"""Words, rules and context added after held-out sets 504 to 509 (Reading, Slough, Swindon and
Oxford speech; English from Sindhi, Balochi, Saraiki and Hindko speakers; a lifeboat volunteer, a
mortuary technician, a hedge layer, a block paver, a betting-shop cashier and an ice-rink
attendant; an appeal to a benefits office, a message to a landlord, a cycling club's route
planner, a bird-watching log; carers of a partner with MS, people with hearing loss, blind people
dictating, autistic people who write literally; English from Nauru, Kiribati, Tuvalu and
Vanuatu):

- a headache that "went from 0 out of 10 to 10 out of 10 in less than one minute", "never had a
  10 out of 10 headache before"; a knock on "an open car boot lid at head height" and then
  "very sleepy"; "took a stick to the neck" then suddenly "seeing double, my words feel slow and
  my right hand's clumsy"; a leg "like a sandbag"; "can hardly get a breath"; the vision in one
  eye "keeps going dim"; "the car that didn't start" (its negation stays in its clause); one spot
  on the bone with weeks of running (a stress fracture).
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I have never had a 10 out of 10 headache before", "worst-pain-ever", True),
        ("it went from 0 out of 10 to 10 out of 10 in less than one minute",
         "thunderclap-headache", True),
        ("my left leg feels like a sandbag", "one-sided-weakness", True),
        ("tonight I can hardly get a breath", "breathlessness", True),
        ("the vision in my right eye keeps going dim", "sudden-vision-loss", True),
        ("now my words feel slow", "speech-disturbance", True),
        ("took a stick to the neck in hockey", "trauma-mechanism", True),
        ("pushing the car that didn't start my back suddenly felt like something tore inside",
         "tearing-pain", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The headache went from 0 out of 10 to 10 out of 10 in less than one minute. I have "
         "never had a 10 out of 10 headache before.", "emergency"),
        ("I walked into an open car boot lid at head height this afternoon. Since then I feel "
         "very sleepy and keep losing track of what I am saying.", "emergency"),
        ("Took a stick to the neck in hockey, and now I'm suddenly seeing double, my words feel "
         "slow and my right hand's clumsy.", "emergency"),
        ("On the pill, my calf swelled up last week, and tonight I can hardly get a breath.",
         "emergency"),
        ("Pushing the car that didn't start my back suddenly felt like something tore inside, "
         "pain went to the stomach and I fainted.", "emergency"),
        ("Top of my foot hurts when I run, 3 weeks now, and there's one spot on the bone that "
         "kills if I press it.", "doctor"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
