"""Analytics core: pain trends, session changes, what helped, warnings and adherence.

Pure functions over the records in `triggerpoint.records`: no printing, database, web or files.
Thresholds (Farrar 2001, IMMPACT 2008) live in `thresholds`; docs/analytics.md explains every
figure.

The names below are imported from their modules on first use (PEP 562): the warnings after a
``log`` need ``analytics.warnings``, not the whole summary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from triggerpoint.lazy import lazy_names

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


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
