"""Analytics core: pain trends, session changes, what helped, warnings and adherence.

Pure functions over the records in `triggerpoint.records`: no printing, database, web or files.
Thresholds (Farrar 2001, IMMPACT 2008) live in `thresholds`; docs/analytics.md explains every
figure.

The names below are imported from their modules on first use (PEP 562): the warnings after a
``log`` need ``analytics.warnings``, not the whole summary.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triggerpoint.analytics.summary import ProgressSummary, progress_summary
    from triggerpoint.analytics.thresholds import ChangeVerdict, judge_change
    from triggerpoint.analytics.warnings import ProgressWarning

__all__ = [
    "ChangeVerdict",
    "ProgressSummary",
    "ProgressWarning",
    "judge_change",
    "progress_summary",
]

#: Where each public name lives.
_HOMES = {
    "ProgressSummary": "summary",
    "progress_summary": "summary",
    "ChangeVerdict": "thresholds",
    "judge_change": "thresholds",
    "ProgressWarning": "warnings",
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use (then kept here)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
