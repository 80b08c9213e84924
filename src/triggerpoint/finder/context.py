"""Stage 3: which named places hurt. Places named in an activity, a piece of gear or a test, or
said to be fine, are set aside; qualifier words ('back of', 'inner') are found; a word's sense
('bottom of my foot' vs 'my bottom', 'back of my knee' vs 'my back') comes from its neighbours.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from triggerpoint.finder.lexicon import Match
from triggerpoint.finder.qualify import FACET_WORDS, SIDE_FACETS
from triggerpoint.finder.tokens import SENTENCE_END, Token, sentence_ids
from triggerpoint.finder.words import norm_token, words

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
_LEAD: Final = frozenset(_W.landmark_lead)
_TO: Final = frozenset(_W.landmark_to)
_ASIDE: Final = frozenset(_W.aside_landmarks)
_ASIDE_LEAD: Final = frozenset(_W.aside_lead) | frozenset(FACET_WORDS)
_DIRECTIONS: Final = frozenset(_W.directions)
_SENSES: Final = _W.senses
_TROUBLE: Final = _W.folded("trouble_words")
_FACET_NOUNS: Final = frozenset(_W.facet_nouns)
#: Words after a facet word that make it a part of a place ('the bottom corner', 'top edge').
_FACET_PARTS: Final = frozenset({"corner", "tip", "edge", "end", "point", "border", "rim"})
_OWNED_ONLY: Final = _W.folded("owned_only")
_CLAUSE_BREAK: Final = frozenset({"and", "or", "but", "nor", ",", ";", ".", "!", "?", "\n"})
_OWNED: Final = frozenset({"my", "your", "his", "her", "their", "our"})
_PLACE_KINDS: Final = ("region", "broad", "complaint")
#: Pain words between a verb and a place make the place one that hurts ('gives me a sore hip').
_PAINFUL: Final = _HURT | frozenset({"tender", "achy", "throbbing", "burning", "stiff"})


#: Words before 'thumb' or 'little finger' that make it the side a place faces ('the side of my
#: finger facing the thumb', 'the edge towards the little finger').
_FACING: Final = frozenset({"facing", "toward", "towards", "nearest", "closest"})


#: Places a side faces ('the side that faces the thumb').
_FACED: Final = frozenset({"thumb", "little", "pinky", "palm"})


def _facing(tokens: Sequence[Token], start: int) -> bool:
    i = start - 1
    while i >= 0 and tokens[i].kind == "stop":
        i -= 1
    return i >= 0 and (tokens[i].norm in _FACING or (
        tokens[i].raw in ("faces", "face") and _faces_toward(tokens, i)))


def _faces_toward(tokens: Sequence[Token], at: int) -> bool:
    """'faces' or 'facing' as a verb: the side of a place that turns toward the thumb, the little
    finger or the palm ('the side of my finger that faces the thumb'), not the face."""
    i = at + 1
    while i < len(tokens) and tokens[i].kind == "stop":
        i += 1
    return i < len(tokens) and tokens[i].norm in _FACED


@dataclass(frozen=True)
class Separated:
    """The matches that still count, the qualifiers by position, and what was set aside."""

    kept: list[Match]
    qualifiers: dict[int, tuple[str, ...]] = field(default_factory=dict)
    context: list[str] = field(default_factory=list)
    fine: list[str] = field(default_factory=list)


def separate(
    tokens: Sequence[Token],
    matches: Sequence[Match],
    broad: Mapping[str, Sequence[str]] | None = None,
) -> Separated:
    """Split matches into places that hurt, qualifiers, context and places said to be fine;
    ``broad`` (area word -> its regions) lets a broad word give way to a precise place in it.
    """
    qualifiers: dict[int, tuple[str, ...]] = {}
    kept: list[Match] = []
    context: list[str] = []
    fine: list[str] = []
    fine_matches: list[Match] = []
    last_context: Match | None = None  # the last place set aside as part of an activity
    moved: list[Match] = []  # the places set aside as what a movement moves ('lift my arm')
    activity_end = 0  # where the last named exercise or gear ended ('toe raises')
    bound_end = -1  # where the last place after 'between' ended ('between the knee and ...')
    directions: set[int] = set()  # a 'back' that is a direction qualifies nothing
    phrase_starts = {m.start for m in matches if m.end - m.start > 1}
    place_starts = {m.start for m in matches if m.target[0] in _PLACE_KINDS}
    for match in matches:
        after = tokens[match.end].raw if match.end < len(tokens) else ""
        before = tokens[match.start - 1].raw if match.start else ""
        single = tokens[match.start].norm if match.end - match.start == 1 else ""
        words_of = " ".join(t.raw for t in tokens[match.start : match.end])
        kind = match.target[0]
        if kind == "activity":
            context.append(words_of)
            activity_end = match.end
        elif single in FACET_WORDS and (
            after == "of"
            or _facet_list(tokens, match.start, phrase_starts)
            or _facet_of(tokens, match.end)
            or _modifies(tokens, match.end, place_starts)
            or _chart_facet(tokens, kept, match)
            or (match.end < len(tokens) and tokens[match.end].norm in _FACET_PARTS)
        ):
            qualifiers[match.start] = FACET_WORDS[single]  # "bottom of my foot", "back and side"
        elif match.target == ("broad", "back") and (
            (before in ("the", "in") and _follows_place(tokens, kept, match))
            or (after == "side" and _follows_place(tokens, kept, match))
            # a chart row's facet after a comma ("thumb knuckle (base joint), back 5/10")
            or (before == "," and _row_end(tokens, match.end)
                and _follows_place(tokens, kept, match)
                and any(p in kept[-1].target[1] for p in _LIMB_PARTS))
        ):
            qualifiers[match.start] = FACET_WORDS["back"]  # "my wrist, on the back"
        elif kind == "broad" and single in ("face", "faces") and tokens[match.start].raw in (
                "faces", "face") and before in ("that", "which", "side") and _faces_toward(
                tokens, match.start):
            continue  # "the side that faces the thumb": a direction, not the face
        elif _likened(tokens, match):
            context.append(words_of)  # "like a deep nagging toothache in the leg": a quality
        elif kind in ("region", "broad") and _held_in(tokens, match):
            context.append(words_of)  # "scanner gun in my right hand": what it is held in
        elif kind in ("region", "broad") and (
                _instrument(tokens, match) or _posture(tokens, match)
                or _reach_target(tokens, match) or _role(tokens, match)
                or _stops_short(tokens, match)):
            # "rubbing it with my hand helps": what it was done with; "with my head on the
            # armrest": a posture; "can't lift my arm above my head": where a movement reaches
            context.append(words_of)
            last_context = match
        elif single in _OWNED_ONLY and kind in ("region", "broad") and not (
                match.start and tokens[match.start - 1].raw in _OWNED):
            context.append(words_of)  # "the seat was too low": the bike's, not the buttock
        elif match.target == ("broad", "back") and _direction(tokens, match):
            context.append(words_of)  # "reaching up and back", "back and forth"
            directions.add(match.start)
        elif kind in ("region", "broad") and (
            # the scan stops at the last place kept: a verb inside it ("where my skull sits on
            # my neck") is not this place's activity
            _in_activity(tokens, match, max(activity_end, kept[-1].end if kept else 0))
            or _names_activity(tokens, match)
            or (last_context is not None and _coordinated(tokens, last_context, match))
        ):
            context.append(words_of)  # "hold the phone between my ear and my shoulder"
            last_context = match
            moved.append(match)
        elif (
            kind == "region"
            and (after in ("side", "end", "edge", "border") or _facing(tokens, match.start))
            and match.target[1] in ("little-finger", "thumb", "palm")
        ):
            qualifiers[match.start] = (SIDE_FACETS[match.target[1].split("-")[0]],)
        elif not (after == "facing" and _faces_toward(tokens, match.end)) and (
                after.replace("-", "") in _NOT_PAIN_AFTER or (
                match.end < len(tokens) and tokens[match.end].norm in _NOT_PAIN_AFTER)) and not any(
                t.norm in _HURT for t in tokens[match.start : match.end]):
            # "knee straight", "hip flexion": a position or a test; not when the phrase itself
            # says it hurts ("low back ache straight across")
            while kept and _coordinated(tokens, kept[-1], match):
                kept.pop()  # "hip and lumbar screen normal": both were examined, not painful
            continue
        elif kind in _PLACE_KINDS and _shrugged_off(tokens, match.end):
            fine.append(words_of)  # only this place: "pain in my palm, feet sore but that's
            fine_matches.append(match)  # normal" leaves the palm
        elif kind in _PLACE_KINDS and (
            _said_fine(tokens, match.end) or _not_hurting(tokens, match.end)
            or _so_is(tokens, match.start) or _neither(tokens, match.start)
            or _fine_too(tokens, match.start, match.end)
        ):
            fine.append(words_of)
            fine_matches.append(match)
            anchor = match
            while kept and (
                _coordinated(tokens, kept[-1], anchor) or _comma_listed(tokens, kept[-1], anchor)
                or (anchor is match and _landmark(tokens, kept, match))
            ):
                anchor = kept.pop()  # "my toes and my heel are fine", "leg below the knee fine"
                fine.insert(
                    len(fine) - 1, " ".join(t.raw for t in tokens[anchor.start : anchor.end])
                )
                fine_matches.append(anchor)
        elif kind in ("region", "broad") and (
            _landmark(tokens, kept, match) or _whole_of(tokens, kept, match)
        ):
            continue  # "the ball of my foot under the toes": the toes are where, not what
        elif kind in ("region", "broad") and _landmark_first(tokens, matches, match):
            continue  # "just above my knee on the front of the thigh": the knee is where
        elif kind in ("region", "broad") and (
            _between_landmark(tokens, kept, match)
            or _second_bound(tokens, bound_end, match)
            or _meets(tokens, kept, match)
        ):
            bound_end = match.end  # "the front of my arm between the shoulder and the elbow"
        else:
            kept.append(match)
            last = tokens[match.end - 1]
            if tokens[match.start].raw == "between" and last.raw == last.norm and not any(
                    t.raw == "and" for t in tokens[match.start : match.end]):
                bound_end = match.end  # "between my shoulder blade and my spine": one place
    if moved and not any(m.target[0] in (*_PLACE_KINDS, "condition") for m in kept):
        # "it hurts when I lift my arm": with no other place named, the part that is moved is
        # where it hurts; the head is turned, tilted and nodded by the neck, the mouth opened by
        # the jaw's joint ("pain when I turn my head", "it hurts to open my mouth"), and a "back"
        # after the head is where it goes ("tilt my head back")
        ends = {m.end for m in moved if m.target[1] in _MOVED_BY}
        kept = sorted([*kept, *(replace(m, target=("region", _MOVED_BY[m.target[1]]))
                                if m.target[1] in _MOVED_BY else m for m in moved
                                if not (m.target == ("broad", "back") and m.start in ends))],
                      key=lambda m: m.start)
        moved_words = {" ".join(t.raw for t in tokens[m.start:m.end]) for m in moved}
        context = [c for c in context if c not in moved_words]
    kept = _resense(tokens, _drop_general(tokens, kept, broad or {}))
    if fine and not any(m.target[0] in _HURTING for m in kept):
        kept = sorted([*kept, *fine_matches], key=lambda m: m.start)  # nothing else hurts
        fine = []
    used = {i for m in kept for i in range(m.start, m.end)} | directions
    for i, token in enumerate(tokens):
        if token.kind == "word" and i not in used and token.norm in FACET_WORDS:
            qualifiers.setdefault(i, FACET_WORDS[token.norm])
    return Separated(kept, qualifiers, context, fine)


def _faceted(tokens: Sequence[Token], start: int) -> bool:
    """A facet word ('outer', 'inner side of') leads to the place starting at ``start``."""
    k = start - 1
    while k >= 0 and (tokens[k].kind in ("stop", "side") or tokens[k].raw in ("side", "of")):
        k -= 1
    return k >= 0 and tokens[k].norm in FACET_WORDS and tokens[k].raw != "side"


def _drop_general(
    tokens: Sequence[Token], kept: list[Match], broad: Mapping[str, Sequence[str]]
) -> list[Match]:
    """A broad word next to a precise place it contains, in the same clause, gives way to it
    ('lower leg pain on the right, on the shin bone'; 'medial joint line tender, right knee'):
    the person named one place twice. Places joined by 'and' or 'or' both stay ('hip and groin').
    """
    dropped: set[int] = set()
    for k, match in enumerate(kept):
        if match.target[0] != "broad" or match.narrowed is not None:
            continue
        if _faceted(tokens, match.start):
            continue  # "outer side of my knee ... the edge of the kneecap": a part of its own
        before = [m for m in kept[:k] if not m.negated][-1:]
        after = [m for m in kept[k + 1 :] if not m.negated][:1]
        for other in before + after:
            if other.target[0] != "region" or id(other) in dropped:
                continue
            if other.target[1] not in broad.get(match.target[1], ()):
                continue
            lo, hi = sorted((match, other), key=lambda m: m.start)
            between = tokens[lo.end : hi.start]
            if len(between) <= 8 and not any(
                t.raw in ("and", "or", "&", "nor", "but") or t.raw in SENTENCE_END for t in between
            ):
                dropped.add(id(match))
                break
    return [m for m in kept if id(m) not in dropped]


def _resense(tokens: Sequence[Token], kept: list[Match]) -> list[Match]:
    """A region re-read by another named in the same sentence ('my butt hurts in the middle of
    the right cheek': the buttock's cheek), or in the text when it is alone in its sentence; a
    reading that repeats a place drops out.
    """
    sentence = sentence_ids(tokens)
    out: list[Match] = []
    for match in kept:
        sense = None
        if match.target[0] == "region":
            # a sense may hold for one word of the region only ("sacroiliac@dimple": a dimple
            # is the face's beside the chin, an "SI joint" never is)
            sense = next((_SENSES[k] for k in (f"{match.target[1]}@{t.norm}" for t in
                                              tokens[match.start : match.end]) if k in _SENSES),
                         _SENSES.get(match.target[1]))
        if sense:
            near = [
                m.target[1]
                for m in kept
                if m is not match and sentence[m.start] == sentence[match.start]
            ]
            if not near:
                # alone in its sentence, the place is read by the rest of the text ('... the
                # middle of my right butt cheek aches. Shifting onto the left cheek helps.')
                near = [m.target[1] for m in kept if m is not match]
            meant = next((sense[r] for r in near if r in sense), None)
            if meant is not None:
                if meant in near:
                    continue  # the place is already named
                match = replace(match, target=("region", meant))
        out.append(match)
    return out


def _direction(tokens: Sequence[Token], match: Match) -> bool:
    """A bare 'back' that is a direction: 'up and back', 'forward or back', 'back and forth',
    'is back', 'came back' at a clause's end ('my toothache is back'), or 'back to', 'back
    into', 'back from' after no owner ('my knee is back to normal', 'got back into benching';
    not 'from my back to my hip')."""
    before = [t.raw for t in tokens[max(0, match.start - 2) : match.start]]
    after = [t.raw for t in tokens[match.end : match.end + 2]]
    return (
        len(before) == 2 and before[1] in ("and", "or") and before[0] in _DIRECTIONS
    ) or after == ["and", "forth"] or (
        # "the spot is at the back, not the side": a side of the place told, not the back
        before == ["at", "the"] and after[:1] in (["not"], ["rather"], [","], ["."], [])
        and after[1:2] not in (["pain"], ["ache"])
    ) or (
        # "my toothache is back", "the pain came back again": back again, no back
        before[-1:] in (["is"], ["came"], ["come"], ["comes"], ["coming"], ["went"], ["keeps"],
                        ["was"], ["are"])
        and (not after or after[0] in (".", ",", ";", "!", "?", "\n", "again", "now", "today"))
    ) or (
        after[:1] in (["to"], ["into"], ["from"], ["toward"], ["towards"]) and not (
            before[-1:] and (before[-1] in _OWNED
                             or before[-1] in ("the", "lower", "upper", "low", "mid")))
    ) or (
        # "back in the saddle", "back in the gym after a year off": again, no back
        after[:2] == ["in", "the"] and bool(before) and before[-1] not in _OWNED
        and before[-1] not in ("the", "lower", "upper", "low", "mid", "middle", "in", "of", "a",
                               "across", "whole", "entire", "my", "sore", "bad", "stiff"))


def _facet_list(tokens: Sequence[Token], i: int, phrase_starts: set[int]) -> bool:
    """A facet word listed with another ('my heel, back and bottom'; 'front and back'), not a
    body part of its own ('my bottom and lower back').
    """
    if i and tokens[i - 1].raw in _OWNED:
        return False
    joiners = ("and", "or", "&")
    # ("front portion and back portion": the facet's noun may follow each)
    k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].norm in _FACET_NOUNS)
    after = tokens[k : k + 2]
    before = tokens[max(0, i - 2) : i]
    if len(before) == 2 and before[0].norm in _FACET_NOUNS and i >= 3:
        before = [tokens[i - 3], before[1]] if tokens[i - 1].raw in joiners else before
    listed_after = (
        len(after) == 2
        and after[0].raw in joiners
        and after[1].norm in FACET_WORDS
        # ("bottom and back of the heel": the second is the start of 'back of ...', the first
        # its fellow)
        and (k + 1 not in phrase_starts or (k + 2 < len(tokens) and tokens[k + 2].raw == "of"))
    )
    listed_before = len(before) == 2 and before[1].raw in joiners and before[0].norm in FACET_WORDS
    return listed_after or listed_before


def _chart_facet(tokens: Sequence[Token], kept: list[Match], match: Match) -> bool:
    """A facet word that is an item of a body chart's list after its place ('right thigh,
    back, middle'; 'left foot, bottom, forefoot'), or right after it ('shoulder blade bottom to
    lower ribs'): the part of that place, not the back of the body or the buttock. Only sides
    and commas may stand between the place and it."""
    if not kept or kept[-1].target[0] not in ("region", "broad"):
        return False
    between = tokens[kept[-1].end : match.start]
    after_facet = tokens[match.end] if match.end < len(tokens) else None
    # "shoulder blade bottom"; a 'back' only before a side or a stop ("lower ribs back right
    # side"), never "my knee back to normal"
    adjacent = not between and (tokens[match.start].norm != "back" or after_facet is None
                                or after_facet.kind in ("side", "boundary"))
    if not adjacent and (not between or between[-1].raw != "," or any(
            t.raw != "," and t.kind != "side" for t in between)):
        return False
    if match.end >= len(tokens):
        return True
    after = tokens[match.end]
    return after.kind in ("boundary", "side") or after.norm in FACET_WORDS \
        or after.norm in _CHART_AFTER \
        or (adjacent and (after.raw == "to" or after.norm in _HURT or after.raw.isdigit()))


#: Words a body chart puts after a facet ('back, middle', 'front, upper third', 'back (band)').
_CHART_AFTER: Final = frozenset(
    "middle deep whole only strip patch spot area band edge third half side full".split())


def _facet_of(tokens: Sequence[Token], end: int) -> bool:
    """'the back part of my arch', 'the outer bit of my knee': a facet word before 'part of'."""
    return (
        end + 1 < len(tokens) and tokens[end].norm in _FACET_NOUNS and tokens[end + 1].raw == "of"
    )


def _modifies(tokens: Sequence[Token], end: int, place_starts: set[int]) -> bool:
    """A facet word right before a place, maybe after other facet words ('bottom front teeth',
    'back inner thigh'): it says which part, it is not a place of its own ('my bottom')."""
    while end < len(tokens) and tokens[end].norm in FACET_WORDS and end not in place_starts:
        end += 1
    return end in place_starts


def _meets(tokens: Sequence[Token], kept: list[Match], match: Match) -> bool:
    """'the base of my neck where it meets the shoulder': the place after 'where it meets' is
    where the first one ends, not a second painful place."""
    if not kept or kept[-1].target[0] not in ("region", "broad"):
        return False
    between = [t.raw for t in tokens[kept[-1].end : match.start] if t.kind not in ("stop", "side")]
    return between[-3:] == ["where", "it", "meets"] and len(between) <= 4


def _in_activity(tokens: Sequence[Token], match: Match, stop: int = 0) -> bool:
    """True when the place follows a movement verb in the same clause ('lift my arm'), unless
    the verb's subject is the pain itself ('the pain sits on my elbow'); the scan stops at a
    named exercise ('toe raises make my calf ache': the calf is not what is raised).
    """
    for i in range(match.start - 1, stop - 1, -1):
        token = tokens[i]
        if token.kind == "boundary" or token.norm in _SCOPE_END or token.norm in _PAINFUL or (
                token.raw == "where"):  # "... without a pull where my neck meets my shoulder"
            return False
        on = token.norm in _ACTIVITY_ON and i + 1 < len(tokens) and tokens[i + 1].raw == "on"
        if (token.norm in _PRESSING or (on and token.norm in _LAIN_ON)) and i >= 2 and (
                tokens[i - 1].raw == "to") and (
                tokens[i - 2].norm in _PAINFUL or tokens[i - 2].raw == "tender"):
            # "sore to press just in front of my ear", "hurts to lie on my left hip": where it
            # hurts when pressed or lain on
            return False
        if (token.norm in _ACTIVITY or on) and not (i and tokens[i - 1].raw in _NOUN_BEFORE):
            return not _pain_subject(tokens, i, match) and not _new_subject(tokens, i, match)
    return False


#: The region that hurts when a part is moved by another ("turn my head": the neck).
_MOVED_BY: Final = {"head": "back-of-neck", "mouth": "jaw-joint"}
#: Words before a movement verb that make it a noun ("the bony point", "a lift"), no movement.
_NOUN_BEFORE: Final = frozenset({"a", "an", "the", "bony", "this", "that"})


def _names_activity(tokens: Sequence[Token], match: Match) -> bool:
    """A place before a movement in '-ing' names the movement ('habitual brow raising', 'arm
    lifting at work'), unless it is someone's place ('my arm lifting')."""
    after = tokens[match.end].raw if match.end < len(tokens) else ""
    before = tokens[match.start - 1].raw if match.start else ""
    i = match.start - 1
    while i >= 0 and tokens[i].kind == "side":
        i -= 1
    if i >= 0 and (tokens[i].norm in _HURT or tokens[i].norm in _FELT):
        return False  # "prickly tingling right palm holding tools": the palm is what tingles
    return after.endswith("ing") and norm_token(after) in _ACTIVITY and before not in _OWNED


#: Words of a feeling besides the hurt words that, just before a place, say the place is where
#: it is felt.
_FELT: Final = frozenset({"tingling", "tingly", "numb", "prickly", "cramping", "stiff", "tight",
                          "achy"})


def _new_subject(tokens: Sequence[Token], verb: int, match: Match) -> bool:
    """True when the place starts a clause of its own after the activity's object: 'sitting on
    hard chairs my butt aches' (the verb's object is the chairs, the butt is what aches), but not
    'lifting my arm hurts' or 'lifting the arm hurts' (the arm is what is lifted).
    """
    after = tokens[match.end].norm if match.end < len(tokens) else ""
    start = match.start
    while start > verb + 1 and tokens[start - 1].kind == "side":
        start -= 1  # "my right butt"
    if after not in _HURT or (tokens[start - 1].raw not in _OWNED
                              and tokens[start - 1].raw != "the"):
        return False  # ("sit on a stool all day the back of my thigh aches": "the" starts it too)
    between = tokens[verb + 1 : start - 1]
    return any(t.kind == "word" and t.raw != "on" for t in between)


#: Verbs of pressing a sore place ("sore to press", "tender to push on"), and of lying or
#: sitting on one ("hurts to lie on my left hip"; not "hurts to stand on that leg").
_PRESSING: Final = frozenset(norm_token(w) for w in ("press", "push", "touch", "poke", "prod"))
_LAIN_ON: Final = frozenset(norm_token(w) for w in ("lie", "lying", "lay", "sit", "sitting",
                                                    "kneel", "kneeling", "lean", "leaning",
                                                    "sleep", "sleeping"))


def _pain_subject(tokens: Sequence[Token], verb: int, match: Match | None = None) -> bool:
    """True when the word before a verb is the pain ('pain sits', 'it sits', 'ache points'),
    unless the place right after a person's movement is what is moved ('neck pain turning my
    head'; not 'an ache that turns up at the elbow')."""
    before = [t for t in tokens[:verb] if t.kind != "stop"]
    if not (before and (before[-1].norm in _PAINFUL or before[-1].norm in ("it", "pain"))):
        return False
    return match is None or tokens[verb].norm not in _DONE_BY_PERSON or not all(
        t.kind in ("stop", "side") for t in tokens[verb + 1 : match.start])


