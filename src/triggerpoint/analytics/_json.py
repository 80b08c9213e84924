"""Plain JSON for result types, so reports and APIs show the same figures the core computed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from typing import Any

__all__ = ["JsonResult", "jsonable"]

#: Figures are reported to three decimals: finer digits are noise on a 0-10 scale.
DECIMALS = 3


class JsonResult:
    """Mixin for frozen result dataclasses: `to_json()` gives a dict of plain JSON values."""

    __slots__ = ()

    def to_json(self) -> dict[str, Any]:
        """The result as plain JSON (dates as ISO text, floats rounded), for reports."""
        if not is_dataclass(self):
            raise TypeError(f"{type(self).__name__} must be a dataclass")
        return {f.name: jsonable(getattr(self, f.name)) for f in fields(self)}


def jsonable(value: object) -> Any:
    """A value turned into what `json.dumps` accepts, keeping its meaning."""
    if isinstance(value, JsonResult):
        return value.to_json()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, DECIMALS)
    if isinstance(value, tuple | list):
        return [jsonable(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    return value
