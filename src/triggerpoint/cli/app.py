"""The command line's entry point: `find --json` takes the lean path (cli/lean.py), which
imports neither Typer nor Rich; everything else, and whatever the lean path leaves, runs in
the Typer application (cli/commands.py).

``app`` (with ``kb_app`` and ``profile_app``) is imported from cli/commands.py on first use, so
``from triggerpoint.cli.app import app`` keeps working.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triggerpoint.cli.commands import app, kb_app, profile_app

__all__ = ["app", "kb_app", "main", "profile_app"]


def main() -> None:
    """Console-script entry point."""
    import gc

    from triggerpoint.cli.lean import exit_now, run

    # The cycle collector stays off until the process ends when the lean path answers: turned
    # back on, its first pass over the objects of every import (about 30 ms) would come at exit.
    gc.disable()
    code = run(sys.argv[1:])
    if code is not None:
        exit_now(code)
    gc.enable()
    from triggerpoint.cli.commands import app

    app(prog_name="triggerpoint")


def __getattr__(name: str) -> Any:
    """The Typer applications, imported on first use."""
    if name in ("app", "kb_app", "profile_app"):
        from triggerpoint.cli import commands

        return getattr(commands, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":  # pragma: no cover
    main()