#: Movements a person makes of the place right after them, not where it hurts ('pain turning my
#: head', 'jaw pain opening mouth wide'); a pain may turn up, and 'hurts lifting my arm' keeps
#: the arm (the arm it lifts is often where the shoulder's pain spreads).
_DONE_BY_PERSON: Final = frozenset(
    norm_token(w) for w in ("turn", "turning", "tilt", "tilting", "rotate", "rotating", "twist",
                            "twisting", "open", "opening", "look", "looking", "glance",
                            "glancing"))


#: What a match names when it says where it hurts: a place, or a condition or complaint word that
#: marks places ('stiff neck'), beside which a place said fine stays fine.
_HURTING: Final = frozenset({"region", "broad", "condition", "complaint"})


def _said_fine(tokens: Sequence[Token], end: int) -> bool:
    """'my wrist is fine', 'my knees are totally normal', 'forehead on the right is fine', 'my
    neck is back to normal', 'kneecap area is fine'."""
    words_after = [t.raw for t in tokens[end : end + 6] if t.raw not in _BEING]
    if words_after[:3] == ["back", "to", "normal"]:
        return True
    end += _rest_of(tokens, end)  # "ring finger and the rest of the hand are fine"
    for n, token in enumerate(tokens[end : end + 8]):
        if token.raw in _FINE or (token.raw == "well" and n and tokens[end + n - 1].raw in _WELL):
            return True  # ('quite well', 'perfectly well'; not 'as well')
        if token.raw not in _BEING and token.kind not in ("side", "stop") and token.raw != "on" \
                and token.raw not in _FACET_WORDS and token.raw not in _FINE_ADVERBS \
                and token.raw not in _LIST_TAIL \
                and token.norm not in _FACET_NOUNS:
            return False  # ('shoulder front fine', 'my legs are just normal', 'kneecap area fine')
    return False


