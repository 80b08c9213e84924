"""Every region's zone, in the order they claim the body: earlier rules win overlaps."""

from __future__ import annotations

from .body import Body, Rule
from .head import head_rules_back, head_rules_front
from .limbs import arm_rules, foot_rules, leg_rules_back, leg_rules_front
from .trunk import shoulder_rules, torso_rules_back, torso_rules_front

__all__ = ["rules_for"]


def rules_for(b: Body, view: str) -> list[Rule]:
    if view == "front":
        return [
            *head_rules_front(b),
            *shoulder_rules(b, view),
            *arm_rules(b, view),
            *torso_rules_front(b),
            *foot_rules(b, view),
            *leg_rules_front(b),
        ]
    return [
        *head_rules_back(b),
        *shoulder_rules(b, view),
        *arm_rules(b, view),
        *torso_rules_back(b),
        *foot_rules(b, view),
        *leg_rules_back(b),
    ]
