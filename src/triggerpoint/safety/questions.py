"""The short screening questionnaire: each 'yes' points at a red flag or a contraindication."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

__all__ = ["QUESTIONS", "Question"]


@dataclass(frozen=True)
class Question:
    """A yes/no question; a 'yes' adds the red flag or contraindication it names."""

    id: str
    text: str
    kind: Literal["red-flag", "contraindication"]
    target: str


QUESTIONS: Final[tuple[Question, ...]] = (
    Question("chest-pain", "Do you have chest pain, pressure or tightness, or pain spreading "
             "to the arm, jaw or back with sweating or breathlessness?", "red-flag",
             "heart-attack-signs"),
    Question("sudden-headache", "Did a severe headache come on suddenly, like the worst "
             "headache of your life?", "red-flag", "thunderclap-headache"),
    Question("stroke-signs", "Has your face drooped, an arm gone weak, or your speech become "
             "slurred?", "red-flag", "stroke-fast-signs"),
    Question("both-legs", "Do you have numbness, tingling or weakness in both legs?",
             "red-flag", "cauda-equina-both-legs"),
    Question("saddle", "Is there numbness around your genitals, bottom or inner thighs, or does "
             "toilet paper feel different when you wipe?", "red-flag",
             "cauda-equina-saddle-numbness"),
    Question("bladder-bowel", "Have you newly had trouble passing urine, or lost control of "
             "your bladder or bowels?", "red-flag", "cauda-equina-bladder-bowel"),
    Question("injury", "Did the pain start after a fall, a car accident or another serious "
             "injury?", "red-flag", "significant-trauma"),
    Question("calf-swelling", "Is one calf or leg swollen, warm, red or tender?", "red-flag",
             "suspected-dvt"),
    Question("fever", "Do you have a fever or feel feverish and unwell?", "contraindication",
             "fever"),
    Question("weight-loss", "Have you lost weight without trying?", "red-flag",
             "unexplained-weight-loss"),
    Question("night-pain", "Is the pain constant at night, whatever position you lie in?",
             "red-flag", "night-pain-unrelenting"),
    Question("numb-weak", "Do you have constant numbness, or weakness in an arm or a leg?",
             "red-flag", "constant-numbness"),
    Question("shooting", "Is the pain sharp and shooting, like an electric shock?", "red-flag",
             "sharp-shooting-pain"),
    Question("cancer", "Have you ever had cancer?", "contraindication", "cancer"),
    Question("blood-thinners", "Do you take blood thinners (such as warfarin, apixaban, "
             "rivaroxaban) or have a bleeding disorder?", "contraindication", "anticoagulants"),
    Question("pregnant", "Are you pregnant?", "contraindication", "pregnancy"),
    Question("osteoporosis", "Do you have osteoporosis or fragile bones?", "contraindication",
             "osteoporosis"),
    Question("clot-history", "Have you ever had a blood clot in a leg or lung (DVT or PE)?",
             "contraindication", "dvt-history"),
    Question("varicose", "Do you have varicose veins where it hurts?", "contraindication",
             "varicose-veins"),
    Question("neuropathy", "Do you have diabetes with reduced feeling in your feet or hands?",
             "contraindication", "diabetes-neuropathy"),
    Question("surgery", "Have you had an operation in the last six weeks?",
             "contraindication", "recent-surgery"),
    Question("chronic", "Has this pain lasted more than three months?", "red-flag",
             "chronic-pain"),
    Question("limits-life", "Does the pain stop you working or sleeping?", "red-flag",
             "pain-limits-work-or-sleep"),
)