def _fine_too(tokens: Sequence[Token], start: int, end: int) -> bool:
    """'heel is fine and the top of the foot too': a place added to one just said fine."""
    after = [t.raw for t in tokens[end : end + 2]]
    if not (after[:1] in (["too"], ["also"]) or after == ["as", "well"]):
        return False
    before = [t.raw for t in tokens[max(0, start - 4) : start]]
    while before and before[-1] in ("the", "my", "his", "her", "your"):
        before.pop()
    return len(before) >= 2 and before[-1] == "and" and before[-2] in _FINE


def _rest_of(tokens: Sequence[Token], end: int) -> int:
    """How many tokens 'and (the) rest of (the|my) <word>' takes right after a place, else 0."""
    raw = [t.raw for t in tokens[end : end + 6]]
    if raw[:1] != ["and"]:
        return 0
    at = 2 if raw[1:2] == ["the"] else 1
    if raw[at : at + 2] != ["rest", "of"]:
        return 0
    at += 2
    if raw[at : at + 1] in (["the"], ["my"], ["his"], ["her"], ["your"]):
        at += 1
    return at + 1 if at < len(raw) else 0


def _shrugged_off(tokens: Sequence[Token], end: int) -> bool:
    """'feet wrecked from my climbing shoes but that's normal': the writer's own place, in the
    same clause, called normal for them."""
    clause: list[str] = []
    for token in tokens[end : end + 10]:
        if token.kind == "boundary":
            break
        clause.append(token.raw)
    for n, word in enumerate(clause):
        if word == "normal" and n >= 2 and (
                clause[n - 1] in _THAT_IS or clause[n - 2 : n] in (["that", "is"], ["which", "is"],
                                                                   ["that", "s"])) and (
                "but" in clause[max(0, n - 4) : n] or "which" in clause[max(0, n - 3) : n]):
            return True
    return False


