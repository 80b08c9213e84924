"""Words and rules added after held-out sets 769 to 773 (Barrow-in-Furness, Workington and
Maryport; Hartlepool, Middlesbrough and Stockton; English from Kurmanji, Sorani, Pashto,
Balochi, Maltese, Faroese, Icelandic, Sami, Twi, Ewe, Ga, Wolof and Fula speakers):

- signs: a pain that goes into the chest and left arm, "30 minutes now, not going away when I
  rest" (a 999: spreading, lasting and not eased by rest); "the words are not coming clear" and
  "my speech is not clear" (speech: "not clear" is no normal finding); "my eyes they see two of
  everything" (a learner's pronoun for the writer's own eyes, not someone else's); a leg "from
  the back of the knee down is big big now" (swollen) on "family planning pills" (a clot risk);
  "can barely get my breath"; a bone that hurts to tap with a fever (urgent); double vision
  that starts suddenly, on its own (urgent: a new red flag, sudden-double-vision);
- therapist: pain in a new place "little by little", "bit by bit", "now slowly" ... "too",
  "also" (spreading; not "slowly getting better");
- context: kneeling, sleeping or leaning on a limb explain its numbness, not a thunderclap
  headache or a crushing chest pain told in the same sentence (the positional rules get the
  exercise rules' `unless_in_sentence`);
- what is no sign: a rolling pin "like the physio said for tight muscles" (advice on a
  treatment, not a calf judged normal).
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My jaw ached, then it went into my chest and left arm, 20 minutes now and not going "
         "away when I rest.", "emergency"),
        ("A pop in my neck turning round, now the words are not coming clear.", "emergency"),
        ("Since lunch my eyes they see two of everything and my walking is not straight.",
         "emergency"),
        ("My left leg from the back of the knee down is big big now and warm.", "urgent"),
        ("I had a new knee a fortnight ago and the calf on that side is swollen. Can I roll it "
         "like the physio said for tight muscles?", "urgent"),
        ("Fevers every night this week and my shin hurts to tap on the bone.", "urgent"),
        ("Calf swollen for days and today I can barely get my breath on the stairs.",
         "emergency"),
        ("Since lunch I see two of everything, nothing else wrong, my shoulders are tight.",
         "urgent"),
        ("I get double vision when I'm very tired at the end of a long week, the optician says "
         "my eyes are fine.", "self-care"),
        ("After kneeling in the garden I got a sudden thunderclap headache, worst ever.",
         "emergency"),
        ("My legs went numb after kneeling in seiza, fine once I stood up.", "self-care"),
        ("My calf was tight, now little by little my hamstring is tight too.", "therapist"),
        ("My calf is slowly getting better, and the other one is also fine.", "self-care"),
        ("The MRI was not clear so they will repeat it, my lower back just aches.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I'm on the family planning pills", "hormonal-clot-risk", True),
        ("use the roller like the physio said for tight muscles", "assessed-normal", False),
        ("it does not go away when I rest", "not-eased-by-rest", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)
