"""The therapist report as PDF: WeasyPrint lays out the same HTML page, so both always agree."""

from __future__ import annotations

import warnings
from typing import cast

from triggerpoint.reports.data import ReportData
from triggerpoint.reports.html import report_html

__all__ = ["html_to_pdf", "report_pdf"]


def report_pdf(data: ReportData) -> bytes:
    """The report as PDF bytes (A4)."""
    return html_to_pdf(report_html(data))


def html_to_pdf(html: str) -> bytes:
    """Lay out a self-contained page; only data: URIs load, so nothing goes over the network."""
    with warnings.catch_warnings():
        # advice to whoever installs system libraries (e.g. HarfBuzz-Subset), not to the person
        warnings.simplefilter("ignore", DeprecationWarning)
        from weasyprint import HTML  # type: ignore[import-untyped, unused-ignore]
        from weasyprint.urls import URLFetcher  # type: ignore[import-untyped, unused-ignore]

    fetcher = URLFetcher(allowed_protocols={"data"})
    return cast(bytes, HTML(string=html, url_fetcher=fetcher).write_pdf())