#: 'that is' run together, as people type it before 'normal'.
_THAT_IS: Final = frozenset({"thats", "that's", "that’s"})
#: Words before 'well' that make it 'fine' ('my hip and ankle are perfectly well').
_WELL: Final = frozenset({"quite", "perfectly", "entirely", "very", "completely", "totally",
                          "absolutely", "keeping", "is", "are"})
#: Words between a place and 'fine' ('my legs are just normal', 'basically fine').
_FINE_ADVERBS: Final = frozenset({"just", "totally", "completely", "pretty", "perfectly",
                                  "absolutely", "basically", "really", "still", "now",
                                  "actually", "honestly", "mostly", "surprisingly", "thankfully",
                                  "luckily", "fortunately", "weirdly", "oddly", "strangely",
                                  "amazingly"})
#: The end of a list of places said fine ('knees, back etc all good').
_LIST_TAIL: Final = frozenset({"etc", "etcetera", "etc."})
#: The part of a place a note names before saying it is fine ('shoulder front fine').
_FACET_WORDS: Final = frozenset({"front", "back", "side", "top", "bottom", "inner", "outer"})
#: Words that say a place is tight but not painful ('calf feels tight but doesn't hurt').
_NOT_PAIN: Final = frozenset({"tight", "stiff", "tense", "but"})


