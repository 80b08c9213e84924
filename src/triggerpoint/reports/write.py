"""Write a report in one of its formats to files only the person can read."""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal, get_args

from triggerpoint.errors import InputError
from triggerpoint.reports.data import ReportData

__all__ = ["FORMATS", "ReportFormat", "sessions_path", "write_private", "write_report"]

ReportFormat = Literal["html", "pdf", "csv", "fhir"]
FORMATS: Final[tuple[str, ...]] = get_args(ReportFormat)


def write_report(data: ReportData, fmt: str, out: Path) -> list[Path]:
    """Write the report as ``fmt`` to ``out`` (CSV adds a sessions file); the files written."""
    if fmt not in FORMATS:
        raise InputError(f"Unknown report format '{fmt}'; use one of: {', '.join(FORMATS)}.")
    if fmt == "csv":
        from triggerpoint.inputs import check_output
        from triggerpoint.reports.csv import sessions_csv, spots_csv

        sessions = check_output(sessions_path(check_output(out)))
        write_private(out, spots_csv(data).encode("utf-8-sig"))
        write_private(sessions, sessions_csv(data).encode("utf-8-sig"))
        return [out, sessions]
    write_private(out, _render(data, fmt))
    return [out]


def sessions_path(out: Path) -> Path:
    """The sessions CSV beside the spots file: 'report.csv' -> 'report-sessions.csv'."""
    return out.with_name(f"{out.stem}-sessions{out.suffix or '.csv'}")


def _render(data: ReportData, fmt: str) -> bytes:
    """The report's bytes in a single-file format."""
    if fmt == "pdf":
        from triggerpoint.reports.pdf import report_pdf

        return report_pdf(data)
    if fmt == "fhir":
        from triggerpoint.reports.fhir import fhir_json

        return fhir_json(data).encode("utf-8")
    from triggerpoint.reports.html import report_html

    return report_html(data).encode("utf-8")


def write_private(path: Path, content: bytes) -> None:
    """Write ``content`` whole, owner-only (0600), never over a folder, link, pipe or device
    (triggerpoint.inputs.write_private: the one writer of health files)."""
    from triggerpoint.inputs import write_private as write

    write(path, content)
