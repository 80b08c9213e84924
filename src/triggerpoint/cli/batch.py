"""Batch finding: one JSON line in, one JSON line out, a bad line never stops the others."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from triggerpoint.cli.render import json_text
from triggerpoint.inputs import read_document_bytes
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
    data = read_document_bytes(path, "The batch file")
    for number, raw in enumerate(data.splitlines(), start=1):
        if raw.strip():
            answer = consult_line(ctx, raw, number, top=top, answers=answers,
                                  conditions=conditions)
            sys.stdout.write(json_text(answer, indent=None) + "\n")
    sys.stdout.flush()