def _likened(tokens: Sequence[Token], match: Match) -> bool:
    """An ache of a place named as what a pain is like ('like a toothache in my leg', 'as if
    I had a headache'): how it feels, not where."""
    last = tokens[match.end - 1].norm
    if not last.endswith("ache") or last == "ache":
        return False
    before = [t.raw for t in tokens[max(0, match.start - 4):match.start]]
    after = [t.raw for t in tokens[match.end:match.end + 2]]
    return "like" in before or before[-2:] == ["as", "if"] or bool(_LIKENED_AFTER & set(after))


#: Words after an ache of a place that make it what a pain is like ('a toothache sort of pain',
#: 'a toothache kind of ache').
_LIKENED_AFTER: Final = frozenset({"sort", "kind", "type", "ish", "quality"})


def _instrument(tokens: Sequence[Token], match: Match) -> bool:
    """A body part something is done with ('rubbing it with my hand', 'pressing with my thumb',
    'lift with your legs', 'press it with a fingertip'), not a place that hurts; not 'trouble
    with my knee', 'I wake up with my fingers aching'."""
    before = [t.raw for t in tokens[max(0, match.start - 4):match.start]]
    if len(before) < 3 or before[-2:] not in (["with", "my"], ["using", "my"], ["with", "your"],
                                              ["with", "both"], ["with", "a"], ["with", "one"]):
        return False
    doer = before[-3]
    after = tokens[match.end].norm if match.end < len(tokens) else ""
    return (doer in ("it", "them", "this", "that") or doer.endswith("ing")
            or doer in _ACTIVITY) and after not in _PAINFUL and doer not in _TROUBLE


