"""Two-week self-care plans: dated sessions of timed, dosed, safety-checked steps."""

from triggerpoint.plans.generate import make_plan, target_regions
from triggerpoint.plans.models import Plan, PlanOptions, PlanSession, PlanStep, Target
from triggerpoint.plans.targets import targets_from_result

__all__ = [
    "Plan",
    "PlanOptions",
    "PlanSession",
    "PlanStep",
    "Target",
    "make_plan",
    "target_regions",
    "targets_from_result",
]
