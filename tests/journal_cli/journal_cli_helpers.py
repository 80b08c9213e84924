"""Helpers for the journal command tests: the CLI result, backdated times, a synthetic spike."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from triggerpoint.reports.clock import local_zone


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


def days_ago(days: float, hour: int = 9) -> str:
    """A naive local --at value, ``days`` before now (at ``hour`` o'clock)."""
    moment = datetime.now(local_zone()) - timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0,
                          tzinfo=None).isoformat(timespec="minutes")


def log_spike(run: Run) -> None:
    """Three weeks of pain around 3, then a rise to 8 that is still there two days later."""
    for back in range(24, 3, -1):
        assert run("log", "--spot", "temple:right=3", "--at", days_ago(back)).code == 0
    for back in (3, 2, 1, 0.5):
        assert run("log", "--spot", "temple:right=8", "--at", days_ago(back, 8)).code == 0
