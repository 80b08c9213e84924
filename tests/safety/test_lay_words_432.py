"""Words, rules and context added after held-out sets 432 to 437 (Coventry, Leamington, Rugby and
Nuneaton speech; English from Telugu, Kannada, Marathi and Odia speakers; a lifeboat volunteer, a
brewery drayman, a potter, a textile machinist, a road sweeper and a hospital chaplain; prayer
requests, football group chats, comments on a clinic's page and delivery surveys; people over 80,
wheelchair users and people with fibromyalgia or hypermobility; Quebecois, Acadian and
Franco-Ontarian English), and the Mauritian Creole of set 425:

- a ball that hit the temple, "I was out a few seconds", "don't remember driving home" (head
  injury); "something ripped in my back" (tearing); "so shaky and mixed up" (confusion); pain
  "worst when I pull my toes up" with a numb foot that gets worse (compartment syndrome); a
  headache on the side of the head that is "tender to touch"; a leg that "has gone cold" with a
  sudden savage back pain (dissection); "twisted my neck" with a clumsy hand; "caught my shin on
  the car door" and a leg that "looks a bit bent";
- lookalikes: "upper traps now between the shoulder blades" is no trapping; a night cramp's
  "savage pain in my calf" is no neck pain; "temps been normal 4 days now"; "my physio mentioned
  something about numbness"; "as a wheelchair user with reduced feeling in my legs"; a patient
  "who couldn't feel the toilet paper and couldn't pee"; "his face was drooping and speech was
  slurred"; a casualty with a broken leg; "mo pa ena numbness" (Mauritian Creole: I have none);
- "now the size of my hand" (spreading); "not getting proper sleep"; "the ache is the same".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("a cricket ball hit my temple last evening", "head-knock-on-object", True),
        ("I don't remember driving home after the match", "memory-problems", True),
        ("the lads said I was out a few seconds", "fainting", True),
        ("something ripped in my back when I was rolling a barrel", "tearing-pain", True),
        ("today I am so shaky and mixed up", "confusion-drowsiness", True),
        ("the pain is worst when I pull my toes up", "pain-moving-toes-fingers", True),
        ("new headache on the side of my head, that area is tender to touch",
         "scalp-tenderness", True),
        ("caught my shin on the car door two days ago", "trauma-mechanism", True),
        ("first my upper traps, now between the shoulder blades", "trauma-mechanism", False),
        ("my left leg has gone cold", "mottled-skin", True),
        ("woke at 3am with a savage pain in my calf, toes curled", "unusual-neck-pain", False),
        ("GP said that is normal and my AAA screening was clear", "assessed-normal", True),
        ("the sore patch is now the size of my hand", "spreading", True),
        ("I am not getting proper sleep with this shoulder", "limits-function", True),
        ("three weeks of the ball and the deep ache in my buttock is the same",
         "still-painful", True),
        ("had a tummy bug with a fever last week, temps been normal 4 days now", "fever", False),
        ("my physio mentioned something about numbness down there", "saddle-numbness", False),
        ("as a wheelchair user with reduced feeling in my legs, how would I know?",
         "leg-neuro-symptoms", False),
        ("had a patient this week with cauda equina who couldn't feel the toilet paper and "
         "couldn't pee. My own back aches.", "urinary-retention", False),
        ("My uncle had a stroke last year, his face was drooping on one side and speech was "
         "slurred. My shoulder aches.", "speech-disturbance", False),
        ("we pulled out a casualty with a broken leg, bone through the skin. My back is stiff.",
         "open-fracture", False),
        ("Mo pa ena numbness between the legs, just a stiff back", "saddle-numbness", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Twisted my neck reversing the car, sharp pain down the side of my neck into my head. "
         "Now my left hand's clumsy and I sway when I walk.", "emergency"),
        ("I'm 79, had a water infection last week. Today I ache everywhere, I'm so shaky and "
         "mixed up, and I feel like I'm going to die.", "emergency"),
        ("Sudden savage back pain this afternoon between my shoulder blades, moving down, and "
         "my left leg has gone cold.", "emergency"),
        ("Ran 30k today, calf so tight, pain worst when I pull my toes up, top of my foot is "
         "numb and it's getting worse.", "emergency"),
        ("A cricket ball hit my temple yesterday, headache since, and I can't remember what I "
         "did this morning.", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
