"""Small word lists the description parser needs: sides, negations, fillers."""

from __future__ import annotations

from typing import Final

from triggerpoint.finder.query import MarkSide

__all__ = ["FILLERS", "NEGATIONS", "SIDE_WORDS", "STOPWORDS", "norm_token"]

_IRREGULAR = {"feet": "foot", "teeth": "tooth", "calves": "calf", "halves": "half"}


def norm_token(word: str) -> str:
    """Fold a word: possessive and apostrophes dropped, plural made singular."""
    word = word.removesuffix("'s").replace("'", "")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


#: Words that never change which region a phrase names.
STOPWORDS: Final = frozenset(
    [
        "the",
        "my",
        "a",
        "an",
        "your",
        "his",
        "her",
        "their",
        "our",
        "of",
        "this",
        "that",
        "these",
        "those",
        "its",
        "me",
    ]
)

#: Side words, already folded by ``norm_token``.
SIDE_WORDS: Final[dict[str, MarkSide]] = {
    "left": "left",
    "lt": "left",
    "right": "right",
    "rt": "right",
    "both": "both",
    "bilateral": "both",
    "bilaterally": "both",
    "either": "both",
    "each": "both",
}

NEGATIONS: Final = frozenset(
    [
        "no",
        "not",
        "without",
        "never",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "arent",
        "wasnt",
        "havent",
        "hasnt",
        "nor",
        "deny",
    ]
)

_PAIN = """
pain painful hurt hurting ache aching achy sore soreness tender tenderness throb throbbing
burn burning sharp dull deep stab stabbing shooting shoot stiff stiffness tight tightness
knot knotted cramp cramping pressure pressing discomfort uncomfortable nagging steady constant
focused focus concentrated intense mild severe bad badly worse worst terrible awful spread
spreading spread spill spills radiate radiating radiates run running
travel traveling travelling shoot
climb climbing wrap wrapping band strip line point spot area region part place zone side
muscle muscles feeling feel felt sensation ache sensitive sensitivity faint faintly heavy
"""
_GRAMMAR = """
i im ive id it is are was were be been being am has have had having do does did done get got
getting go going goe gone come came comes coming make made can could would should will may might
must shall to from into onto in on at by for with within out up down over under above below
behind beside between around along across through toward towards near next just also too and or
but so then than when while where which who what why how if because after before during since
until all any some more most much many every other another same such very really quite rather
mostly mainly keep keeps especially sometimes often usually always occasionally frequently again
now today yesterday week weeks day days night nights morning evening month months year years
time times ago lately recently since still yet already even only here there back front top
bottom inner outer inside outside upper lower middle centre center edge corner tip base half
one two three first second little bit lot lots way kind sort like as well about almost
whole entire part parts separately also another also side start started starting stop
"""
_ACTIVITY = """
sit sitting sat stand standing stood walk walking walked run lying lie lay sleep sleeping slept
turn turning look looking lift lifting raise raising reach reaching bend bending twist twisting
carry carrying hold holding grip gripping type typing use using work working drive driving
swallow swallowing chew chewing eat eating talk talking breathe breathing breath cough
coughing sneeze sneezing move moving movement put weight bear barely hardly can cant cannot
unable able hard difficult easy ease eases eased help helps position positions no none
comb combing hair brush brushing reach phone computer desk steering wheel car accident fall
fell injury since after
"""
_COMMON = """
check checking forward forwards backward backwards upward downward daily weekly hourly march
chess shine south month surface plum bruise overhead whether resting straight milder mild dips
level uneven end blind sets off turned ground floor chair bed pillow desk keyboard mouse screen
bag handle handles door stairs hill uphill downhill gym exercise workout training run match
game sport tennis golf football soccer swim swimming yoga pilates gardening cleaning cooking
driving drive drives long short hours hour minutes minute sudden suddenly gradually slowly
quickly fast slow new old better best good fine okay weird strange funny odd
"""

#: Common words that are not body places; left-over words outside this list are reported.
FILLERS: Final = frozenset(norm_token(w) for w in (_PAIN + _GRAMMAR + _ACTIVITY + _COMMON).split())