def _held_in(tokens: Sequence[Token], match: Match) -> bool:
    """The hand something is held in ('scanner gun in my right hand all shift', 'holding the
    baby in my left arm'), not a place that hurts; not 'pain in my right hand'."""
    i = match.start - 1
    while i >= 0 and tokens[i].kind == "side":
        i -= 1
    if i < 1 or tokens[i].raw not in ("my", "your") or tokens[i - 1].raw != "in":
        return False
    last = tokens[match.end - 1].norm
    lead = {t.norm for t in tokens[max(0, i - 5):i - 1]}
    return last in ("hand", "arm") and bool(lead & _HELD) and not (lead & _PAINFUL)


#: Things held and the verbs of holding ('a scanner gun in my hand', 'carrying her in my arm').
_HELD: Final = frozenset({"holding", "hold", "holds", "held", "carrying", "carry", "carried",
                          "gun", "phone", "mouse", "scanner", "pen", "tool", "drill", "hammer",
                          "baby", "bag", "racket", "bat", "tray", "cup", "mug", "brush"})


#: Words after a body part in a posture ('with my head on the armrest', 'with my knees pressed
#: together').
_POSTURE_AFTER: Final = frozenset({"on", "against", "under", "over", "propped", "resting", "up",
                                   "in", "across", "out", "pressed", "together", "crossed",
                                   "tucked", "apart"})
#: Prepositions that name where a movement goes ('above my head', 'behind my back').
_REACH: Final = frozenset({"above", "over", "behind", "across", "towards", "toward"})


def _posture(tokens: Sequence[Token], match: Match) -> bool:
    """A body part placed somewhere ('with my head on the armrest', 'with my arm under the
    pillow'), not a place that hurts; not 'with my neck on fire'."""
    before = [t.raw for t in tokens[max(0, match.start - 2):match.start]]
    after = [t.raw for t in tokens[match.end:match.end + 2]]
    return (len(before) == 2 and before[0] == "with" and before[1] in _OWNED
            and after[:1] != [] and after[0] in _POSTURE_AFTER
            and "fire" not in after[1:] and not any(t in _HURT for t in after))


