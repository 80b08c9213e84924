"""Analytics core: pain trends, session changes, what helped, warnings and adherence.

Pure functions over the records in `triggerpoint.records`: no printing, database, web or files.
Thresholds (Farrar 2001, IMMPACT 2008) live in `thresholds`; docs/analytics.md explains every
figure.
"""

from __future__ import annotations

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
