"""Batch finding: one JSON line in, one JSON line out, a bad line never stops the others."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from triggerpoint.errors import InvalidQuery
from triggerpoint.services import AppContext
from triggerpoint.services.consult import consult_line

__all__ = ["run_batch"]


def run_batch(
    path: Path,
    ctx: AppContext,
    top: int,
    *,
    answers: Mapping[str, bool] | None = None,
    conditions: Sequence[str] = (),
) -> None:
    """Answer every line of a JSON-lines file on stdout, in order."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidQuery(f"Cannot read batch file '{path}': {exc.strerror}.") from None
    for number, raw in enumerate(data.splitlines(), start=1):
        if raw.strip():
            answer = consult_line(ctx, raw, number, top=top, answers=answers,
                                  conditions=conditions)
            sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
    sys.stdout.flush()