#: What a limb is for ('left foot is my kicking foot', 'my right is my writing hand').
_ROLES: Final = frozenset({"kicking", "dominant", "writing", "throwing", "racquet", "racket",
                           "bowling", "mouse", "strong", "stronger", "weaker", "standing",
                           "landing", "planting", "plant", "pushing", "takeoff", "lead",
                           "leading", "jumping", "pedalling", "bow", "fretting", "picking"})


def _role(tokens: Sequence[Token], match: Match) -> bool:
    """A limb named for what it does ('left foot is my kicking foot', 'my racquet arm'), not a
    place that hurts: the place before 'is my' and a role, or after a role word."""
    after = [t.raw for t in tokens[match.end:match.end + 3]]
    before = tokens[match.start - 1].raw if match.start else ""
    return (after[:2] in (["is", "my"], ["is", "the"]) and len(after) == 3
            and after[2] in _ROLES) or before in _ROLES


def _reach_target(tokens: Sequence[Token], match: Match) -> bool:
    """Where a movement goes ('can't lift my arm above my head', 'reaching behind my back'):
    the place after the preposition is the movement's aim, not a place that hurts."""
    i = match.start - 1
    while i >= 0 and (tokens[i].kind == "stop" or tokens[i].raw in _OWNED):
        i -= 1
    if i < 0 or tokens[i].raw not in _REACH:
        return False
    for j in range(i - 1, -1, -1):
        token = tokens[j]
        if token.kind == "boundary" or token.norm in _SCOPE_END or token.norm in _PAINFUL:
            return False
        if token.norm in _ACTIVITY:
            return True
    return False


def _stops_short(tokens: Sequence[Token], match: Match) -> bool:
    """Where a spreading pain stops ('spreads down my thigh but stops before the knee', 'ends
    just short of the elbow', 'stops well above the knee'): the place is its limit, not a place
    that hurts."""
    i = match.start - 1
    while i >= 0 and (tokens[i].kind == "stop" or tokens[i].raw in _OWNED):
        i -= 1
    if i >= 1 and tokens[i].raw == "of" and tokens[i - 1].raw == "short":
        i -= 1
    elif i < 0 or tokens[i].raw not in ("before", "short", "above"):
        return False  # ("stops well above the knee"; not "below": it may reach past the place)
    lead = [t.raw for t in tokens[max(0, i - 3):i]]
    if tokens[i].raw == "above":
        # only straight after the verb ("stops well above the knee"), not "where the ribs end,
        # just above the waist"
        lead = [w for w in lead if w not in _LEAD and w != "well"]
        return bool(lead) and lead[-1] in _STOP_VERBS
    return any(w in _STOP_VERBS for w in lead)


#: Verbs that say where a spreading pain ends.
_STOP_VERBS: Final = frozenset({"stop", "stops", "stopped", "stopping", "end", "ends", "ended",
                                "ending", "fades", "fading", "peters", "dies"})


def _comma_listed(tokens: Sequence[Token], previous: Match, match: Match) -> bool:
    """Two places listed with only a comma, or nothing, between them ('Elbow, neck all fine',
    'Shoulders neck and hips fine'; not 'the ball of the foot, the heel is fine', where the
    second starts a clause of its own)."""
    between = [t.raw for t in tokens[previous.end : match.start]]
    return previous.target[0] in _PLACE_KINDS and between in ([","], [])


def _so_is(tokens: Sequence[Token], start: int) -> bool:
    """'the back of my wrist is fine and so is my thumb': the place after 'and so is' is fine
    like the one before it."""
    before = [t.raw for t in tokens[max(0, start - 6):start] if t.kind != "stop"]
    return before[-3:-1] == ["and", "so"] and before[-1:] in (["is"], ["are"]) and any(
        w in _FINE for w in before[:-3])


def _neither(tokens: Sequence[Token], start: int) -> bool:
    """'the hip doesn't hurt and neither does the shin', 'nor is my wrist': the place after
    'neither' or 'nor' and a verb is all right like the one before."""
    before = [t.raw for t in tokens[max(0, start - 4):start] if t.kind != "stop"]
    return len(before) >= 2 and before[-2] in ("neither", "nor") and before[-1] in (
        "does", "do", "did", "is", "are", "was", "has", "have")


def _not_hurting(tokens: Sequence[Token], end: int) -> bool:
    """'my knee doesn't hurt', 'my wrist does not bother me', 'back of my hand no problem'."""
    window = tokens[end : end + 9]
    for k, token in enumerate(window):
        if token.kind == "negation" or token.raw in _SCARCELY:
            # 'not bad': the place is all right; 'doesn't actually hurt'
            # ... the pain word straight after it: "sciatica but no back pain" denies the back
            after = [t for t in window[k + 1 : k + 5]
                     if t.raw not in _HEDGES and t.kind != "stop"][:1]
            return any(t.norm in _HURT or t.norm in _TROUBLE or t.raw == "bad" for t in after)
        if token.raw not in _BEING and token.norm not in ("do", "doe", "did") and (
                token.raw not in _NOT_PAIN) and token.raw not in _ONLY_FEELS:
            return False
    return False


#: Words between a negation and its pain word ('it doesn't actually hurt').
_HEDGES: Final = frozenset({"actually", "really", "even", "particularly", "much", "that", "too",
                            "so", "any", "real", "at", "all", "the", "a", "what", "feel", "feels",
                            "seem", "seems", "being", "been"})
