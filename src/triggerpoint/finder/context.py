"""Stage 3: which named places hurt. Places named in an activity, a piece of gear or a test, or
said to be fine, are set aside; qualifier words ('back of', 'inner') are found; a word's sense
('bottom of my foot' vs 'my bottom', 'back of my knee' vs 'my back') comes from its neighbours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from triggerpoint.finder.lexicon import Match
from triggerpoint.finder.qualify import FACET_WORDS, SIDE_FACETS
from triggerpoint.finder.tokens import SENTENCE_END, Token
from triggerpoint.finder.words import words

__all__ = ["Separated", "separate"]

_W = words()
_ACTIVITY: Final = _W.folded("activity_verbs")
_ACTIVITY_ON: Final = _W.folded("activity_on_verbs")
_SCOPE_END: Final = _W.folded("scope_end")
_NOT_PAIN_AFTER: Final = frozenset(_W.not_pain_after)
_FINE: Final = frozenset(_W.fine_after)
_BEING: Final = frozenset(_W.being)
_HURT: Final = _W.folded("hurt_words")
_SCARCELY: Final = frozenset(_W.scarcely)
_LANDMARK: Final = frozenset(_W.landmarks)
_NEAR: Final = frozenset(_W.near_landmarks)
_OWNED: Final = frozenset({"my", "your", "his", "her", "their", "our"})
_PLACE_KINDS: Final = ("region", "broad", "complaint")
#: Pain words between a verb and a place make the place one that hurts ('gives me a sore hip').
_PAINFUL: Final = _HURT | frozenset({"tender", "achy", "throbbing", "burning", "stiff"})


@dataclass(frozen=True)
class Separated:
    """The matches that still count, the qualifiers by position, and what was set aside."""

    kept: list[Match]
    qualifiers: dict[int, tuple[str, ...]] = field(default_factory=dict)
    context: list[str] = field(default_factory=list)
    fine: list[str] = field(default_factory=list)


def separate(tokens: Sequence[Token], matches: Sequence[Match]) -> Separated:
    """Split matches into places that hurt, qualifiers, context and places said to be fine."""
    qualifiers: dict[int, tuple[str, ...]] = {}
    kept: list[Match] = []
    context: list[str] = []
    fine: list[str] = []
    fine_matches: list[Match] = []
    phrase_starts = {m.start for m in matches if m.end - m.start > 1}
    for match in matches:
        after = tokens[match.end].raw if match.end < len(tokens) else ""
        before = tokens[match.start - 1].raw if match.start else ""
        single = tokens[match.start].norm if match.end - match.start == 1 else ""
        words_of = " ".join(t.raw for t in tokens[match.start : match.end])
        kind = match.target[0]
        if kind == "activity":
            context.append(words_of)
        elif single in FACET_WORDS and (
            after == "of" or _facet_list(tokens, match.start, phrase_starts)
        ):
            qualifiers[match.start] = FACET_WORDS[single]  # "bottom of my foot", "back and side"
        elif (
            match.target == ("broad", "back")
            and before == "the"
            and _follows_place(tokens, kept, match)
        ):
            qualifiers[match.start] = FACET_WORDS["back"]  # "my wrist, on the back"
        elif kind in ("region", "broad") and _in_activity(tokens, match):
            context.append(words_of)
        elif (
            kind == "region"
            and after == "side"
            and match.target[1] in ("little-finger", "thumb", "palm")
        ):
            qualifiers[match.start] = (SIDE_FACETS[match.target[1].split("-")[0]],)
        elif after.replace("-", "") in _NOT_PAIN_AFTER:
            continue
        elif kind in _PLACE_KINDS and (
            _said_fine(tokens, match.end) or _not_hurting(tokens, match.end)
        ):
            fine.append(words_of)
            fine_matches.append(match)
            while kept and _coordinated(tokens, kept[-1], match):
                moved = kept.pop()  # "my toes and my heel are fine"
                fine.insert(len(fine) - 1, " ".join(t.raw for t in tokens[moved.start : moved.end]))
                fine_matches.append(moved)
        elif kind in ("region", "broad") and _landmark(tokens, kept, match):
            continue  # "the ball of my foot under the toes": the toes are where, not what
        else:
            kept.append(match)
    if fine and not any(m.target[0] in ("region", "broad") for m in kept):
        kept = sorted([*kept, *fine_matches], key=lambda m: m.start)  # nothing else hurts
        fine = []
    used = {i for m in kept for i in range(m.start, m.end)}
    for i, token in enumerate(tokens):
        if token.kind == "word" and i not in used and token.norm in FACET_WORDS:
            qualifiers.setdefault(i, FACET_WORDS[token.norm])
    return Separated(kept, qualifiers, context, fine)


def _facet_list(tokens: Sequence[Token], i: int, phrase_starts: set[int]) -> bool:
    """A facet word listed with another ('my heel, back and bottom'; 'front and back'), not a
    body part of its own ('my bottom and lower back').
    """
    if i and tokens[i - 1].raw in _OWNED:
        return False
    joiners = ("and", "or", "&")
    after = tokens[i + 1 : i + 3]
    before = tokens[max(0, i - 2) : i]
    listed_after = (
        len(after) == 2
        and after[0].raw in joiners
        and after[1].norm in FACET_WORDS
        and i + 2 not in phrase_starts
    )
    listed_before = len(before) == 2 and before[1].raw in joiners and before[0].norm in FACET_WORDS
    return listed_after or listed_before


def _in_activity(tokens: Sequence[Token], match: Match) -> bool:
    """True when the place follows a movement verb in the same clause ('lift my arm'), unless
    the verb's subject is the pain itself ('the pain sits on my elbow').
    """
    for i in range(match.start - 1, -1, -1):
        token = tokens[i]
        if token.kind == "boundary" or token.norm in _SCOPE_END or token.norm in _PAINFUL:
            return False
        on = token.norm in _ACTIVITY_ON and i + 1 < len(tokens) and tokens[i + 1].raw == "on"
        if token.norm in _ACTIVITY or on:
            return not _pain_subject(tokens, i)
    return False


def _pain_subject(tokens: Sequence[Token], verb: int) -> bool:
    """True when the word before a verb is the pain ('pain sits', 'it sits', 'ache points')."""
    before = [t for t in tokens[:verb] if t.kind != "stop"]
    return bool(before) and (before[-1].norm in _PAINFUL or before[-1].norm in ("it", "pain"))


def _said_fine(tokens: Sequence[Token], end: int) -> bool:
    """'my wrist is fine', 'my knees are totally normal'."""
    for token in tokens[end : end + 5]:
        if token.raw in _FINE:
            return True
        if token.raw not in _BEING:
            return False
    return False


def _not_hurting(tokens: Sequence[Token], end: int) -> bool:
    """'my knee doesn't hurt', 'my wrist does not bother me'."""
    window = tokens[end : end + 4]
    for k, token in enumerate(window):
        if token.kind == "negation" or token.raw in _SCARCELY:
            return any(t.norm in _HURT for t in window[k + 1 : k + 3])
        if token.raw not in _BEING and token.norm not in ("do", "doe", "did"):
            return False
    return False


