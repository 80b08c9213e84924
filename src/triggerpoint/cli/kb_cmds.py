"""`triggerpoint kb ...`: keep the knowledge-base files valid, canonical and documented."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["check", "lint", "schema", "stats"]


def lint(
    fix: Annotated[bool, typer.Option("--fix", help="Rewrite files in canonical form.")] = False,
) -> None:
    """Report knowledge-base files that are not in canonical form.

    Example: triggerpoint kb lint --fix
    """
    from triggerpoint.knowledge.lint import lint as run_lint

    results = run_lint(fix=fix)
    for result in results:
        typer.echo(f"{'fixed' if result.fixed else 'not canonical'}: {result.path}")
    if results and not fix:
        typer.echo("Run 'triggerpoint kb lint --fix' to rewrite them.", err=True)
        raise typer.Exit(1)
    typer.echo(f"{len(results)} file(s) {'rewritten' if fix else 'to fix'}.")


def check() -> None:
    """Load every file and check that every reference points at something that exists.

    Example: triggerpoint kb check
    """
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.knowledge.integrity import all_problems

    problems = all_problems(KnowledgeBase.load())
    for problem in problems:
        typer.echo(problem)
    if problems:
        raise typer.Exit(1)
    typer.echo("Knowledge base is consistent.")


def schema(
    out: Annotated[Path | None, typer.Option(help="Write the schema to this file.")] = None,
) -> None:
    """Print (or write) the JSON Schema of the knowledge-base files.

    Example: triggerpoint kb schema --out src/triggerpoint/knowledge/schema.json
    """
    from triggerpoint.knowledge.lint import schema_text

    text = schema_text()
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")


def stats() -> None:
    """Count regions, muscles, techniques, tools, conditions and sources.

    Example: triggerpoint kb stats
    """
    from triggerpoint.knowledge import KINDS, KnowledgeBase

    kb = KnowledgeBase.load()
    typer.echo(f"regions: {len(kb.atlas)}")
    for kind in KINDS:
        typer.echo(f"{kind}: {len(getattr(kb, kind.replace('-', '_')))}")
    typer.echo(f"sources: {len(kb.sources)}")
