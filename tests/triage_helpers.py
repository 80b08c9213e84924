"""Triage answers for tests: every safety question answered 'no' (nothing found)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety import SafetyAssessment, all_questions, screen


def all_no(kb: KnowledgeBase) -> dict[str, bool]:
    """A 'no' to every question of every area."""
    return {q.id: False for _, q in all_questions(kb)}


def cleared(kb: KnowledgeBase, *, regions: Sequence[str] = (), **more: object) -> SafetyAssessment:
    """The assessment of someone who answered every question 'no'."""
    return screen(kb, answers=all_no(kb), regions=regions, **more)  # type: ignore[arg-type]


def answers_file(kb: KnowledgeBase, folder: Path, **yes: bool) -> Path:
    """An --answers file with 'no' to everything except the answers given."""
    path = folder / "answers.yaml"
    path.write_text(yaml.safe_dump({**all_no(kb), **yes}), encoding="utf-8")
    return path


_NO_FILE: list[Path] = []


def no_answers_file() -> Path:
    """One --answers file, made once per test run, with 'no' to every question."""
    if not _NO_FILE:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="triggerpoint-answers-"))
        _NO_FILE.append(answers_file(KnowledgeBase.load(), folder))
    return _NO_FILE[0]


def with_answers(args: Sequence[str]) -> list[str]:
    """The command's arguments with '--answers' (all 'no') added where none is given."""
    args = list(args)
    if "--answers" in args or "--help" in args:
        return args
    return [*args, "--answers", str(no_answers_file())]
