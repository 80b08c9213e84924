"""The pain entries as a FHIR R4B Bundle (type collection) of pain-score Observations.

One Observation per pain spot: LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating
[Score] - Reported", valueInteger 0-10, the local time with its offset, and bodySite as text
(the atlas region's plain name and the side; no SNOMED codes, see the tracking notes 4.3). The
subject is a Patient entry in the bundle that holds nothing but the profile name the person
chose. The bundle is validated by building it with the fhir.resources models.
"""

from __future__ import annotations

import uuid
from typing import Any, Final

from triggerpoint.records import PainEntry, PainSpot
from triggerpoint.reports.data import ReportData

__all__ = ["LOINC_PAIN", "body_site_text", "fhir_bundle", "fhir_json"]

LOINC_PAIN: Final = "72514-3"
LOINC_DISPLAY: Final = "Pain severity - 0-10 verbal numeric rating [Score] - Reported"
_CATEGORY: Final = "http://terminology.hl7.org/CodeSystem/observation-category"
#: Namespace of the bundle's urn:uuid ids: the same spot gets the same id in every export.
_NAMESPACE: Final = uuid.UUID("5f3c1f9e-8a61-4b7a-9d7e-1c0b7f2a6e41")


def fhir_json(data: ReportData) -> str:
    """The validated bundle as FHIR JSON text."""
    text: str = _validated(data).model_dump_json(exclude_none=True, indent=2)
    return text + "\n"


def fhir_bundle(data: ReportData) -> dict[str, Any]:
    """The validated bundle as plain JSON data."""
    bundle: dict[str, Any] = _validated(data).model_dump(mode="json", exclude_none=True)
    return bundle


def body_site_text(data: ReportData, spot: PainSpot) -> str:
    """'Temple, right side', 'Low back, both sides', 'Breastbone'."""
    name = data.names.region(spot.region)
    if spot.side in ("left", "right"):
        return f"{name}, {spot.side} side"
    return f"{name}, both sides" if spot.side == "both" else name


def _validated(data: ReportData) -> Any:
    """Build the Bundle model; a ValidationError here is a bug, never the person's input."""
    from fhir.resources.R4B.bundle import Bundle

    return Bundle.model_validate(_bundle(data))


def _bundle(data: ReportData) -> dict[str, Any]:
    """The bundle as a dict: the Patient first, then one Observation per spot."""
    patient = _urn(f"{data.profile}/patient")
    entries: list[dict[str, Any]] = [{"fullUrl": patient, "resource": {
        "resourceType": "Patient", "name": [{"text": data.profile}]}}]
    for entry in data.entries:
        for index, spot in enumerate(entry.spots):
            key = f"{data.profile}/{entry.at.isoformat()}/{index}/{spot.region}/{spot.side}"
            entries.append({"fullUrl": _urn(key),
                            "resource": _observation(data, entry, spot, patient)})
    return {"resourceType": "Bundle", "type": "collection",
            "timestamp": data.now.isoformat(timespec="seconds"), "entry": entries}


def _observation(
    data: ReportData, entry: PainEntry, spot: PainSpot, patient: str
) -> dict[str, Any]:
    """One spot's pain score as an Observation."""
    observation: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": [{"coding": [{"system": _CATEGORY, "code": "survey", "display": "Survey"}]}],
        "code": {"coding": [{"system": "http://loinc.org", "code": LOINC_PAIN,
                             "display": LOINC_DISPLAY}], "text": "Pain severity 0-10"},
        "subject": {"reference": patient},
        "performer": [{"reference": patient}],
        "effectiveDateTime": data.local(entry.at).isoformat(timespec="seconds"),
        "valueInteger": spot.intensity,
        "bodySite": {"text": body_site_text(data, spot)},
    }
    note = _note(entry)
    if note:
        observation["note"] = [{"text": note}]
    return observation


def _note(entry: PainEntry) -> str:
    """The entry's qualities and note, as the person wrote them."""
    parts = [f"Qualities: {', '.join(entry.qualities)}." if entry.qualities else "", entry.note]
    return " ".join(p for p in parts if p)


def _urn(key: str) -> str:
    """A stable urn:uuid for a resource in the bundle."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, key)}"
