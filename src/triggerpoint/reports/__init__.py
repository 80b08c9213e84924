"""The therapist report: one profile's records and progress as HTML, PDF, CSV or FHIR.

It reads the journal through its public API and judges with the analytics; it never imports a
front end. ``collect_report`` gathers everything once; each format renders it. Names are
imported on first use, so ``triggerpoint.reports.clock`` costs no database import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from triggerpoint.lazy import lazy_names

if TYPE_CHECKING:
    from triggerpoint.reports.data import MAX_DAYS, Names, ReportData, collect_report
    from triggerpoint.reports.write import FORMATS, ReportFormat, write_report

__all__ = ["FORMATS", "MAX_DAYS", "Names", "ReportData", "ReportFormat", "collect_report",
           "write_report"]

_HOMES = {"MAX_DAYS": "data", "Names": "data", "ReportData": "data", "collect_report": "data",
          "FORMATS": "write", "ReportFormat": "write", "write_report": "write"}


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
