"""The knowledge-base schema: strict pydantic models that every YAML file must satisfy.

These models *are* the schema: ``schema/knowledge.schema.json`` is generated from them.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from triggerpoint.atlas.models import RegionId
from triggerpoint.knowledge.fields import EntityId, SourceIds
from triggerpoint.knowledge.fields import Record as _Record
from triggerpoint.knowledge.safety_models import RedFlagRule

__all__ = [
    "JOINTS",
    "MOVEMENTS",
    "ActionName",
    "Actions",
    "Caution",
    "Complaint",
    "Condition",
    "Contraindication",
    "ContraindicationEffect",
    "DangerZone",
    "Dose",
    "EntityId",
    "Muscle",
    "Prevalence",
    "PrevalenceReport",
    "RedFlag",
    "SafetyLevel",
    "SelfTreatment",
    "Source",
    "Stretch",
    "Symptom",
    "Technique",
    "TechniqueParameters",
    "Tool",
    "TriggerPoint",
]

Range = Annotated[
    tuple[float, float], Field(description="Inclusive [low, high] range; low <= high.")
]
SafetyLevel = Literal["self-care", "therapist", "doctor", "urgent", "emergency"]
SizeClass = Literal["small", "medium", "large"]


def _check_range(value: tuple[float, float] | None, name: str) -> None:
    if value is not None and value[0] > value[1]:
        raise ValueError(f"{name}: low {value[0]} is above high {value[1]}")


class Source(_Record):
    """A book chapter, paper, guideline or web page that facts are taken from."""

    id: EntityId
    title: str = Field(min_length=1)
    kind: Literal["book", "article", "guideline", "web"]
    url: str | None = Field(default=None, pattern=r"^https?://")
    citation: str | None = Field(default=None, description="Authors, year, edition, chapter.")

    @model_validator(mode="after")
    def _locatable(self) -> Source:
        if not self.url and not self.citation:
            raise ValueError(f"source '{self.id}' needs a url or a citation")
        return self


class Dose(_Record):
    """How much of a technique: every field optional, ranges as [low, high]."""

    hold_s: Range | None = Field(default=None, description="Seconds to hold pressure.")
    strokes: Range | None = Field(default=None, description="Strokes per spot.")
    roll_s: Range | None = Field(default=None, description="Seconds of rolling per area.")
    repetitions: Range | None = Field(default=None, description="Rounds per session.")
    rest_s: Range | None = Field(default=None, description="Seconds of rest between rounds.")
    pressure: Range | None = Field(
        default=None, description="Target discomfort on a 0-10 scale (0 none, 10 worst)."
    )
    sessions_per_day: Range | None = None

    @model_validator(mode="after")
    def _ranges(self) -> Dose:
        for name in type(self).model_fields:
            _check_range(getattr(self, name), name)
        if self.pressure is not None and not 0 <= self.pressure[0] <= self.pressure[1] <= 10:
            raise ValueError("pressure must lie within 0-10")
        return self


class TriggerPoint(_Record):
    """Where a trigger point lies and how to find it by touch."""

    id: EntityId = Field(description="Short id unique within the muscle, e.g. 'tp1'.")
    name: str = Field(description="Short label, e.g. 'central', 'TP1 (upper fibres)'.")
    regions: list[RegionId] = Field(min_length=1, description="Regions the point lies in.")
    location: str = Field(min_length=10, description="How to find the spot by touch.")
    self_treatable: bool = Field(
        default=True,
        description="False when only a trained therapist should press this point: it lies on "
        "or beside a major vessel or nerve, or too deep to reach safely. The person never "
        "presses it, and plans leave it out. Say why in 'therapist_note'.",
    )
    therapist_note: str | None = Field(
        default=None,
        min_length=10,
        description="Why the point is left to a therapist and what the person may safely do "
        "instead; required when 'self_treatable' is false, and only then.",
    )
    sources: SourceIds

    @model_validator(mode="after")
    def _therapist_note(self) -> TriggerPoint:
        if not self.self_treatable and self.therapist_note is None:
            raise ValueError(
                f"trigger point '{self.id}' is not self-treatable: add a therapist_note that "
                "says why and what the person may safely do instead"
            )
        if self.self_treatable and self.therapist_note is not None:
            raise ValueError(
                f"trigger point '{self.id}' has a therapist_note but is self-treatable: set "
                "self_treatable: false, or drop the note"
            )
        return self

    @cached_property
    def json_form(self) -> dict[str, Any]:
        """``model_dump(mode="json")``, made once per point (every consultation sends the
        points of five muscles); use ``to_json`` for a copy that is yours to change."""
        return self.model_dump(mode="json")

    def to_json(self) -> dict[str, Any]:
        """The point as JSON: a fresh copy of ``json_form`` (its lists copied too)."""
        data = self.json_form
        return {**data, "regions": list(data["regions"]), "sources": list(data["sources"])}


class SelfTreatment(_Record):
    """How a person can work the muscle at home."""

    technique: EntityId = Field(
        description="Main technique id; for a therapist-only muscle, the hands-on technique a "
        "therapist would use (the person does not press)."
    )
    alternatives: list[EntityId] = Field(default_factory=list, description="Other technique ids.")
    tools: list[EntityId] = Field(
        description="Tool ids that fit the muscle; empty only for a therapist-only muscle."
    )
    pressure_regions: list[RegionId] = Field(
        description="Atlas regions where the fingers, ball or roller press: every region of "
        "each self-treatable trigger point, and any other region the instructions work. Empty "
        "only for a therapist-only muscle (no trigger point is self-treatable); then nothing is "
        "pressed and the instructions say what the person may safely do instead."
    )
    position: str = Field(min_length=10, description="Body position for the work.")
    instructions: str = Field(min_length=10, description="What to do, step by step.")
    dose: Dose
    sources: SourceIds


class Stretch(_Record):
    """A gentle stretch to do after releasing the muscle."""

    name: str
    instructions: str = Field(min_length=10)
    hold_s: Range
    repetitions: Range = (1, 3)
    sources: SourceIds


class Caution(_Record):
    """A safety note specific to the muscle or its area.

    A caution that names a danger zone and lists regions under ``clears`` is what lets the
    self-treatment press in those regions: its text must say how the person keeps clear of
    the dangerous part (see ``DangerZone.where``).
    """

    text: str = Field(min_length=10)
    danger_zone: EntityId | None = Field(
        default=None, description="Id of the danger zone this caution is about."
    )
    clears: list[RegionId] = Field(
        default_factory=list,
        description="Partial regions of 'danger_zone' where the self-treatment may press, "
        "because the text says how to stay clear of the dangerous part.",
    )
    sources: SourceIds

    @model_validator(mode="after")
    def _clears_a_zone(self) -> Caution:
        if self.clears and self.danger_zone is None:
            raise ValueError(
                f"caution clears {self.clears} but names no danger_zone: add the zone it keeps "
                "clear of"
            )
        return self


#: The joints and movements a muscle's actions are told in (``Actions``): the words of a
#: therapist's resisted test ("resisted wrist extension", "hip abduction").
JOINTS: tuple[str, ...] = (
    "jaw", "head", "neck", "trunk", "scapula", "shoulder", "elbow", "forearm", "wrist", "thumb",
    "fingers", "little-finger", "index-finger", "hip", "knee", "ankle", "foot", "big-toe", "toes",
    "ribs", "pelvic-floor", "face")
MOVEMENTS: tuple[str, ...] = (
    "flexion", "extension", "abduction", "adduction", "internal-rotation", "external-rotation",
    "rotation", "lateral-flexion", "elevation", "depression", "protraction", "retraction",
    "upward-rotation", "downward-rotation", "supination", "pronation", "radial-deviation",
    "ulnar-deviation", "opposition", "dorsiflexion", "plantarflexion", "inversion", "eversion",
    "lateral-deviation", "inspiration", "expiration", "stabilisation")
ActionName = Annotated[str, Field(
    pattern=rf"^({'|'.join(JOINTS)}) ({'|'.join(MOVEMENTS)})$",
    description="A joint and a movement: 'forearm supination', 'hip abduction'.")]


class Actions(_Record):
    """What a muscle moves, main action first: what a therapist tests against resistance."""

    moves: list[ActionName] = Field(min_length=1)
    sources: SourceIds


class Muscle(_Record):
    """A muscle (or a division with its own pattern) that holds trigger points."""

    id: EntityId
    name: str
    aliases: list[str] = Field(default_factory=list, description="Abbreviations and lay names.")
    group: EntityId = Field(description="Id of the whole muscle, e.g. 'trapezius'.")
    size: SizeClass
    trigger_points: list[TriggerPoint] = Field(min_length=1)
    essential_regions: list[RegionId] = Field(
        min_length=1, description="Where referred pain is nearly always felt."
    )
    spillover_regions: list[RegionId] = Field(
        default_factory=list, description="Where referred pain is felt in some people."
    )
    referral_side: Literal["same-side", "both-sides", "opposite-side"] = Field(
        default="same-side", description="Which side the pain is felt on, relative to the muscle."
    )
    referral_sources: SourceIds
    evidence: Literal["established", "limited"] = Field(
        default="established",
        description="'established': the referral pattern is described in the classic references "
        "(Travell & Simons); 'limited': it rests on case reports or a single secondary source. "
        "The finder ranks limited patterns below established ones on equal evidence.",
    )
    symptoms: list[EntityId] = Field(default_factory=list, description="Associated symptom ids.")
    conditions: list[EntityId] = Field(default_factory=list, description="Related condition ids.")
    aggravated_by: list[str] = Field(
        default_factory=list, description="Common perpetuating habits."
    )
    actions: Actions | None = Field(
        default=None, description="Its main actions, for notes that name a resisted test.")
    self_treatment: SelfTreatment
    stretch: Stretch
    cautions: list[Caution] = Field(default_factory=list)
    danger_zones: list[EntityId] = Field(default_factory=list, description="Nearby danger zones.")
    satellites: list[EntityId] = Field(
        default_factory=list, description="Muscles that often hold associated trigger points."
    )
    sources: SourceIds

    @property
    def therapist_only(self) -> bool:
        """True when no trigger point may be pressed by the person (only the stretch is safe)."""
        return not any(tp.self_treatable for tp in self.trigger_points)

    @model_validator(mode="after")
    def _zones_disjoint(self) -> Muscle:
        both = set(self.essential_regions) & set(self.spillover_regions)
        if both:
            raise ValueError(f"regions both essential and spillover: {sorted(both)}")
        return self

    @model_validator(mode="after")
    def _pressure_matches_points(self) -> Muscle:
        st = self.self_treatment
        if self.therapist_only:
            if st.pressure_regions or st.tools or st.alternatives or st.dose != Dose():
                raise ValueError(
                    "no trigger point is self-treatable, so this is a therapist-only muscle: "
                    "leave self_treatment.pressure_regions, tools, alternatives and dose empty, "
                    "and let the instructions say what the person may safely do instead"
                )
            return self
        if not st.pressure_regions or not st.tools:
            raise ValueError(
                "self_treatment needs pressure_regions and tools; only a therapist-only muscle "
                "(every trigger point self_treatable: false) has none"
            )
        if not self.trigger_points[0].self_treatable:
            raise ValueError(
                f"trigger point '{self.trigger_points[0].id}' is therapist-only but listed "
                "first: list a self-treatable point first (plans show the first point)"
            )
        for tp in self.trigger_points:
            missing = [r for r in tp.regions if r not in st.pressure_regions]
            if tp.self_treatable and missing:
                raise ValueError(
                    f"self-treatable trigger point '{tp.id}' lies in {missing}, which "
                    "self_treatment.pressure_regions leaves out: add them, or set "
                    "self_treatable: false with a therapist_note"
                )
        return self


class TechniqueParameters(Dose):
    """Dose ranges a technique is used with, as reported by its sources."""

    cycles_note: str | None = Field(default=None, description="How rounds are structured.")


class Technique(_Record):
    """A way of releasing trigger points, with who may do it and its dose."""

    id: EntityId
    name: str
    aliases: list[str] = Field(default_factory=list)
    performed_by: Literal["self", "therapist", "licensed-professional"] = Field(
        description="'self' techniques may appear in a self-care plan; the others never do."
    )
    kind: Literal["pressure", "stroking", "rolling", "stretch", "cold", "needling"]
    summary: str = Field(min_length=10, description="One plain-words sentence.")
    steps: list[str] = Field(min_length=1)
    parameters: TechniqueParameters
    tools: list[EntityId] = Field(default_factory=list, description="Tool ids it is done with.")
    cautions: list[str] = Field(default_factory=list)
    sources: SourceIds


class Tool(_Record):
    """Something used to press, roll or stroke a muscle."""

    id: EntityId
    name: str
    aliases: list[str] = Field(default_factory=list)
    description: str = Field(min_length=10)
    suits: list[SizeClass] = Field(min_length=1, description="Muscle sizes the tool fits.")
    how_to_use: str = Field(min_length=10)
    sources: SourceIds


class Condition(_Record):
    """A common pain problem; its muscles are those that list it under ``conditions``."""

    id: EntityId
    name: str
    aliases: list[str] = Field(default_factory=list)
    summary: str = Field(min_length=10, description="Plain words; never a diagnosis.")
    regions: list[RegionId] = Field(default_factory=list)
    see_a_doctor_if: list[str] = Field(default_factory=list)
    sources: SourceIds


class Complaint(_Record):
    """A complaint or condition word people type ('sciatica', 'stiff neck') and the places it
    usually means. The finder reads the word alone as these places and says so ('sciatica: read
    as ...'); it never diagnoses.
    """

    id: EntityId
    name: str = Field(description="The usual name, as people write it.")
    aliases: list[str] = Field(
        default_factory=list, description="Other words for it, variants and common misspellings."
    )
    regions: list[RegionId] = Field(
        min_length=1, description="The regions it usually means, the most typical first."
    )
    reading: Literal["each", "one-of"] = Field(
        default="each",
        description="'each': every region is marked (a pattern across them: sciatica is buttock, "
        "back of the thigh and calf); 'one-of': one place among them, the best fit counts.",
    )
    side: Literal["either", "both"] = Field(
        default="either",
        description="'both' when the complaint is felt on both sides (fibromyalgia); a side word "
        "in the text ('left sciatica') still wins.",
    )
    widespread: bool = Field(
        default=False,
        description="Pain all over the body (fibromyalgia): the reading says the places are only "
        "the commonest of many.",
    )
    generic: bool = Field(
        default=False,
        description="A word for muscle pain anywhere ('knots', 'trigger points'): read as its "
        "usual places only when nothing else in the text says where.",
    )
    condition: EntityId | None = Field(
        default=None, description="The condition id it stands for, whose muscles it points to."
    )
    sources: SourceIds


class Symptom(_Record):
    """A non-pain symptom that some trigger points produce (dizziness, tinnitus...)."""

    id: EntityId
    name: str
    synonyms: list[str] = Field(default_factory=list)
    felt_at: RegionId | None = Field(
        default=None,
        description="Where a symptom that names its place is felt ('deep in my groin'): that "
                    "region is marked wherever the symptom is read, beside other places too.")
    felt_in: str | None = Field(
        default=None,
        description="Where a symptom that implies a place without naming it is felt ('hard to "
                    "swallow': the throat; 'cannot lift my arm': the shoulder): an atlas region "
                    "or broad term, marked only when the text names no place of its own.")
    sources: list[EntityId] = Field(default_factory=list)


class RedFlag(_Record):
    """A sign that self-treatment must stop and a professional must be seen."""

    id: EntityId
    name: str
    level: SafetyLevel
    category: str = Field(description="E.g. 'cauda-equina', 'cardiac', 'dvt', 'stroke'.")
    signs: list[str] = Field(min_length=1, description="The signs in plain words.")
    when: list[RedFlagRule] = Field(
        min_length=1, description="Raised when any rule holds (concepts and numbers).")
    regions: list[RegionId] = Field(default_factory=list)
    reason: str = Field(min_length=10, description="Why it matters, in plain words.")
    advice: str = Field(min_length=10, description="What to do now.")
    sources: SourceIds


class ContraindicationEffect(_Record):
    """How a contraindication changes what may be recommended."""

    level: SafetyLevel = Field(default="self-care", description="Lowest safety level it implies.")
    max_pressure: int | None = Field(default=None, ge=0, le=10)
    forbid_techniques: list[EntityId] = Field(default_factory=list)
    forbid_tools: list[EntityId] = Field(default_factory=list)
    avoid_regions: list[RegionId] = Field(default_factory=list)
    avoid_muscles: list[EntityId] = Field(default_factory=list)
    note: str = Field(min_length=10)


class Contraindication(_Record):
    """A medical condition, medication or state that changes or stops self-treatment."""

    id: EntityId
    name: str
    kind: Literal["condition", "medication", "state"]
    terms: list[str] = Field(min_length=1, description="Words that name it in free text.")
    effect: ContraindicationEffect
    sources: SourceIds


class DangerZone(_Record):
    """A place where pressure can harm nerves, vessels or organs.

    ``regions`` are the atlas regions the zone lies in. An atlas region is often larger than
    the zone (the groin triangle is only the upper front of the inner thigh), so ``where``
    names the dangerous spot by landmarks, and ``partial_regions`` lists the regions only part
    of which is dangerous. A muscle may press in a partial region only with a caution that
    names the zone and clears the region; the other regions are never pressed.
    """

    id: EntityId
    name: str
    regions: list[RegionId] = Field(min_length=1)
    partial_regions: list[RegionId] = Field(
        default_factory=list,
        description="Regions only part of which is dangerous, so a muscle's caution may clear "
        "them; every other region of the zone is never pressed by the person.",
    )
    where: str = Field(
        min_length=20,
        description="Exactly where the danger lies, by landmarks a person can feel, so that "
        "work in a partial region can keep clear of it.",
    )
    structures: str = Field(min_length=5, description="What lies there.")
    advice: str = Field(min_length=10)
    sources: SourceIds

    @model_validator(mode="after")
    def _partial_within(self) -> DangerZone:
        outside = [r for r in self.partial_regions if r not in self.regions]
        if outside:
            raise ValueError(
                f"partial_regions {outside} are not among the zone's regions: add them to "
                "regions or drop them"
            )
        return self


class PrevalenceReport(_Record):
    """What one reference says about which muscles most often cause pain in an area."""

    says: Literal["ranked", "most-common", "common"] = Field(
        description="'ranked': the source lists the muscles most frequent first; 'most-common': "
        "it names them as the most common (or most often involved) causes, in no order; "
        "'common': it names them as common or typical causes, in no order."
    )
    muscles: list[EntityId] = Field(
        min_length=1, description="Muscle ids, in the source's order."
    )
    note: str | None = Field(
        default=None, min_length=10, description="The source's own wording, briefly, when useful."
    )
    sources: SourceIds


class Prevalence(_Record):
    """How common each muscle is as the cause of pain in one body area, from the references.

    The finder turns the reports into a prior: with little to go on ('my hip hurts') the usual
    suspects come first; a fuller description is decided by the referral patterns.
    """

    id: EntityId
    name: str = Field(description="The pain area, e.g. 'Hip pain'.")
    regions: list[RegionId] = Field(
        default_factory=list,
        description="Atlas regions where pain counts as pain in this area (empty for a list "
        "that only a complaint calls on).",
    )
    conditions: list[EntityId] = Field(
        default_factory=list,
        description="Condition ids whose naming ('tennis elbow') also calls on this list.",
    )
    complaints: list[EntityId] = Field(
        default_factory=list,
        description="Complaint ids ('frozen-shoulder') for which this list replaces the prior of "
        "the places the complaint word is read as.",
    )
    reports: list[PrevalenceReport] = Field(min_length=1)

    @model_validator(mode="after")
    def _called_on(self) -> Prevalence:
        if not (self.regions or self.conditions or self.complaints):
            raise ValueError(
                f"prevalence list '{self.id}' applies nowhere: give regions, conditions or "
                "complaints"
            )
        return self