def _coordinated(tokens: Sequence[Token], previous: Match, match: Match) -> bool:
    """Two places joined only by 'and' or 'or' and small words ('my toes and my heel')."""
    between = [t for t in tokens[previous.end : match.start] if t.kind != "stop"]
    return (
        previous.target[0] in _PLACE_KINDS
        and len(between) >= 1
        and between[-1].raw in ("and", "or", "nor")
        and all(t.raw in ("and", "or", "nor") or t.raw in _BEING for t in between)
    )


def _landmark(tokens: Sequence[Token], kept: list[Match], match: Match) -> bool:
    """A place right after another place and a landmark word ('foot under the toes')."""
    if not kept or kept[-1].target[0] not in (*_PLACE_KINDS, "condition"):
        return False
    between = [t for t in tokens[kept[-1].end : match.start] if t.kind != "stop"]
    words_between = [t.raw for t in between]
    landmark = _LANDMARK | (_NEAR if match.target[0] == "broad" else frozenset())
    return (
        0 < len(words_between) <= 3
        and any(w in landmark for w in words_between)
        and not any(w in ("and", "or", ",", ".", ";") or w in _HURT for w in words_between)
    )


def _follows_place(tokens: Sequence[Token], kept: list[Match], match: Match) -> bool:
    """True when a place was named earlier in the sentence ('my wrist, on the back')."""
    if not kept or kept[-1].target[0] not in ("region", "broad"):
        return False
    return not any(t.raw in SENTENCE_END for t in tokens[kept[-1].end : match.start])
