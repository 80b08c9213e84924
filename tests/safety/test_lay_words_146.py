"""Words and rules added after held-out sets 146 to 150 (last night in the past tense, roofers,
"funny" for everything, what someone at work said, golfers in their sixties, "M62" openings;
carers writing "we", hot kitchens, a hangover, a photo or video, rugby, ellipses; the menopause,
plasterers, pain rated in words, something seen on TV, trail runners, "Is it normal that...";
older men writing briefly, teaching assistants, painkillers taken, what changed overnight,
racket sports, "Background:" and "Now:"; a new sport, forklift drivers, apologies, regional
slang, after a race, numbered questions):

- a numb patch that "has got bigger" is spreading, and with a knee that gives way in the same
  sentence, urgent; "can't do a calf raise on that leg anymore" is progressive weakness;
- a young man "really drowsy and hard to wake, burning hot" with a blotchy rash, as his flatmate
  "messaged that ..." (what a messenger passed on is about the person it is told of); tiny red
  dots beside a stiff neck, a headache or a fever; shivering with a stiff neck and a headache;
- lookalikes: "my mum (78) ... I'm 45" (the writer's own age first); "if I ever ..., would that
  be serious?"; "my flatmate got taken to hospital with a bleed on the brain after a sudden awful
  headache" (what it came after is still theirs); tiny red dots after foam rolling; red blotches
  after rolling; "squash last night"; a neck that crackles "like gravel"; a bruise "like a purple
  handprint"; the headaches of a whiplash that "went in the first few weeks".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the numb patch on my shin has got bigger", "spreading", True),
        ("I can't do a calf raise on that leg anymore", "progressive-weakness", True),
        ("burning hot and shivery", "fever", True),
        ("a burning hot pain along my inner thigh", "fever", False),
        ("tiny dark red dots on her shins", "pinprick-spots", True),
        ("my legs are covered in red blotches after rolling", "calf-warm-red", False),
        ("squash last night, tweaked my back on a lunge", "trauma-mechanism", False),
        ("a crunching, crackling noise in my neck like gravel", "crack-heard", False),
        ("a bruise on my thigh that looks like a purple handprint", "calf-warm-red", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Lower back and leg pain. The numb patch on my shin has got bigger since last week and "
         "now my knee gives way going downstairs", "urgent"),
        ("Numbness in my foot has crept up to my shin after I tweaked my back and I can't do a "
         "calf raise on that leg anymore", "urgent"),
        ("My son is 19, away at uni. His flatmate has just messaged that he's really drowsy and "
         "hard to wake, burning hot, with a blotchy rash", "emergency"),
        ("Neck stiff as a board, head splitting, roasting one minute and freezing the next",
         "emergency"),
        ("Her neck is stiff, her head is pounding and there are tiny dark red dots on her shins",
         "emergency"),
        ("After foam rolling my thighs they came up with tiny red dots, only where I rolled, "
         "fading now", "self-care"),
        ("My mum (78) has temple artery inflammation. I'm 45 and just get tension headaches "
         "when my traps are tight", "self-care"),
        ("If I ever burned myself at work and then got a fever and felt confused, would that be "
         "serious? Just curious", "self-care"),
        ("My flatmate got taken to hospital with a bleed on the brain after a sudden awful "
         "headache. I'm fine, just sore jaw muscles", "self-care"),
        ("Every time I turn my head there's a crunching, crackling noise in my neck like "
         "gravel. No pain really", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
