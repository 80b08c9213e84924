"""`triggerpoint muscles | muscle | regions | bodymap`: browse the atlas and knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["bodymap", "muscle", "muscles", "regions"]

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (stable, see docs/json.md).")]


def muscles(
    region: Annotated[
        str | None, typer.Option("--region", help="Only muscles that refer pain to this region.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List the muscles in the knowledge base.

    Example: triggerpoint muscles --region temple
    """
    from triggerpoint.cli import render
    from triggerpoint.cli.common import app_context
    from triggerpoint.services.atlas import muscles as list_muscles

    ctx = app_context()
    found = list_muscles(ctx, region)
    if as_json:
        render.print_json([render.muscle_json(m) for m in found])
    else:
        render.muscle_table(ctx.kb, found, region)


def muscle(
    name: Annotated[str, typer.Argument(help="Muscle id, name or alias, e.g. 'SCM'.")],
    as_json: JsonOpt = False,
) -> None:
    """Show one muscle: trigger points, where it sends pain, how to release and stretch it.

    A group name such as SCM or trapezius shows every part (JSON: a list).

    Example: triggerpoint muscle "upper trapezius"
    """
    from triggerpoint.cli import render
    from triggerpoint.cli.common import app_context
    from triggerpoint.services.atlas import muscles_named

    ctx = app_context()
    found = muscles_named(ctx, name)
    if as_json:
        data = [render.muscle_json(m) for m in found]
        render.print_json(data[0] if len(data) == 1 else data)
    else:
        for item in found:
            render.muscle_view(ctx.kb, item)


def regions(as_json: JsonOpt = False) -> None:
    """List the body regions (ids, names and the words people use for them).

    Example: triggerpoint regions --json
    """
    from triggerpoint.cli import render
    from triggerpoint.cli.common import app_context
    from triggerpoint.services.atlas import regions as list_regions

    found = list_regions(app_context())
    if as_json:
        render.print_json([r.model_dump(mode="json") for r in found])
    else:
        render.region_table(found)


def bodymap(
    muscle: Annotated[
        list[str], typer.Option("--muscle", help="Muscle id, name or alias; repeat for several.")
    ],
    out: Annotated[Path, typer.Option("--out", help="Output file: .svg or .png.")],
    side: Annotated[str, typer.Option(help="Side of the muscle: left or right.")] = "right",
) -> None:
    """Draw where a muscle sends pain: essential zone dark, spillover light, trigger points as X.

    Example: triggerpoint bodymap --muscle upper-trapezius --out trap.svg
    """
    from triggerpoint.cli.common import app_context
    from triggerpoint.errors import InvalidQuery
    from triggerpoint.inputs import check_output, shown, write_private
    from triggerpoint.services.atlas import body_map

    suffix = out.suffix.lower()
    if suffix not in (".svg", ".png"):
        raise InvalidQuery(f"Output file must end in .svg or .png, not {shown(out.name)}.")
    check_output(out)
    drawn = body_map(app_context(), muscle, side, "svg" if suffix == ".svg" else "png")
    write_private(out, drawn)
    typer.echo(f"Wrote {out}")
