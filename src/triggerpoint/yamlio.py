"""Reading and writing YAML in one canonical form (fast C loader when available)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from triggerpoint.errors import InputError, KnowledgeBaseError
from triggerpoint.inputs import MAX_DEPTH, check_depth, shown

__all__ = ["dump_yaml", "load_document", "read_yaml"]

# PyYAML is imported where it is used: a consultation from the find snapshot reads no YAML,
# and the import is a twentieth of that command's start-up.


def _loader() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; a syntax error names the file and line."""
    import yaml

    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_loader())
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: not valid YAML: {exc}") from exc
    except RecursionError:
        raise KnowledgeBaseError(f"{path}: nests lists or mappings too deep.") from None


def load_document(data: bytes, what: str, depth: int = MAX_DEPTH) -> Any:
    """A YAML (or JSON) document a person gave: UTF-8, at most ``depth`` deep; InputError
    saying what is wrong otherwise (never RecursionError or a parser's traceback)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{what} is not UTF-8 text (byte {exc.start + 1}); save it as UTF-8."
        ) from None
    import yaml

    try:
        loaded = yaml.load(text, Loader=_loader())
    except RecursionError:
        raise InputError(
            f"{what} nests lists or mappings more than {depth} deep; a "
            "triggerpoint document never does."
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        if "nesting depth" in problem:
            raise InputError(
                f"{what} nests lists or mappings more than {depth} deep; a "
                "triggerpoint document never does."
            ) from None
        raise InputError(f"{what} is not valid JSON or YAML: {shown(problem)}{where}.") from None
    return check_depth(loaded, what, depth)


def dump_yaml(data: Any, header: str | None = None) -> str:
    """The canonical text for ``data``: field order kept, 100 columns, unicode as is."""
    import yaml

    text = yaml.dump(
        data,
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
        sort_keys=False,
        allow_unicode=True,
        width=100,
        indent=2,
    )
    return (f"# {header}\n" if header else "") + text
