"""Words and rules added after held-out sets 249 to 253 (saddlers, stonemasons, piano tuners,
conservators, farriers, weavers; arborists, wind turbine technicians, submariners, sea anglers,
rowers, acrobats; locum GPs, opticians, midwives, crossing patrols, chauffeurs, decorators;
calligraphers, cartographers, bookbinders, printers, milliners, greenkeepers; distillery
workers, sushi and pizza chefs, street food vans, ice cream vans, buskers):

- a clause that opens with a bare body part and a verb after a comma ("waiting for a client,
  chest has felt like a tight band") is the writer's own: the client's scope ends at the comma;
- passing no urine for a day with a feeling of dying, or with the worst muscle pain ever, is
  the sepsis emergency;
- the time right after a person ("had a patient today with a swollen hot calf") does not end
  their story; a plural of a one-word person rule ("one of the grandads") is someone else too,
  unless they only give an opinion ("friends say frozen shoulder"); "my apprentice" (a role a
  writer may hold) is someone else after a possessive;
- "can't sit more than 20 minutes", "for about a fortnight ... just the same", "just like the
  last three times" are the therapist's; "a tumbling session" is no fall, "ramp up the volume" no
  worsening pain.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("sitting in the cab waiting for a client, chest has gone tight", "chest-pain", True),
        ("waiting for a client, his chest had gone tight and I drove him to A&E. My neck is "
         "stiff from the drive", "chest-pain", False),
        ("saw a patient today with a hot swollen calf. My own calves are just tired",
         "calf-swelling", False),
        ("one of the grandads at the bus stop collapsed", "fainting", False),
        ("my apprentice got knocked out by a beam", "head-injury", False),
        ("I'm an apprentice and I got knocked out by a beam", "head-injury", True),
        ("my neck is stiff after a tumbling session", "trauma-mechanism", False),
        ("my neck is stiff after I took a tumble down the steps", "trauma-mechanism", True),
        ("the knot flares every time we ramp up the mileage", "pain-worsening-fast", False),
        ("the pain is ramping up by the hour", "pain-worsening-fast", True),
        ("my hip means I can't sit more than 20 minutes at the wheel", "limits-function", True),
        ("my hip is sore after I sat for 20 minutes", "limits-function", False),
        ("just like the last three times, my calf tightened on the hill", "recurrence", True),
        ("did the stretches for a fortnight and the shoulder is just the same", "no-progress",
         True),
        ("had the ache for a fortnight and it is easing", "no-progress", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Parked up waiting for a passenger, chest has felt heavy for twenty minutes and it's "
         "spreading to my jaw. Gone sweaty and faint. Pulled muscle from the cases?",
         "emergency"),
        ("Cut my hand on a chisel last week and it went red. Now I ache everywhere, worst "
         "muscle pain I have ever had, and I haven't had a wee since yesterday", "emergency"),
        ("Haven't had a wee since yesterday and I honestly feel like I'm going to die, aching "
         "all over", "emergency"),
        ("Had a patient today with a hot swollen calf and sent her to A&E. Me, just sore "
         "calves from standing, both the same, no swelling", "self-care"),
        ("One of the grandads collapsed at the school gate with chest pain, the ambulance came. "
         "My shoulder aches from holding him up, I'm fine otherwise", "self-care"),
        ("My apprentice got knocked out by a falling slab last week, the hospital checked him. "
         "I just have a sore lower back from lifting", "self-care"),
        ("Friends say frozen shoulder? It hurts at night too", "therapist"),
        ("Buttock ache means I can't sit at the bench more than 20 minutes", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
