"""The therapist report: one profile's records and progress as HTML, PDF, CSV or FHIR.

Core code: it reads the journal through its public API and judges with the analytics; it never
imports the command line. ``collect_report`` gathers everything once; each format renders it.
"""

from triggerpoint.reports.data import MAX_DAYS, Names, ReportData, collect_report
from triggerpoint.reports.write import FORMATS, ReportFormat, write_report

__all__ = ["FORMATS", "MAX_DAYS", "Names", "ReportData", "ReportFormat", "collect_report",
           "write_report"]
