"""The safety gate's data: clinical concepts with their everyday words, the rules that turn
concepts into red flags, and the triage questions asked before any self-care.

A concept is something a clinician listens for (saddle numbness, exertional chest pain, a
non-blanching rash); its ``terms`` are the words people use for it. How terms match text (word
stems, extra words in between, spelling slips) and how context (negation, past and over, someone
else, hypothetical, normal findings) is read is the matcher's job, so terms are plain positive
words. See docs/safety.md.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from triggerpoint.atlas.models import RegionId
from triggerpoint.knowledge.fields import EntityId, SourceIds
from triggerpoint.knowledge.fields import Record as _Record

__all__ = [
    "TERM_PATTERN",
    "ConceptNear",
    "RedFlagRule",
    "SafetyConcept",
    "TriageArea",
    "TriageQuestion",
]

#: The characters a term may hold (also checked on contraindication words read as concepts).
TERM_PATTERN = r"^[a-z0-9' *!&/-]{2,80}$"
Term = Annotated[str, Field(min_length=2, max_length=80, pattern=TERM_PATTERN,
                            description="Lower-case words; a word ending in * matches any word "
                            "that starts with it ('tingl*'), one ending in ! only that exact "
                            "form ('bits!' is not 'bit').")]


class ConceptNear(_Record):
    """One word from every group within ``window`` words of each other, in one sentence."""

    window: int = Field(default=6, ge=1, le=15)
    groups: list[list[Term]] = Field(min_length=2, max_length=3)


class SafetyConcept(_Record):
    """A sign, symptom, history item or circumstance the safety gate listens for."""

    id: EntityId
    name: str = Field(min_length=3, description="Plain name shown to the person.")
    kind: Literal["sign", "symptom", "history", "circumstance", "place", "diagnosis"] = Field(
        description="'history': true of the person's past (cancer, a clot), so a past mention "
        "still counts; 'place': a part of the body, also met when that region is marked; "
        "'diagnosis': a named illness, which a question only asks about.")
    terms: list[Term] = Field(default_factory=list, description="Words and phrases for it.")
    near: list[ConceptNear] = Field(default_factory=list)
    exclude: list[Term] = Field(default_factory=list,
                                description="Phrases in which a matched word does not count.")
    regions: list[RegionId] = Field(default_factory=list,
                                    description="Marked regions that imply the concept.")
    sided: bool = Field(default=False, description="Record left/right near each mention.")
    denial: bool = Field(
        default=False, description="The concept is something the writer rules out ('no injury', "
        "'the scan showed no clot'): the negation in its words also denies what follows it "
        "('no injury or fever'), where a negation inside a sign ('cannot feel') does not.")
    everyday_explains: bool = Field(
        default=True,
        description="An everyday cause told beside it (a hard session at the gym, sleeping on an "
        "arm: the 'normal' context) explains it away; false for a sign no such cause explains "
        "(a tense, rock-hard limb; cola-dark urine after exercise).")
    event: bool = Field(
        default=False,
        description="An injury or other event: how the writer felt after it ('felt fine after', "
        "'it settled') does not undo it, so the 'resolved' context leaves it counting (a past "
        "told as past, 'historical', still does not count).")
    sources: SourceIds

    @model_validator(mode="after")
    def _has_words(self) -> SafetyConcept:
        if not self.terms and not self.near and not self.regions:
            raise ValueError("a concept needs terms, near groups or regions")
        return self


class RedFlagRule(_Record):
    """When a red flag is raised: every concept of ``all`` and one of ``any`` (if given), and
    the numbers asked for. Concepts may be found anywhere in the description."""

    all: list[EntityId] = Field(default_factory=list)
    any: list[EntityId] = Field(default_factory=list)
    both_sides: list[EntityId] = Field(
        default_factory=list,
        description="Sided concepts that, taken together, must be told of the left and of the "
        "right (one leg, later the other: both legs).")
    age_at_least: int | None = Field(default=None, ge=1, le=120)
    age_under: int | None = Field(default=None, ge=1, le=120)
    unless_age_under: int | None = Field(
        default=None, ge=1, le=120,
        description="Does not hold when the age is given and below this (giant cell arteritis "
        "before 50 is very rare); holds when no age is given.")
    temperature_at_least_c: float | None = Field(default=None, ge=35, le=43)
    weight_lost_kg_at_least: float | None = Field(default=None, gt=0, le=100)
    lasting_days_at_least: int | None = Field(default=None, ge=1)
    same_sentence: bool = Field(
        default=False, description="The concepts of 'all' and 'any' must meet in one sentence.")
    unless: list[EntityId] = Field(
        default_factory=list,
        description="Concepts that stop the rule (a normal scan after the injury it is about).")

    @model_validator(mode="after")
    def _not_empty(self) -> RedFlagRule:
        numbers = (self.age_at_least, self.age_under, self.unless_age_under,
                   self.temperature_at_least_c,
                   self.weight_lost_kg_at_least, self.lasting_days_at_least)
        if not (self.all or self.any or self.both_sides or any(n is not None for n in numbers)):
            raise ValueError("a rule needs concepts or numbers")
        return self


class TriageQuestion(_Record):
    """A yes/no question asked before self-care; a 'yes' raises the red flag it names."""

    id: EntityId
    text: str = Field(min_length=10, description="The question in plain words.")
    kind: Literal["red-flag", "contraindication"]
    target: EntityId = Field(description="The red flag or contraindication a 'yes' adds.")
    sources: SourceIds


class TriageArea(_Record):
    """The questions asked, in order of danger, for one group of body areas.

    The area 'emergency' is asked of everyone first; the others when a region they list is
    marked (or named in the description).
    """

    id: EntityId
    name: str
    order: int = Field(ge=0, description="Lower is asked first; 'emergency' is 0.")
    for_everyone: bool = Field(default=False, description="Asked whatever is marked.")
    required: bool = Field(default=True,
                           description="Must be answered before a plan or a session.")
    regions: list[RegionId] = Field(default_factory=list)
    concepts: list[EntityId] = Field(
        default_factory=list, description="Places named in the text that key this area.")
    questions: list[TriageQuestion] = Field(min_length=1, max_length=8)
