"""Canonical form of knowledge-base files, and the JSON Schema generated from the models."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from triggerpoint.atlas.atlas import REGIONS_FILE
from triggerpoint.atlas.models import Region
from triggerpoint.knowledge.base import DATA_DIR, KINDS, _validate
from triggerpoint.knowledge.models import Source
from triggerpoint.yamlio import dump_yaml, read_yaml

__all__ = ["SCHEMA_FILE", "LintResult", "canonical_text", "lint", "schema_text"]

SCHEMA_FILE = Path(__file__).parent / "schema.json"


@dataclass(frozen=True)
class LintResult:
    """A file whose text differs from its canonical form."""

    path: Path
    fixed: bool


def _files(data_dir: Path) -> Iterator[tuple[Path, Any, bool]]:
    """(path, model, is_list) for every knowledge-base and atlas file."""
    yield REGIONS_FILE, Region, True
    for kind, model in KINDS.items():
        for path in sorted((data_dir / kind).glob("*.yaml")):
            yield path, model, False
    for path in sorted((data_dir / "sources").glob("*.yaml")):
        yield path, Source, True


def canonical_text(path: Path, model: Any, is_list: bool) -> str:
    """The canonical YAML for a file: validated, defaults dropped, field order of the model."""
    raw = read_yaml(path)
    header = _header(path)
    items = raw if is_list else [raw]
    dumped = [
        _validate(path, model, item).model_dump(mode="json", exclude_defaults=True)
        for item in items
    ]
    return dump_yaml(dumped if is_list else dumped[0], header)


def _header(path: Path) -> str | None:
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    return first[2:] if first.startswith("# ") else None


def lint(fix: bool = False, data_dir: Path = DATA_DIR) -> list[LintResult]:
    """Files not in canonical form; rewritten in place when ``fix`` is true."""
    results = []
    for path, model, is_list in _files(data_dir):
        want = canonical_text(path, model, is_list)
        if path.read_text(encoding="utf-8") != want:
            if fix:
                path.write_text(want, encoding="utf-8")
            results.append(LintResult(path, fix))
    return results


def schema_text() -> str:
    """The JSON Schema of every knowledge-base record, as checked in at SCHEMA_FILE."""
    kinds: list[type[BaseModel]] = [Region, Source, *KINDS.values()]
    models: list[tuple[type[BaseModel], Literal["validation"]]] = [
        (m, "validation") for m in kinds
    ]
    _, schema = models_json_schema(models, title="triggerpoint knowledge base")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
