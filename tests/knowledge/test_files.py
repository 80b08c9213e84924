"""The knowledge-base files themselves: canonical form, fresh schema, documented ids, coverage."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from triggerpoint.knowledge import KINDS, KnowledgeBase
from triggerpoint.knowledge.lint import SCHEMA_FILE, _files, canonical_text, schema_text
from triggerpoint.yamlio import read_yaml

ROOT = Path(__file__).resolve().parents[2]
FILES = list(_files(Path(__file__).resolve().parents[2] / "src/triggerpoint/knowledge/data"))


@pytest.mark.parametrize(("path", "model", "is_list"), FILES, ids=[p.name for p, _, _ in FILES])
def test_file_is_canonical(path: Path, model: object, is_list: bool) -> None:
    assert path.read_text(encoding="utf-8") == canonical_text(path, model, is_list), (
        f"{path} is not in canonical form: run 'triggerpoint kb lint --fix'"
    )


def test_schema_file_is_fresh() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "schema.json is stale: run "
        "'triggerpoint kb schema --out src/triggerpoint/knowledge/schema.json'"
    )


@pytest.mark.parametrize("kind", list(KINDS))
def test_yaml_files_validate_against_exported_schema(kind: str) -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    model_name = KINDS[kind].__name__
    sub = {"$ref": f"#/$defs/{model_name}", "$defs": schema["$defs"]}
    # one validator for every file of the kind: jsonschema.validate() checks the (large) schema
    # itself again on each call, which made this test take minutes
    cls = jsonschema.validators.validator_for(sub)
    cls.check_schema(sub)
    validator = cls(sub)
    for path in sorted((ROOT / "src/triggerpoint/knowledge/data" / kind).glob("*.yaml")):
        error = jsonschema.exceptions.best_match(validator.iter_errors(read_yaml(path)))
        assert error is None, f"{path.name}: {error.message} at {list(error.absolute_path)}"


def test_documented_ids_all_exist(kb: KnowledgeBase) -> None:
    doc = (ROOT / "docs/knowledge-base.md").read_text(encoding="utf-8")
    fixed = doc.split("## Fixed ids", 1)[1]
    sections = {
        "Techniques": kb.techniques,
        "Tools": kb.tools,
        "Symptoms": kb.symptoms,
        "Conditions": kb.conditions,
        "Danger zones": kb.danger_zones,
        "Contraindications": kb.contraindications,
        "Muscles": kb.muscles,
    }
    for title, records in sections.items():
        block = fixed.split(f"**{title}**", 1)[1].split("\n\n", 1)[0]
        block = re.sub(r"\([^)]*\)|\[[^\]]*\]|^- [^:]+:", "", block, flags=re.M)
        ids = set(re.findall(r"\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b|\b[a-z]{3,}\b", block))
        ids -= {"self", "therapist", "licensed", "professional", "one", "way", "short", "strokes"}
        missing = sorted(i for i in ids if i not in records)
        assert not missing, (
            f"{title} listed in docs/knowledge-base.md but not in the data: {missing}"
        )


def test_coverage_meets_the_floor(kb: KnowledgeBase) -> None:
    assert len(kb.atlas) >= 100
    assert len(kb.muscles) >= 80
    assert len(kb.techniques) >= 12 and len(kb.tools) >= 9 and len(kb.conditions) >= 15
    assert len(kb.red_flags) >= 20 and len(kb.contraindications) >= 10
