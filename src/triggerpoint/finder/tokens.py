"""Stage 1 of reading a description: shorthand expanded, words split, folded and typed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final, Literal

from triggerpoint.errors import InvalidQuery
from triggerpoint.finder.charts import read_chart
from triggerpoint.finder.vocabulary import NEGATIONS, SIDE_WORDS, STOPWORDS
from triggerpoint.finder.words import norm_token, words

__all__ = [
    "BOUNDARY", "SENTENCE_END", "Token", "intensities", "item_scores", "sentence_ids", "tokenise",
]

Kind = Literal["word", "side", "stop", "boundary", "negation"]
WORD: Final = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[,;.!?\n]")
BOUNDARY: Final = frozenset({",", ";", ".", "!", "?", "\n"})
SENTENCE_END: Final = frozenset({";", ".", "!", "?", "\n"})
#: "7/10", "7 out of 10"; not the day and month of a date ("17/10/24", "03/10/2024")
_INTENSITY: Final = re.compile(r"(?<![\d/])\b(\d+(?:\.\d+)?)\s*(?:/|out of)\s*10\b(?!/\d)")
_FINGERS: Final = words().folded("fingers")
_JOINERS: Final = frozenset(words().joiners)
_OWNERS: Final = frozenset(words().owners)
_INTENSIFIED: Final = frozenset(words().intensified)


@dataclass(frozen=True)
class Token:
    """One word or punctuation mark: as written, folded, and what kind of word it is."""

    raw: str
    norm: str
    kind: Kind


_SLASHED: Final = re.compile(r"(?<![\w/])([A-Za-z]{2,})/([A-Za-z]{2,})(?![\w/])")


def expand_shorthand(text: str) -> str:
    """Written shorthand spelt out ('c/o L SIJ pain' -> 'complains of L si joint pain'), and
    spinal levels as the place they lie under ('paraspinal L4-5' -> 'paraspinal low back')."""
    table = words().shorthand
    if "/" in text:  # "SIJ/PSIS": two shorthands joined by a slash are two words
        text = _SLASHED.sub(lambda m: f"{m.group(1)} and {m.group(2)}" if (
            m.group(0).casefold() not in table and m.group(1).casefold() in table
            and m.group(2).casefold() in table) else m.group(0), text)
    text = words().shorthand_pattern().sub(lambda m: table[m.group(0).casefold()], text)
    capitals = words().capital_shorthand
    if capitals and any(c.isupper() for c in text):
        text = words().capital_pattern().sub(lambda m: capitals[m.group(0)], text)
    text = _FACET_AFTER.sub(lambda m: f"{m.group(2)} of {m.group(1)}", text)
    text = _FACET_SIDE.sub(r"\1 of", text)
    text = _PART_OF_BACK.sub(r"back of \1 ", text)
    if "back" in text.casefold():
        text = _PLACE_THEN_BACK.sub(_back_of, text)
        text = _BACK_THEN_PLACE.sub(r"\1 the back of \2", text)
    if any(c.isdigit() for c in text):
        levels = words().spinal_levels
        text = _SPINAL_LEVEL.sub(lambda m: f" {levels[m.group(1).casefold()]} ", text)
        text = _NUMBERED_FINGERS.sub(_name_fingers, text)
    return _FINGER_PAIR.sub(lambda m: (
        "middle" if m.group(1).casefold() == "mid" else m.group(1)) + " and ", text)


#: Fingers by their clinical numbers ('fingers 3-4', 'digits 2 and 3', 'digit 5', 'finger 5'):
#: 1 is the thumb, 5 the little finger. Not 'little finger 2', 'finger 3/10', 'finger 3 out of
#: 10': a chart row's intensity.
_NUMBERED_FINGERS = re.compile(
    r"\b(?:(?:fingers|digits)\s*([1-5](?:\s*(?:-|/|,|&|\+|and)\s*[1-5])+)"
    r"|(?:digit|(?<!index )(?<!middle )(?<!ring )(?<!little )(?<!pinky )finger)\s*([1-5]))\b"
    r"(?!\s*(?:/|out\b|\d))"
    # ... or ordinals before them: '4th/5th digits', '3rd-5th fingers'
    r"|\b([1-5](?:st|nd|rd|th)(?:\s*(?:-|/|,|&|and)\s*[1-5](?:st|nd|rd|th))+)\s+(?:fingers|digits)\b",
    re.IGNORECASE)
_FINGER_NAMES: Final = ("thumb", "index finger", "middle finger", "ring finger", "little finger")
#: Two fingers joined by a slash or "and" ("mid/ring fingertips", "index/middle finger"): each
#: named in full, "mid" as "middle", so the last one's noun reaches both.
_FINGER_PAIR = re.compile(
    r"\b(mid|index|middle|ring|little|pinky)\s*(/|&|and)\s*(?=(?:index|middle|ring|little|pinky)\b)",
    re.IGNORECASE)


def _name_fingers(match: re.Match[str]) -> str:
    listed = match.group(1) or match.group(2) or re.sub(r"(st|nd|rd|th)", "", match.group(3))
    numbers = [int(n) for n in re.findall(r"[1-5]", listed)]
    if re.search(r"[1-5]\s*-\s*[1-5]", listed) and len(numbers) == 2:
        numbers = list(range(min(numbers), max(numbers) + 1))  # a range: 'fingers 3-5'
    # joined by "or": one list, so a denial before it reaches every finger ("no paresthesia
    # 4th/5th fingers"), where "and" may start a clause of its own
    return " or ".join(_FINGER_NAMES[n - 1] for n in dict.fromkeys(numbers))


#: A part named after its owner: "the shoulder's back edge" is "back of the shoulder", so the
#: "back" is not read as the back of the body.
_FACET_AFTER = re.compile(
    r"\b([a-z]+)'s (back|front|outer|inner|top|bottom|upper|lower) (?:edge|side|part|corner)\b",
    re.IGNORECASE)
#: "lower back of neck", "upper back of my thigh": the back of a part, its lower or upper half,
#: not the low back.
_PART_OF_BACK = re.compile(
    r"\b(lower|upper|mid)\s+back\s+of\s+(?:the\s+|my\s+)?(?=(neck|thigh|thighs|calf|calves|arm|arms|"
    r"upper arm|forearm|leg|legs|knee|knees|head|shoulder|shoulders|hand|hands|heel|heels)\b)",
    re.IGNORECASE)
#: A limb's place with "back" right after it and then a pain word or a side ("knee back ache",
#: "lower ribs back ache", "wrist back pinky side", "middle finger back ache", with the finger's
#: or toe's name kept whole, and "web of thumb back L" as the thumb web's): the back of that
#: place, not the low back as well (not "tilt my head back", "pull my shoulders back, ...": a
#: movement).
_PLACE_THEN_BACK = re.compile(
    r"\b((?:lower|upper|index|middle|ring|little|pinky|big|(?:web|base|ball|tip) of(?: the)?)"
    r"\s+)?(knees?|wrists?|hands?|thighs?|"
    r"shoulders?|neck|head|heels?|ankles?|elbows?|arms?|legs?|ribs?|hips?|thumbs?|fingers?|toes?|"
    r"ribcage)\s+back\b"
    r"(?=\s+(?:(?:ache|aches|aching|achy|pain|pains|painful|hurts?|hurting|sore|"
    r"tight|stiff|throbbing|burning|left|right|l|r|lt|rt|pinky|little|thumb|outer|inner|"
    r"upper|lower)\b))", re.IGNORECASE)
_MOVING_BACK: Final = frozenset(
    "tilt tilts tilted tilting lean leans leant leaned leaning throw throws threw throwing put "
    "puts putting pull pulls pulled pulling push pushes pushed pushing tip tips tipped tipping "
    "arch arches arched arching bend bends bent bending roll rolls rolled rolling hold holds "
    "held holding draw draws drew drawing squeeze squeezing stretch stretching".split())


def _back_of(found: re.Match[str]) -> str:
    """'knee back ache' -> 'back of the knee ache', unless a movement leads to it ('tilt my
    head back')."""
    before = found.string[max(0, found.start() - 30):found.start()].casefold().split()
    if _MOVING_BACK.intersection(before[-2:]):
        return found.group(0)
    return f"back of the {found.group(1) or ''}{found.group(2)}"


#: The back named first, then where on it ("at the back at the bottom of my ribs", "round the
#: back on the top of my shoulder"): the back of that place, not the low back as well.
_BACK_THEN_PLACE = re.compile(
    r"\b(at|round|around|on|in) the back,? (?:at|on|of|along|by|near) (?:the |my )?"
    r"((?:bottom|base|top|lower edge|upper edge|end) of (?:the |my )?[a-z]+)", re.IGNORECASE)
#: "the back side of my knee", "the front edge of my shoulder": the back, the front of it.
_FACET_SIDE = re.compile(r"\b(back|front) (?:side|edge|part|portion) of\b", re.IGNORECASE)
#: A spinal level or a range of them: 'L4', 'L4-5', 'L4/L5', 'C5-6', 'T12-L1' (the place of the
#: first); not 'L1' inside a word or a number ('TL1000', '2L'), and not a nerve root's area
#: ('L5 dermatome', 'C6 radiculopathy': the pain is where the nerve goes, not at the spine), and
#: not a joint's finding or treatment in a note ('O: L4-5 hypomobile', 'P: L5-S1 adj', 'T6
#: fixation'): how the segment moves, not where it hurts.
_SPINAL_LEVEL = re.compile(
    r"(?<![\w/])([CTLS])(?:[1-9]|1[0-2])(?:\s?[-/]\s?[CTLS]?(?:[1-9]|1[0-2]))?(?![\w/])"
    r"(?!\s?[-/]\s?[CTLS]?\d)"  # (the whole range or nothing: not 'L4' of 'L4-5 hypomobile')
    r"(?!\s?(?:dermatom|radic|nerve|root|distribution|myotom|hypomobil|hypermobil|fixat|"
    r"restrict|adj|manip|mobilis|mobiliz|sublux))",
    re.IGNORECASE)


#: A plus sign standing alone between words joins them as 'and' does.
_PLUS: Final = re.compile(r"(?<=\w)\s+\+\s+(?=\w)")


def tokenise(text: str) -> list[Token]:
    """The words of a text, folded and typed; 'right' before 'on my...' is an intensifier."""
    text = expand_shorthand(read_chart(text.replace("’", "'")))
    text = _PLUS.sub(" and ", text)  # "neck + arms ok": a list
    tokens = [_token(raw) for raw in WORD.findall(text.casefold().replace("-", " "))]
    return _expand_fingers(_intensifiers(tokens))


@lru_cache(maxsize=8192)
def _token(raw: str) -> Token:
    norm = norm_token(raw)
    kind: Kind
    if raw in BOUNDARY:
        kind = "boundary"
    elif norm in SIDE_WORDS:
        kind = "side"
    elif norm in NEGATIONS:
        kind = "negation"
    elif norm in STOPWORDS:
        kind = "stop"
    else:
        kind = "word"
    return Token(raw, norm, kind)


def _intensifiers(tokens: list[Token]) -> list[Token]:
    """'right on my tailbone', 'right here': 'right' intensifies, it names no side; 'both X and
    Y' with X one thing ('both back and belly') joins two places, it names no side."""
    out = list(tokens)
    for k in range(len(tokens) - 1):
        before = tokens[k - 1].raw if k else ""
        if (
            tokens[k].norm == "right"
            and tokens[k + 1].raw in _INTENSIFIED
            and before not in _OWNERS
        ):
            out[k] = replace(tokens[k], kind="stop")
        elif (
            tokens[k].raw == "both"
            and tokens[k + 1].kind == "word"
            and tokens[k + 1].raw == tokens[k + 1].norm
            and k + 2 < len(tokens)
            and tokens[k + 2].raw in ("and", "&")
        ):
            out[k] = replace(tokens[k], kind="stop")  # "both back and belly": each, not sides
    return out


#: Words before an ordinal that make it a part of a limb ("the lower third"), not a finger.
_PART_OF: Final = frozenset({"lower", "upper", "middle", "mid", "distal", "proximal", "top",
                             "bottom", "outer", "inner"})
_ORDINALS: Final = frozenset({"first", "second", "third", "fourth", "fifth"})


def _expand_fingers(tokens: list[Token]) -> list[Token]:
    """'ring and little fingers' -> 'ring finger and little fingers'."""
    out: list[Token] = []
    for i, token in enumerate(tokens):
        if token.norm == "fingertip" and out and out[-1].norm in _FINGERS:
            token = Token("finger", "finger", "word")  # "the ring fingertip": the ring finger
        out.append(token)
        nxt = tokens[i + 1 : i + 4]
        if (
            token.norm in _FINGERS
            # (not a part of a limb: "back of forearm, lower third, little-finger side")
            and not (i and tokens[i - 1].norm in _PART_OF and token.norm in _ORDINALS)
            and len(nxt) == 3
            and nxt[0].raw in _JOINERS
            and nxt[1].norm in _FINGERS
            and nxt[2].norm in ("finger", "toe", "fingertip")
        ):
            part = "finger" if nxt[2].norm == "fingertip" else nxt[2].norm
            out.append(Token(part, part, "word"))
    return out


def sentence_ids(tokens: Sequence[Token]) -> list[int]:
    """The sentence number of every token."""
    ids, current = [], 0
    for token in tokens:
        ids.append(current)
        if token.raw in SENTENCE_END:
            current += 1
    return ids


def intensities(text: str) -> list[float]:
    """Pain levels written 'N/10' or 'N out of 10'; raises InvalidQuery outside 0-10."""
    values = [float(v) for v in _INTENSITY.findall(text.casefold())]
    for value in values:
        if not 0 <= value <= 10:
            raise InvalidQuery(f"Pain intensity {value:g}/10 is outside 0-10.")
    return values


#: What parts a drawing's items: a line or a semicolon.
_ITEM_ENDS: Final = frozenset({"\n", ";"})


def item_scores(tokens: Sequence[Token]) -> dict[int, float]:
    """Token index -> the score of the item it stands in, when a drawing scores its items
    ('Back of head (Left): 6/10', 'R front chest 6; R front of shoulder 5'): a line or a part
    between semicolons with 'N/10', 'N out of 10' or a number from 1 to 10 at its end; empty
    unless at least two items have scores and they differ (then each place weighs by its own)."""
    found: list[tuple[int, int, float]] = []
    start = 0
    for end in [i for i, t in enumerate(tokens) if t.raw in _ITEM_ENDS] + [len(tokens)]:
        score = _item_score([t.raw for t in tokens[start:end]])
        if score is not None:
            found.append((start, end, score))
        start = end + 1
    if len(found) < 2 or len({score for _, _, score in found}) < 2:
        return {}
    return {i: score for a, b, score in found for i in range(a, b)}


def _item_score(raw: list[str]) -> float | None:
    words = [w for w in raw if w not in BOUNDARY]
    if not any(w.isalpha() for w in words):
        return None
    for k, word in enumerate(words):
        if not word.isdigit() or not 0 < int(word) <= 10:
            continue
        then = words[k + 2:k + 3]
        if words[k + 1:k + 2] == ["10"] and not (then and then[0].isdigit()) or (
                words[k + 1:k + 4] == ["out", "of", "10"]):
            return float(word)  # 'N/10' (not a date, '03/10/2024'), 'N out of 10'
    last = words[-1]
    if last.isdigit() and 0 < int(last) <= 10 and not (len(words) > 1 and words[-2].isdigit()):
        return float(last)
    return None
