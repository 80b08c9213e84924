"""The FHIR report: a valid R4B collection Bundle of LOINC 72514-3 pain-score Observations."""

from __future__ import annotations

import json
import re
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle
from report_samples import DAYS, PROFILE
from typer.testing import CliRunner

from triggerpoint.cli.app import app
from triggerpoint.reports import ReportData
from triggerpoint.reports.fhir import fhir_bundle


def test_report_command_writes_a_valid_bundle(report_db: str, tmp_path: Path) -> None:
    out = tmp_path / "pain.fhir.json"
    result = CliRunner().invoke(app, ["report", "--format", "fhir", "--out", str(out),
                                      "--db", report_db, "--profile", PROFILE])
    assert result.exit_code == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    bundle = Bundle.model_validate(document)
    assert bundle.type == "collection"
    resources = [e.resource for e in bundle.entry]
    patients = [r for r in resources if r.get_resource_type() == "Patient"]
    observations = [r for r in resources if r.get_resource_type() == "Observation"]
    assert len(patients) == 1 and len(observations) == 2 * DAYS * 2 + 2 * 7
    patient = document["entry"][0]
    assert patient["resource"] == {"resourceType": "Patient", "name": [{"text": PROFILE}]}
    for observation in observations:
        assert observation.status == "final"
        assert [(c.system, c.code) for c in observation.code.coding] == [
            ("http://loinc.org", "72514-3")]
        assert isinstance(observation.valueInteger, int) and 0 <= observation.valueInteger <= 10
        assert observation.subject.reference == patient["fullUrl"]
        assert observation.bodySite.text
        assert observation.category[0].coding[0].code == "survey"
    effective = [e["resource"]["effectiveDateTime"] for e in document["entry"][1:]]
    assert all(re.search(r"([+-]\d\d:\d\d|Z)$", t) for t in effective)


def test_body_site_names_the_side(data: ReportData) -> None:
    bundle = fhir_bundle(data)
    sites = {e["resource"]["bodySite"]["text"] for e in bundle["entry"][1:]}
    assert sites == {"Temple, right side", "Back of the neck, right side",
                     "Low back, both sides"}
    notes = [e["resource"].get("note") for e in bundle["entry"][1:]]
    assert {"text": "Qualities: aching. =1+1 <b>bold</b>"} in [n[0] for n in notes if n]
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(set(urls)) == len(urls) and fhir_bundle(data)["entry"] == bundle["entry"]
