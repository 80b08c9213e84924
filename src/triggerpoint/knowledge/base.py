"""The knowledge base object: every validated record, loaded once and passed around."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from triggerpoint.atlas import Atlas
from triggerpoint.errors import KnowledgeBaseError, UnknownMuscle, UnknownNameError
from triggerpoint.knowledge.models import (
    Complaint,
    Condition,
    Contraindication,
    DangerZone,
    Muscle,
    Prevalence,
    RedFlag,
    Source,
    Symptom,
    Technique,
    Tool,
)
from triggerpoint.knowledge.safety_models import SafetyConcept, TriageArea
from triggerpoint.names import NameIndex
from triggerpoint.yamlio import read_yaml

__all__ = ["DATA_DIR", "KINDS", "KnowledgeBase"]

DATA_DIR = Path(__file__).parent / "data"

#: Folder name -> record model; one YAML file per record, named after its id.
KINDS: dict[str, type[BaseModel]] = {
    "muscles": Muscle,
    "techniques": Technique,
    "tools": Tool,
    "conditions": Condition,
    "complaints": Complaint,
    "symptoms": Symptom,
    "red-flags": RedFlag,
    "contraindications": Contraindication,
    "danger-zones": DangerZone,
    "safety-concepts": SafetyConcept,
    "triage": TriageArea,
    "prevalence": Prevalence,
}

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """Muscles, techniques, tools, conditions and safety data, with the atlas they refer to."""

    atlas: Atlas
    muscles: Mapping[str, Muscle]
    techniques: Mapping[str, Technique] = field(default_factory=dict)
    tools: Mapping[str, Tool] = field(default_factory=dict)
    conditions: Mapping[str, Condition] = field(default_factory=dict)
    complaints: Mapping[str, Complaint] = field(default_factory=dict)
    symptoms: Mapping[str, Symptom] = field(default_factory=dict)
    red_flags: Mapping[str, RedFlag] = field(default_factory=dict)
    contraindications: Mapping[str, Contraindication] = field(default_factory=dict)
    danger_zones: Mapping[str, DangerZone] = field(default_factory=dict)
    safety_concepts: Mapping[str, SafetyConcept] = field(default_factory=dict)
    triage: Mapping[str, TriageArea] = field(default_factory=dict)
    prevalence: Mapping[str, Prevalence] = field(default_factory=dict)
    sources: Mapping[str, Source] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path | None = None, atlas: Atlas | None = None) -> KnowledgeBase:
        """Load and validate every record; the packaged data (cached) when ``data_dir`` is None."""
        if data_dir is None and atlas is None:
            return _default_kb()
        return _read_kb(data_dir or DATA_DIR, atlas or Atlas.load())

    # -- lookups ---------------------------------------------------------------------------

    @cached_property
    def _muscle_names(self) -> NameIndex:
        return NameIndex((m.id, [m.name, *m.aliases]) for m in self.muscles.values())

    @cached_property
    def _group_names(self) -> NameIndex:
        groups: dict[str, list[Muscle]] = {}
        for m in self.muscles.values():
            groups.setdefault(m.group, []).append(m)
        entries = []
        for group, members in groups.items():
            shared = set.intersection(*(_abbreviations(m.aliases) for m in members))
            entries.append((group, [group.replace("-", " "), *sorted(shared)]))
        return NameIndex(entries)

    def muscles_named(self, name: str) -> list[Muscle]:
        """The muscle an id, name or alias names, or every muscle of a group ('SCM')."""
        muscle_id = self._muscle_names.get(name)
        if muscle_id is not None:
            return [self.muscles[muscle_id]]
        group = self._group_names.get(name)
        if group is not None:
            return [m for m in self.muscles.values() if m.group == group]
        suggestions = self._muscle_names.suggest(name)
        raise UnknownMuscle(name, suggestions)

    def muscle(self, name: str) -> Muscle:
        """The one muscle for an id, name or alias; raises UnknownMuscle with suggestions."""
        found = self.muscles_named(name)
        if len(found) > 1:
            raise UnknownMuscle(name, [m.id for m in found], ambiguous=True)
        return found[0]

    def find_muscle(self, name: str) -> Muscle | None:
        """The muscle for an exact id, name or alias, or None."""
        muscle_id = self._muscle_names.get(name)
        return None if muscle_id is None else self.muscles[muscle_id]

    def lookup(self, kind: str, name: str) -> Any:
        """Any record of ``kind`` (a KINDS folder name) by id, name or alias."""
        records: Mapping[str, Any] = getattr(self, kind.replace("-", "_"))
        index = NameIndex(
            (r.id, [r.name, *getattr(r, "aliases", []), *getattr(r, "synonyms", []),
                    *getattr(r, "terms", [])])
            for r in records.values()
        )
        record_id = index.get(name)
        if record_id is None:
            error = UnknownNameError(name, index.suggest(name))
            error.args = (str(error).replace("Unknown name", f"Unknown {kind.rstrip('s')}"),)
            raise error
        return records[record_id]

    def muscles_for_condition(self, condition_id: str) -> list[Muscle]:
        """Muscles that list the condition, in knowledge-base order."""
        return [m for m in self.muscles.values() if condition_id in m.conditions]

    def muscles_for_tool(self, tool_id: str) -> list[Muscle]:
        """Muscles whose self-treatment can use the tool."""
        return [m for m in self.muscles.values() if tool_id in m.self_treatment.tools]

    def muscles_referring_to(self, region_id: str) -> list[Muscle]:
        """Muscles whose essential or spillover zone, or trigger points, include the region."""
        return [
            m
            for m in self.muscles.values()
            if region_id in m.essential_regions
            or region_id in m.spillover_regions
            or any(region_id in tp.regions for tp in m.trigger_points)
        ]


def _abbreviations(aliases: Iterable[str]) -> set[str]:
    """Upper-case abbreviations (SCM, QL) that appear in a muscle's aliases."""
    import re

    return {w for alias in aliases for w in re.findall(r"\b[A-Z]{2,5}\b", alias)}


