"""How much, how hard and how long: doses that start gentle and build inside sourced ranges.

Days 1-3 (longer when pain is high) are 'gentle': the low end of the muscle's hold range and
pressure, capped at 4/10. Then pressure and holds build linearly toward the middle of the
range, and the last third of the plan is 'steady'. Contraindications cap pressure throughout.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from triggerpoint.knowledge.models import Dose

__all__ = ["GENTLE_PRESSURE_CAP", "PhaseDose", "dose_for_day", "phase_of", "pressure_words"]

GENTLE_PRESSURE_CAP = 4
MAX_SPOT_SECONDS_PER_DAY = 300  # about five minutes per spot a day at most
Phase = Literal["gentle", "building", "steady"]


@dataclass(frozen=True)
class PhaseDose:
    """The dose of one release step on one day."""

    phase: Phase
    hold_s: int
    rounds: int
    rest_s: int
    pressure: int
    strokes: int | None = None
    roll_s: int | None = None

    @property
    def seconds(self) -> int:
        """Time the step takes, rests included."""
        if self.roll_s is not None:
            return self.roll_s * self.rounds + self.rest_s * (self.rounds - 1)
        if self.strokes is not None:
            return self.strokes * 3 * self.rounds + self.rest_s * (self.rounds - 1)
        return self.hold_s * self.rounds + self.rest_s * (self.rounds - 1)


def gentle_days(days: int, pain_now: int | None) -> int:
    """How many days stay gentle: three, or five when pain is high today."""
    return min(days, 5 if pain_now is not None and pain_now >= 7 else 3)


def phase_of(day: int, days: int, pain_now: int | None) -> Phase:
    """Which phase a day of the plan is in."""
    gentle = gentle_days(days, pain_now)
    if day <= gentle:
        return "gentle"
    return "steady" if day > gentle + (days - gentle) * 2 // 3 else "building"


def _at(low_high: tuple[float, float] | None, fraction: float, default: float) -> int:
    if low_high is None:
        return round(default)
    low, high = low_high
    return round(low + (high - low) * fraction)


def dose_for_day(
    dose: Dose, day: int, days: int, pain_now: int | None, max_pressure: int
) -> PhaseDose:
    """The release dose for a day: low end first, then building toward the middle of the range."""
    phase = phase_of(day, days, pain_now)
    gentle = gentle_days(days, pain_now)
    progress = 0.0 if phase == "gentle" else min(1.0, (day - gentle) / max(1, days - gentle))
    middle = 0.5 * progress
    pressure = _at(dose.pressure, middle, 5)
    if phase == "gentle":
        pressure = min(pressure, GENTLE_PRESSURE_CAP)
    if pain_now is not None and pain_now >= 7:
        pressure = min(pressure, GENTLE_PRESSURE_CAP)
    rounds = _at(dose.repetitions, middle, 1)
    return PhaseDose(
        phase=phase,
        hold_s=_at(dose.hold_s, middle, 45),
        rounds=max(1, rounds),
        rest_s=_at(dose.rest_s, 0.0, 10),
        pressure=max(1, min(pressure, max_pressure)),
        strokes=_at(dose.strokes, middle, 10) if dose.strokes else None,
        roll_s=_at(dose.roll_s, middle, 60) if dose.roll_s else None,
    )


def pressure_words(level: int) -> str:
    """A 0-10 discomfort target in plain words."""
    if level <= 2:
        return f"very light ({level}/10): you barely notice it"
    if level <= 4:
        return f"light ({level}/10): you feel it, but it is easy to relax into"
    if level <= 6:
        return f"moderate ({level}/10): a 'good hurt' you can breathe through"
    return f"firm ({level}/10): strong but bearable; never hold your breath"
