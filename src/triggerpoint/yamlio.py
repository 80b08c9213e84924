"""Reading and writing YAML in one canonical form (fast C loader when available)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from triggerpoint.errors import KnowledgeBaseError

__all__ = ["dump_yaml", "read_yaml"]

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; a syntax error names the file and line."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: not valid YAML: {exc}") from exc


def dump_yaml(data: Any, header: str | None = None) -> str:
    """The canonical text for ``data``: field order kept, 100 columns, unicode as is."""
    text = yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )
    return (f"# {header}\n" if header else "") + text
