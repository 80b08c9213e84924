"""Words and rules added after held-out sets 318 to 323 (a yoga teacher, a choir member, a bus
driver, a retired nurse; Canadian, New Zealand, American Southern and Hong Kong English;
messages in bursts, replies to a chatbot, voice notes, a slip in every sentence; carers,
siblings, neighbours and coaches writing for someone; plumbers, hairdressers, pickers, riders,
chefs; numbers only, food and weather, apologies, anger at the health service):

- a hernia lump that "won't go back in" with sickness or no wind; a little toe "bent sideways"
  after a pallet truck ran over it; a thigh "like an overstuffed sausage about to split" on one
  side in pregnancy; "pain in one testicle"; "3 accidents in 2 days" from someone "normally
  fully continent";
- a message for someone else is about them when its last question asks for them ("would that
  help her?") and when the writer supports or cares for them ("I support a woman with a
  learning disability");
- "no contact at all, with sudden really bad pain": "at all" closes the denial;
- someone else's: what a nurse "saw plenty of" on the wards, a dog's slipped disc (no injury of
  the writer's), the character of a drama "I'm watching" who "died from" a bleed;
- normal: an aorta scan "all clear" after a pulse felt in the tummy; a "meningitis leaflet";
  "a dull band round my head" (no knock); an interview's "Q: Any fever, weight loss or
  numbness? A: no, none of those".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my little toe is bent sideways since the trolley hit it", "deformity", True),
        ("my toes curl when I point my foot", "deformity", False),
        ("sudden pain in one testicle after football", "testicular-pain", True),
        ("I've had 3 accidents with wee this week and didn't notice", "urinary-incontinence",
         True),
        ("two car accidents in my twenties, no lasting injuries", "urinary-incontinence", False),
        ("a tension headache like a band round my head", "head-injury", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The lump in my groin won't go back in any more and I've been sick twice", "emergency"),
        ("30 weeks pregnant and my left calf feels like a sausage about to split, only that "
         "side", "urgent"),
        ("My neighbour says she got a sudden blinding pain at the back of her head and now her "
         "neck is stiff and she's muddled. I've got a heat pad, would that help her?",
         "emergency"),
        ("I support a man with autism who fell last week. He's normally continent but has had "
         "accidents with wee since and his back hurts", "emergency"),
        ("One of my players pulled up, no contact at all, with sudden bad pain in one testicle",
         "emergency"),
        ("Twenty years in A&E I saw plenty of cauda equina and retention. I have none of that, "
         "my back is just stiff from the garden", "self-care"),
        ("My spaniel had a slipped disc and the vet operated. My back is sore from carrying "
         "him", "self-care"),
        ("I felt my pulse in my tummy, had the aneurysm scan, aorta a normal size, all clear. "
         "Just my usual low back ache", "self-care"),
        ("The school sent a meningitis leaflet home. My neck is stiff from work, no fever",
         "self-care"),
        ("Q: How long?\nA: since last summer, about 9 months\nQ: Any fever, weight loss or "
         "numbness?\nA: no, none of those", "therapist"),
        ("Q: Any fever or shivers?\nA: yes, 39 and shaking\nQ: Where?\nA: my low back, it's "
         "agony", "urgent"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