def _read_records(folder: Path, model: type[M]) -> dict[str, M]:
    records: dict[str, M] = {}
    for path in sorted(folder.glob("*.yaml")):
        record = _validate(path, model, read_yaml(path))
        if getattr(record, "id", None) != path.stem:
            raise KnowledgeBaseError(
                f"{path}: id '{getattr(record, 'id', None)}' must match the file name "
                f"'{path.stem}'"
            )
        records[path.stem] = record
    return records


def _validate(path: Path, model: type[M], raw: Any) -> M:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(file)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise KnowledgeBaseError(f"{path}: {problems}") from None


def _read_sources(folder: Path) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for path in sorted(folder.glob("*.yaml")):
        for raw in read_yaml(path) or []:
            source = _validate(path, Source, raw)
            if source.id in sources:
                raise KnowledgeBaseError(f"{path}: source '{source.id}' is defined twice")
            sources[source.id] = source
    return sources


def _read_kb(data_dir: Path, atlas: Atlas) -> KnowledgeBase:
    if not data_dir.is_dir():
        raise KnowledgeBaseError(f"{data_dir}: no such knowledge-base folder")
    records: dict[str, Any] = {
        kind.replace("-", "_"): _read_records(data_dir / kind, model)
        for kind, model in KINDS.items()
    }
    return KnowledgeBase(atlas=atlas, sources=_read_sources(data_dir / "sources"), **records)


@cache
def _default_kb() -> KnowledgeBase:
    from triggerpoint.atlas.atlas import BROAD_TERMS_FILE, REGIONS_FILE
    from triggerpoint.knowledge.cache import cached

    # The schema's code is part of the key: a changed model must never get stale objects.
    code = [Path(__file__).parent / name
            for name in ("models.py", "safety_models.py", "fields.py")]
    files = [REGIONS_FILE, BROAD_TERMS_FILE, *code, *DATA_DIR.glob("*/*.yaml")]
    return cached("knowledge-base", files, lambda: _read_kb(DATA_DIR, Atlas.load()), modules=[
        "triggerpoint.atlas.atlas", "triggerpoint.atlas.models", "triggerpoint.names",
        "triggerpoint.knowledge.models", "triggerpoint.knowledge.safety_models",
        "triggerpoint.knowledge.fields", "triggerpoint.yamlio"])


def iter_records(kb: KnowledgeBase) -> Iterable[tuple[str, BaseModel]]:
    """Every (kind, record) pair, for checks and exports."""
    for kind in KINDS:
        for record in getattr(kb, kind.replace("-", "_")).values():
            yield kind, record
