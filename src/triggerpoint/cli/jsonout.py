"""JSON for the terminal: standard JSON (RFC 8259), nothing a terminal would act on. Only the
standard library, so the lean command line (cli/lean.py) prints JSON without importing Rich;
``render`` re-exports ``json_text``."""

from __future__ import annotations

import json
import math
import re
from typing import Any

__all__ = ["json_text"]


def json_text(data: Any, indent: int | None = 2) -> str:
    """Standard JSON (RFC 8259): a figure that is not a finite number is written as null, never
    as NaN or Infinity, which JSON readers reject."""
    try:
        text = json.dumps(data, indent=indent, ensure_ascii=False, allow_nan=False)
    except ValueError:
        text = json.dumps(_finite(data), indent=indent, ensure_ascii=False, allow_nan=False)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


#: Characters JSON may hold raw but a terminal or a line reader would act on (DEL, the C1
#: controls, the Unicode line separators) or UTF-8 cannot encode (lone surrogates). Outside
#: strings JSON is ASCII, so they are escaped only inside strings, where a \u escape is the same.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _finite(data: Any) -> Any:
    """``data`` with NaN and infinite floats replaced by None."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {key: _finite(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_finite(value) for value in data]
    return data