#: 'my hip crease feels tight but it doesn't hurt': a feeling that is no pain, then the denial.
_ONLY_FEELS: Final = frozenset({"feels", "feel", "felt", "tight", "stiff", "tense", "weird",
                                "odd", "funny", "but", "it", "actually", "really"})


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
    """A place right after another place and a landmark word ('foot under the toes'), also
    after a comma ('my chest, just under both collarbones').
    """
    if not kept or kept[-1].target[0] not in (*_PLACE_KINDS, "condition"):
        return False
    between = [t for t in tokens[kept[-1].end : match.start] if t.kind not in ("stop", "side")]
    words_between = [t.raw for t in between]
    if "," in words_between:  # an aside: the comma must lead straight to the landmark
        comma = words_between.index(",")
        after_comma = [w for w in words_between[comma + 1 :] if w != ","]  # "aches, left, near"
        rest = [w for w in after_comma if w not in _LEAD]
        lead = [norm_token(w) for w in words_between[:comma]]
        if any(w not in _HURT and w not in _ASIDE_LEAD for w in lead):
            return False
        if not rest or rest[0] not in _LANDMARK | _ASIDE | _NEAR:
            return False
        if rest[0] in _ASIDE:  # "my wrist (middle, toward the thumb)"
            return len(rest) <= 2 and not any(w in _CLAUSE_BREAK for w in rest)
        words_between = after_comma
    landmark = _LANDMARK | _NEAR
    if tokens[match.start].raw in _LANDMARK and kept[-1].target[0] == "region":
        # "quads just above my kneecap": the landmark word begins a phrase of its own; after a
        # broad word ("head above the ears") the precise place is the one meant
        words_between = [*words_between, tokens[match.start].raw]
    return (
        0 < len(words_between) <= 4
        and any(w in landmark for w in words_between)
        # (a line break ends a chart's line: "L lower back beside spine\nL buttock" is two places)
        and not any(w in ("and", "or", ",", ".", ";", "\n") or w in _HURT for w in words_between)
    )


def _landmark_first(tokens: Sequence[Token], matches: Sequence[Match], match: Match) -> bool:
    """A place right after a landmark word with the painful place next in the same clause
    ('just above my knee on the front of the thigh', 'just under my breastbone at the top of my
    stomach'): the first place only says where the second is.
    """
    k = match.start - 1
    while k >= 0 and (tokens[k].kind in ("stop", "side") or tokens[k].raw in _LEAD):
        k -= 1
    if k < 0 or tokens[k].raw not in _LANDMARK:
        return False
    later = [m for m in matches if m.start >= match.end and m.target[0] in ("region", "broad")
             and not (m.end - m.start == 1 and tokens[m.start].norm in FACET_WORDS
                      and m.end < len(tokens) and tokens[m.end].norm in _FACET_PARTS)]
    if not later:
        return False  # ("under my shoulder blade at the bottom corner": a part of it, no place)
    between = [
        t.raw
        for t in tokens[match.end : later[0].start]
        if t.kind not in ("stop", "side") and t.norm not in FACET_WORDS
    ]
    return len(between) == 1 and between[0] in _TO


def _between_landmark(tokens: Sequence[Token], kept: list[Match], match: Match) -> bool:
    """Places after 'between' that bound another place named before them in the same clause
    ('my lower leg, between the knee and the ankle'; 'my flank, between my ribs and my hip').
    """
    if not kept or kept[-1].target[0] not in ("region", "broad"):
        return False
    between = [t for t in tokens[kept[-1].end : match.start] if t.kind != "stop"]
    words_between = [t.raw for t in between]
    if "between" not in words_between or any(w in (".", ";", "!", "?") for w in words_between):
        return False
    after = words_between[words_between.index("between") + 1 :]
    # after a broad word, a bound has a second place ('my leg, between the knee and the
    # ankle'); one place after 'between' is where it hurts ('a headache between my eyebrows')
    rest = [t.raw for t in tokens[match.end : match.end + 3] if t.kind != "stop"]
    return len(words_between) <= 4 and all(w in _LEAD for w in after) and (
        kept[-1].target[0] == "region" or rest[:1] in (["and"], ["&"]))


def _second_bound(tokens: Sequence[Token], bound_end: int, match: Match) -> bool:
    """The place after 'and' that closes a 'between X and Y' landmark."""
    if bound_end < 0:
        return False
    between = [t.raw for t in tokens[bound_end : match.start] if t.kind != "stop"]
    return between == ["and"]


def _whole_of(tokens: Sequence[Token], kept: list[Match], match: Match) -> bool:
    """'the medial border of my scapula': the place after 'of' is the whole the first is part
    of ('inner-edge-of-shoulder-blade' of 'shoulder-blade'), not a second place.
    """
    if not kept or kept[-1].target[0] != "region" or match.target[0] != "region":
        return False
    between = tokens[kept[-1].end : match.start]
    return (
        any(t.raw == "of" for t in between)
        and all(t.kind in ("stop", "side") for t in between)
        and kept[-1].target[1].endswith("-" + match.target[1])
    )


#: Parts of a limb whose back is a facet of theirs in a chart's row ("thumb knuckle, back"); the
#: trunk's ("neck, back") are two places.
_LIMB_PARTS: Final = ("thumb", "finger", "hand", "wrist", "elbow", "knee", "ankle", "foot",
                      "toe", "heel", "knuckle")


def _row_end(tokens: Sequence[Token], end: int) -> bool:
    """Nothing but a level ('5/10', 'pain 5') or the end of the line follows."""
    rest = []
    for token in tokens[end:]:
        if token.kind == "boundary" or token.raw in SENTENCE_END:
            break
        rest.append(token.raw)
    return all(w.replace("/", "").isdigit() or w == "pain" for w in rest)


def _follows_place(tokens: Sequence[Token], kept: list[Match], match: Match) -> bool:
    """True when a place was named earlier in the sentence ('my wrist, on the back')."""
    if not kept or kept[-1].target[0] not in ("region", "broad"):
        return False
    return not any(t.raw in SENTENCE_END for t in tokens[kept[-1].end : match.start])
