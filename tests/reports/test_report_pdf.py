"""The PDF report: WeasyPrint from the same HTML, A4, several pages."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from report_samples import PROFILE
from typer.testing import CliRunner

from triggerpoint.cli.app import app


def page_count(pdf: bytes) -> int:
    """Page objects in a PDF, also inside compressed object streams."""
    text = pdf
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            text += zlib.decompress(stream)
        except zlib.error:
            continue
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", text))


def test_report_command_writes_a_pdf(report_db: str, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = CliRunner().invoke(app, ["report", "--format", "pdf", "--out", str(out),
                                      "--db", report_db, "--profile", PROFILE, "--days", "60"])
    assert result.exit_code == 0, result.stderr
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert page_count(pdf) >= 2
    assert out.stat().st_mode & 0o077 == 0
