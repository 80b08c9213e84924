"""Reading a description for the safety gate's concepts, each mention with its context.

``read(kb, text, regions)`` finds every concept's terms and near-groups in every sentence
(see lexicon.py for how words match), reads each mention's context (context.py), the side it is
on for sided concepts, and the numbers of the description (numbers.py). A mention counts unless
it is denied, past and over, someone else's, hypothetical or a normal finding; a named illness
in a question only asks about it; a history item (cancer, a clot) counts though it is past.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import pairwise, product
from typing import Any, Final, Literal, NamedTuple

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge.safety_models import TERM_PATTERN, SafetyConcept
from triggerpoint.safety.context import (
    BLOCKING,
    THIRD_PERSON,
    CompiledRules,
    Trigger,
    compiled_rules,
    is_recent,
    modifiers,
    triggers_in,
)
from triggerpoint.safety.lexicon import (
    CLOSED_CLASS,
    FUNCTION_WORDS,
    MAX_GAP,
    OWN_TROUBLE,
    Match,
    Sentence,
    TermKey,
    Token,
    Vocabulary,
    compile_term,
    coordinated,
    english_words,
    match_at,
    normalise,
    sentences,
    stem,
)
from triggerpoint.safety.numbers import MEASURE_UNITS, Numbers, Temperature, read_numbers

__all__ = ["ConceptIndex", "Mention", "Reading", "concept_index", "read"]

Side = Literal["left", "right", "other", "both"]
_TERM = re.compile(TERM_PATTERN)
_NEGATING_GAP = frozenset({"no", "not", "never", "without", "nor"})
#: Words after a negation that make it no denial of what stands around it ("my legs are not just
#: numb", "my face, no idea why, is drooping").
_NOT_A_DENIAL = frozenset({"just", "only", "sure", "kidding", "joking", "idea", "clue", "doubt",
                           "lie", "joke",
                           # a pain that "won't settle", "doesn't stop", "never eases":
                           # persistence, not a denial of the sign told around it
                           "settles", "settling", "settle", "stops", "stopping", "stop",
                           "eases", "easing", "ease", "shifting", "shift",
                           # "can't straighten my fingers without screaming": what moving them
                           # does, not a denial of it
                           "screaming", "crying", "wincing", "yelping", "yelling",
                           "screamin", "cryin", "yellin"})
#: ... and "never goes away", "not going away" (but "did not go red" is a denial).
_PERSISTING = frozenset({("goes", "away"), ("go", "away"), ("going", "away"), ("gone", "away"),
                         ("went", "away"), ("goes", "off"), ("go", "off"), ("going", "off")})
#: A negation and the verbs around it: a near group's item of only these words is no sign.
_NEGATION_FRAME = _NEGATING_GAP | FUNCTION_WORDS | frozenset(
    "nothing none cannot can could will would had have has do does did any".split())
#: Words that may stand inside a sign without breaking it ("cannot even feel my legs").
_SIGN_GAP_WORDS = FUNCTION_WORDS | {"even", "quite", "properly", "fully", "at", "all", ",", "and"}
_FEVER = "fever"
#: Concepts about a raised temperature: a normal reading in the same sentence is a normal finding.
_TEMPERATURE_CONCEPTS = frozenset({_FEVER, "contraindication-fever"})
#: The fever concept a word names ("temperature", "temp", "fever").
_FEVER_WORDS = frozenset({_FEVER})
_NORMAL_TEMPERATURE_C = 37.5
_FEVER_C = 38.0
_LOW = "low-body-temperature"
_LOW_C = 36.0
_HYPOTHERMIA_C = 30.0  # lower than this is no body temperature someone writes in a message
#: A pulse oximeter's reading: 92 % or less is an emergency, 93-94 % needs a doctor today (NHS
#: advice for people without lung disease, as summarised by taking.care); a heart rate above 110
#: at rest is fast (the NEWS2 band that scores 2 starts at 111).
_LOW_OXYGEN, _LOW_OXYGEN_MAX = "low-oxygen-reading", 92
_BORDERLINE_OXYGEN, _BORDERLINE_OXYGEN_MAX = "borderline-oxygen-reading", 94
_OXYGEN_MIN = 50  # lower than this is no reading someone takes at home and writes about
_RACING = "palpitations"
_FAST_PULSE = 110
#: A road crash at 30 mph (about 50 km/h) or more: a speed told in a sentence that tells of a
#: crash or a fall from a vehicle ("rear-ended on the M6 doing about 50") is a serious accident
#: (NHS: back pain after a serious accident such as a car accident is an emergency).
_HIGH_SPEED, _HIGH_SPEED_MPH = "high-speed-crash", 30.0
_CRASHES = frozenset({"fall-or-crash", "trauma-mechanism"})
_SIDE_WINDOW = 6
_NOT_A_SIDE_AFTER = frozenset(
    "now away after before there here through up down into across on in at from to when then "
    "back round around under over as".split()
)


@dataclass(frozen=True)
class Mention:
    """One place a concept was found, and whether it counts."""

    concept: str
    sentence: int
    words: str
    modifiers: frozenset[str]
    side: Side | None
    counts: bool

    def to_json(self) -> dict[str, Any]:
        return {"concept": self.concept, "words": self.words, "sentence": self.sentence,
                "context": sorted(self.modifiers), "side": self.side, "counts": self.counts}


@dataclass(frozen=True)
class Reading:
    """Every concept mention in a description, and its numbers."""

    mentions: tuple[Mention, ...]
    numbers: Numbers
    #: The first sentence after the last reassurance ('physio said that's normal') that opens
    #: with a turn and tells of something new ('But since yesterday the calf swelled up'): signs
    #: told from there on are not covered by the reassurance (None when there is no such turn).
    turn: int | None = None

    def since_turn(self, concept: str) -> bool:
        """True when the concept is told (and counts) in the turn's sentence or after it."""
        return self.turn is not None and any(
            m.concept == concept and m.counts and m.sentence >= self.turn
            for m in self.mentions)

    @cached_property
    def present(self) -> frozenset[str]:
        """Concepts with at least one mention that counts (worked out once: every rule asks)."""
        return frozenset(m.concept for m in self.mentions if m.counts)

    def sides(self, *concepts: str) -> frozenset[str]:
        return frozenset(m.side for m in self.mentions
                         if m.concept in concepts and m.counts and m.side is not None)

    def on_both_sides(self, *concepts: str) -> bool:
        """True when the concepts, taken together, are told of the left and of the right
        ("sciatica down the left leg ... now the right leg is tingling too")."""
        sides = self.sides(*concepts)
        return "both" in sides or {"left", "right"} <= sides or (
            "other" in sides and bool(sides & {"left", "right"}))

    def evidence(self, concept: str) -> list[str]:
        """The words that showed a concept, for explanations."""
        return list(dict.fromkeys(m.words for m in self.mentions
                                  if m.concept == concept and m.counts))

    def to_json(self) -> dict[str, Any]:
        return {"mentions": [m.to_json() for m in self.mentions],
                "numbers": self.numbers.to_json()}


class _Entry(NamedTuple):
    """A compiled term (a plain tuple: thousands are unpickled at every start)."""

    concept: str
    keys: tuple[TermKey, ...]
    role: tuple[str, int, int]  # ("term", 0, 0) / ("near", rule, group) / ("exclude", 0, 0)
    gap: int  # words allowed between two of its words: none for an exclude, a fixed phrase's
    #           own small words for a fixed phrase ("down my back")
    fixed: bool = False  # a phrase of closed-class words, matched with nothing else between

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt by tuple.__new__ (C) rather than the generated __new__ (Python): 23,000 of
        # them are unpickled at every ``find`` start
        return (tuple.__new__, (_Entry, tuple(self)))


@dataclass(frozen=True)
class ConceptIndex:
    """The concepts' terms compiled once per knowledge base."""

    concepts: dict[str, SafetyConcept]
    vocabulary: Vocabulary
    #: Each term under the one of its keys that the fewest terms hold: a sentence's terms are
    #: looked up by the keys it has, and a rare key rules out most of the others at once
    #: (under its first key, "my" or "pain" brought hundreds to check at every sentence).
    by_rare_key: dict[TermKey, tuple[_Entry, ...]]
    context: CompiledRules
    #: The term keys of the words of negation triggers ("not", "cannot", "no sign of").
    negation_keys: frozenset[TermKey] = frozenset()

    def __hash__(self) -> int:
        return id(self)


@lru_cache(maxsize=4)
def concept_index(kb: KnowledgeBase) -> ConceptIndex:
    """The compiled concepts of a knowledge base (built once, kept; for the packaged knowledge
    base, stored in the user's cache beside it)."""
    if kb is KnowledgeBase.load():
        from pathlib import Path

        from triggerpoint.knowledge.base import DATA_DIR
        from triggerpoint.knowledge.cache import cached

        here = Path(__file__).parent
        # every module whose objects the index pickles, so a code change never loads stale ones
        code = [here / f"{name}.py" for name in ("lexicon", "concepts", "context")]
        files = [*DATA_DIR.glob("*/*.yaml"), *code, *(here / "data").glob("*.yaml"),
                 DATA_DIR.parent / "safety_models.py"]
        return cached("safety-index", files, lambda: _build_index(kb), modules=[
            "triggerpoint.safety.lexicon", "triggerpoint.safety.context", "triggerpoint.yamlio",
            "triggerpoint.knowledge.safety_models", "triggerpoint.knowledge.models"])
    return _build_index(kb)


#: Particles of phrasal verbs ("fell over", "threw up", "passed out", "came off").
_PARTICLES = frozenset({"over", "up", "out", "off", "down", "away"})


def _build_index(kb: KnowledgeBase) -> ConceptIndex:
    vocab = Vocabulary()
    entries: list[_Entry] = []
    roles: dict[tuple[str, int, int], tuple[str, int, int]] = {}

    def add(concept: str, term: str, role: tuple[str, int, int]) -> None:
        keys = compile_term(term, whole=role[0] == "exclude")
        if keys:
            vocab.add(keys, term)
            words = normalise(term).split()
            fixed = role[0] == "exclude" or set(words) <= CLOSED_CLASS
            # a verb and its particle ("run over", "fell over") hold at most an object between
            # them ("knocked me over"), not a clause ("running has spread over")
            phrasal = len(words) == 2 and words[1] in _PARTICLES
            # a fixed phrase's own small words ("down my back") may stand between its keys
            dropped = sum(w in FUNCTION_WORDS for w in words) if role[0] != "exclude" else 0
            # one string object for each concept and key, one tuple for each role: the
            # snapshot then stores each once, and a start creates each once
            entries.append(_Entry(sys.intern(concept), tuple(sys.intern(k) for k in keys),
                                  roles.setdefault(role, role),
                                  dropped if fixed else 1 if phrasal else MAX_GAP, fixed))

    concepts = {**kb.safety_concepts, **_contraindication_concepts(kb)}
    for concept in concepts.values():
        for term in concept.terms:
            add(concept.id, term, ("term", 0, 0))
        for r, near in enumerate(concept.near):
            for g, group in enumerate(near.groups):
                for term in group:
                    add(concept.id, term, ("near", r, g))
        for term in concept.exclude:
            add(concept.id, term, ("exclude", 0, 0))
    vocab.guard(english_words())
    holding = Counter(key for entry in entries for key in set(entry.keys))
    index: dict[TermKey, list[_Entry]] = defaultdict(list)
    for entry in entries:
        index[min(entry.keys, key=holding.__getitem__)].append(entry)
    rules = compiled_rules()
    negation_words = {w for starting in rules.by_first.values() for rule, phrase in starting
                      if rule.category == "negated" for w in phrase if w.isalpha()}
    return ConceptIndex(concepts, vocab, {k: tuple(v) for k, v in index.items()}, rules,
                        frozenset().union(*(vocab.keys_for(Token(0, w, stem(w)))
                                            for w in negation_words)))


def _contraindication_concepts(kb: KnowledgeBase) -> dict[str, SafetyConcept]:
    """Each contraindication's words as a concept: a condition is history (a past mention
    still counts), a medication or a state counts only while it is current."""
    found: dict[str, SafetyConcept] = {}
    for item in kb.contraindications.values():
        terms = [t.casefold() for t in item.terms if _TERM.fullmatch(t.casefold())]
        concept_id = f"contraindication-{item.id}"
        # the words a safety concept of the same name, or one sharing a term with it, says are
        # no sign ("fever pitch", "the fracture clinic") are none for the contraindication either
        shared = set(terms)
        exclude = list(dict.fromkeys(
            e for c in kb.safety_concepts.values()
            if c.id == item.id or shared.intersection(t.casefold() for t in c.terms)
            for e in c.exclude))
        found[concept_id] = SafetyConcept(
            id=concept_id, name=item.name, terms=terms, sources=list(item.sources),
            kind="history" if item.kind == "condition" else "circumstance",
            exclude=exclude)
    return found


@lru_cache(maxsize=4)
def _concept_regions(kb: KnowledgeBase) -> tuple[tuple[str, frozenset[str]], ...]:
    """The concepts a marked region implies, with their regions, in the index's order."""
    return tuple((c.id, frozenset(c.regions)) for c in concept_index(kb).concepts.values()
                 if c.regions)


def read(kb: KnowledgeBase, text: str | None, regions: Sequence[str] = ()) -> Reading:
    """Every concept mention in the text (and the places the marked regions imply)."""
    index = concept_index(kb)
    if text and ">" in text:
        text = _QUOTED_LINE.sub("", text)  # a line quoted from someone else's post
    parsed = sentences(text) if text else []
    mentions: list[Mention] = []
    animals = index.context.animals
    proxy = is_proxy_report(parsed, animals) or bool(
        text and (_QUOTED.search(text) or _GLOSSED.search(text)) and is_proxy_report(
            sentences(_GLOSSED.sub(r"\1 ", _QUOTED.sub(" ", text))), animals))
    if not proxy and proxy_subject(parsed) is not None and any(
            _getting_worse_now(s) for s in parsed):
        proxy = True  # "My daughter, 17, ... She's now got ... I'm fine btw": about her now
    numbers = read_numbers(parsed, proxy)
    if numbers.temperatures and not proxy:
        # "my patient had sepsis with mottled skin and fever 40": someone else's reading
        numbers = replace(numbers, temperatures=tuple(
            t for t in numbers.temperatures if not _reading_of_another(index, parsed, t)))
    subject = proxy_subject(parsed) if proxy else None
    dictated = proxy and _is_dictated(parsed)
    for n, sentence in enumerate(parsed):
        found = _sentence_mentions(index, sentence, numbers, proxy, subject, dictated)
        if found and not proxy and (carried := _aside_context(index, parsed, sentence)):
            found = [replace(m, modifiers=m.modifiers | carried, counts=m.counts and _counts(
                index.concepts[m.concept], set(m.modifiers | carried), False)) for m in found]
        if _only_asked_here(parsed, n):
            found = [replace(m, modifiers=m.modifiers | {"hypothetical"}, counts=False)
                     for m in found]
        if found and _answered_no(parsed, n):
            found = [replace(m, modifiers=m.modifiers | {"negated"}, counts=False)
                     for m in found]
        mentions.extend(found)
    mentions = _fever_settled_later(index, parsed, mentions)
    turn = _turn(parsed, mentions)
    if numbers.temperatures:
        # "had flu with a 39C fever three weeks ago, it's been completely gone": a reading told
        # with fever words that are all past or over is past or over too
        over = _fever_over(mentions)
        if over:
            numbers = replace(numbers, temperatures=tuple(
                t for t in numbers.temperatures if t.sentence not in over))
    if regions:
        marked = set(regions)
        for concept_id, places in _concept_regions(kb):
            if not places.isdisjoint(marked):
                mentions.append(Mention(concept_id, -1, "marked on the body chart", frozenset(),
                                        None, True))
    temperature = numbers.temperature_c
    if temperature is not None and temperature >= _FEVER_C and _FEVER in index.concepts:
        mentions.append(Mention(_FEVER, -1, f"temperature {temperature:g} °C", frozenset(),
                                None, True))
    lowest = min((t.celsius for t in numbers.temperatures), default=None)
    if lowest is not None and _HYPOTHERMIA_C <= lowest < _LOW_C and _LOW in index.concepts:
        # a temperature below 36 °C is a sign of sepsis (UK Sepsis Trust), not a normal one
        mentions.append(Mention(_LOW, -1, f"temperature {lowest:g} °C", frozenset(), None, True))
    oxygen = numbers.oxygen_saturation
    if oxygen is not None and _OXYGEN_MIN <= oxygen <= _BORDERLINE_OXYGEN_MAX:
        concept_id = _LOW_OXYGEN if oxygen <= _LOW_OXYGEN_MAX else _BORDERLINE_OXYGEN
        if concept_id in index.concepts:
            mentions.append(Mention(concept_id, -1, f"blood oxygen {oxygen} %", frozenset(),
                                    None, True))
    pulse = numbers.resting_heart_rate
    if pulse is not None and pulse > _FAST_PULSE and _RACING in index.concepts:
        mentions.append(Mention(_RACING, -1, f"heart rate {pulse} at rest", frozenset(), None,
                                True))
    crashed = {m.sentence for m in mentions if m.concept in _CRASHES and m.counts}
    fast = max((mph for at, mph in numbers.speeds if at in crashed), default=None)
    if fast is not None and fast >= _HIGH_SPEED_MPH and _HIGH_SPEED in index.concepts:
        mentions.append(Mention(_HIGH_SPEED, -1, f"a crash at about {fast:.0f} mph", frozenset(),
                                None, True))
    return Reading(tuple(mentions), numbers, turn)


def _reading_of_another(index: ConceptIndex, parsed: Sequence[Sentence],
                        reading: Temperature) -> bool:
    """A temperature told of someone else, of a supposed case, of a time gone by or as over
    ("my patient had a fever of 40", "what if my temperature went to 39", "last month my back
    pain came with a fever of 39", "a temp of 39, temperature's been normal for 4 days")."""
    sentence = next((s for s in parsed if s.index == reading.sentence), None)
    if sentence is None or reading.at < 0:
        return False
    triggers = triggers_in(sentence, index.context)
    found = modifiers(triggers, [reading.at])
    if "resolved" in found and not is_recent(sentence, index.context):
        return True  # "a temp of 39 last week, temperature's been normal for 4 days now"
    # (a time gone by only when it opens the clause: not "fever 38, was treated for TB last
    # year", whose "last year" looks back over the fever of now)
    # (nor one told late in a long clause of a relative's or a friend's illness: "my sister's
    # friend ended up in hospital with a kidney infection, back pain and a fever of 39")
    return bool(found & {"other", "hypothetical"}) or any(
        t.category == "historical" and t.start < reading.at and reading.at in t.scope
        for t in triggers) or _told_of_another(sentence, triggers, reading.at)


#: A line quoted from another post, as forums and e-mail mark it ("> has anyone had numb legs"):
#: someone else's words, which the reply answers.
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
#: Someone's words put into English in brackets after a word of saying ("he say mi doari caplu
#: (my head hurts)"): the "my" of the gloss is theirs, not the writer's.
_GLOSSED = re.compile(r"(\b(?:say|says|said|saying|tell|tells|told|calls?|called|means?|meaning)"
                      r"\b[^.()\n]{1,40})\([^()\n]{3,60}\)")

#: A passage in quotation marks: someone's own words relayed ("Messages from my girlfriend:
#: 'sudden pain low in my belly'"), whose "my" is theirs, not the writer's. A single quote opens
#: only after a space, a colon or a bracket, and closes only before one or a stop, so the
#: apostrophes of "I've" and "Mum's" are no quotes.
_QUOTED = re.compile(r"\"[^\"]{3,}\"|\u201c[^\u201d]{3,}\u201d|\u2018.{3,}?\u2019(?=[\s.,;:!?)]|$)"
                     # (not a dialect's dropped letters: "'ee's on tablets", "swellin' nor
                     # nothin'")
                     r"|(?:^|(?<=[\s:(]))'(?!(?:ee|em|im|e|n|cos|cause|til|bout|round)\b)"
                     r".{3,}?(?<!in)'(?=[\s.,;:!?)]|$)", re.MULTILINE)


#: Concepts that say a doctor or therapist found nothing wrong: they cancel many red flags
#: (``unless`` in the red-flag data), but only for what was there when the person was seen.
REASSURED = frozenset({"assessed-normal"})
#: What a sentence opens with when it tells a change since then ("But since yesterday the whole
#: calf swelled up", "Now it's hot and red", "Then this morning ...").
_TURNS = frozenset({"but", "however", "now", "then", "suddenly", "since", "today", "tonight",
                    "overnight", "yesterday", "this", "last"})
_NEW = "sudden-onset"
_BRIEF = "brief-episode"
#: Units of an episode timed in minutes or less ("for bout 20 min"), not in hours; the words that
#: open its length ("for", "lasted"), not the time it took to recover ("a minute after standing").
_LASTED = frozenset({"for", "lasted", "lasting", "lasts"})
_MINUTES = frozenset({"min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds"})


#: A fever and its shivers, told as over together ("Had flu with a temp and the shivers.
#: Temperature's been normal for 3 days now").
_FEVERISH = _TEMPERATURE_CONCEPTS | {"rigors"}


def _fever_settled_later(index: ConceptIndex, parsed: Sequence[Sentence],
                         mentions: list[Mention]) -> list[Mention]:
    """A fever told in one sentence and said to be normal or over in a later one ("Had flu last
    week with a temp and the shivers. Temperature's been normal for 3 days now") is over where
    it was first told too, unless that first sentence says it was recent ("this morning")."""
    settled = [m.sentence for m in mentions if m.concept in _FEVER_WORDS and not m.counts
               and m.modifiers & {"normal", "resolved"}
               and not any(o.counts and o.sentence == m.sentence and o.concept in _FEVERISH
                           for o in mentions)]
    if not settled:
        return mentions
    last = max(settled)
    by_index = {s.index: s for s in parsed}
    out = []
    for m in mentions:
        if (m.concept in _FEVERISH and m.counts and 0 <= m.sentence < last
                and not is_recent(by_index[m.sentence], index.context)):
            mods = m.modifiers | {"resolved"}
            m = replace(m, modifiers=mods, counts=_counts(index.concepts[m.concept], set(mods),
                                                          False))
        out.append(m)
    return out


def _fever_over(mentions: list[Mention]) -> set[int]:
    """Sentences whose fever words are all past or over (none counts, one at least is
    'historical' or 'resolved')."""
    told: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.concept in _TEMPERATURE_CONCEPTS:
            told.setdefault(m.sentence, []).append(m)
    return {n for n, found in told.items() if not any(m.counts for m in found)
            and any(m.modifiers & {"historical", "resolved"} for m in found)}


def _turn(parsed: Sequence[Sentence], mentions: list[Mention]) -> int | None:
    """The sentence where a change told after a reassurance begins ("physio said that's normal.
    But since yesterday the whole calf swelled up, shiny and hot"): one after the last
    reassurance that opens with a turn and holds a new onset. A reassurance is about what was
    seen then; what is told from that sentence on is not covered by it (screen.py)."""
    reassured = [m.sentence for m in mentions if m.concept in REASSURED and m.counts]
    if not reassured:
        return None
    last = max(reassured)
    return min((m.sentence for m in mentions if m.concept == _NEW and m.counts
                and m.sentence > last and _opens_with_turn(parsed[m.sentence])), default=None)


def _opens_with_turn(sentence: Sentence) -> bool:
    words = [t.text for t in sentence.tokens if t.is_word][:2]
    return bool(words) and (words[0] in _TURNS or words[:2] == ["and", "now"])


def _getting_worse_now(sentence: Sentence) -> bool:
    """A sentence that tells how that person is now, as it gets worse ("She's now got a severe
    pain ... and this evening her speech is slurred"; "Now says his neck's stiff, the headache
    keeps getting worse"): their signs count, whatever the writer adds of their own."""
    words = [t.text for t in sentence.tokens if t.is_word]
    said = set(words)
    if said & _STORY_OVER:
        # "my aunty had a stroke at Christmas ..., she's in rehab now"; "he's at the GP this
        # afternoon about it": seen to
        return False
    now = "now" in said or {"this", "evening"} <= said or {"this", "afternoon"} <= said
    return now and bool(said & _WORSE_NOW) and any(
        w in ("he", "she") and nxt in _PRESENT_WORDS for w, nxt in pairwise(words))


#: Words that tell what the person has now or how it goes ("she's now got", "keeps getting
#: worse", "now says"); not "she's on blood thinners now", where they are being treated.
_WORSE_NOW = frozenset({"keeps", "getting", "worse", "worsening", "got", "has", "developed",
                        "started", "says", "saying", "complaining", "gone"})
_STORY_OVER = frozenset({"had", "went", "was", "rehab", "hospital", "hosp", "recovering", "fine",
                         "ok", "okay", "better", "cleared", "checked", "gp", "appointment",
                         "111", "999", "ambulance", "paramedics"})


def _aside_context(index: ConceptIndex, parsed: Sequence[Sentence],
                   sentence: Sentence) -> frozenset[str]:
    """What an aside in brackets takes from the sentence around it: whose story, and whether
    past or asked about ("my dad had a stroke last year (face dropped, arm went floppy)"), when
    the scope of such a trigger reaches the bracket or the bracket follows the trigger's own
    words ("my mum (a Cancer, typical) had ..."); an aside in the writer's own words ("(my
    left arm too)") keeps its own reading."""
    if sentence.aside_of is None:
        return frozenset()
    # (an aside in the writer's own words keeps whether it is past or asked about: "back in 2019
    # I had a TIA (lost my words for ten minutes)"; it is not someone else's)
    carried = _CARRIED - {"other"} if _FIRST_PERSON & {t.text for t in sentence.words} else (
        _CARRIED)
    around, at = sentence.aside_of
    return frozenset(t.category for t in triggers_in(parsed[around], index.context)
                     if t.category in carried and (at - 1 in t.scope or t.start < at <= t.end))


_FIRST_PERSON = frozenset({"i", "my", "me", "mine", "myself", "im"})
_CARRIED = frozenset({"other", "historical", "hypothetical"})
#: Where a writer was when something happened to someone else ("a resident had a stroke on my
#: shift").
_WHERE_I_WORK = frozenset({"shift", "watch", "ward", "round", "rounds", "unit", "bus", "route",
                           "class", "lesson", "care", "floor", "wing", "patch", "beat"})


def _told_of_another(sentence: Sentence, triggers: Sequence[Trigger], start: int) -> bool:
    """True when a diagnosis is named later in a long clause told of a relative or a friend,
    past the reach of the person's word, with no word of the writer's own in between ("My mate
    got a crushing chest pain in the weighing room and went off in the ambulance, heart attack,
    he's doing ok now"): it is still theirs."""
    texts = [t.text for t in sentence.tokens]
    for trigger in triggers:
        if trigger.category != "other" or trigger.end > start or start - trigger.end > 30:
            continue
        last = trigger.phrase.split()[-1]
        if last not in _PROXY_PEOPLE and last.removesuffix("s") not in _PROXY_PEOPLE and (
                not trigger.phrase.endswith(" of mine")) and last != "<group>":
            continue  # ("a mate of mine", "a friend of mine", "one of the residents")
        between = texts[trigger.end:start]
        # (where the writer was, "on my shift", is no statement of the writer's own)
        between = [w for n, w in enumerate(between) if not (
            w == "my" and between[n - 1 : n] in (["on"], ["at"], ["in"]) and between[n + 1 : n + 2]
            and between[n + 1] in _WHERE_I_WORK)]
        if not (_FIRST_PERSON | {"but", "though", "although", "whereas"}) & set(between):
            return True
    return False


#: The verbs that give someone an illness ("a lad at work has shingles", "a client had a DVT").
_HAS_ILLNESS = frozenset({"has", "had", "got", "gets", "caught", "with"})
#: Words that set where the writer was ("a farmer on my round", "a lady in my choir").
_WHERE_THEY_ARE = frozenset({"on", "at", "in", "from", "of"})
#: Words after "a" that make it a time or an amount, not a person ("a week ago", "a bit").
_NOT_SOMEONE = frozenset({"ago", "day", "days", "week", "weeks", "month", "months", "year",
                          "years", "while", "bit", "few", "couple", "lot", "long", "time"})


def _stranger_has(sentence: Sentence, start: int) -> bool:
    """A sentence opens on someone named by "a" and up to seven words (none of the writer's own
    body or self, though where the writer was may be told: "on my round"), who "has", "had"
    or "got" the diagnosis named at ``start`` within three words: "A farmer on my round has
    the shingles right round his side" is the farmer's illness."""
    texts = [t.text for t in sentence.tokens[:start]]
    if texts[:1] not in (["a"], ["an"]):
        return False
    verb = next((k for k in range(2, min(len(texts), 9)) if texts[k] in _HAS_ILLNESS), None)
    if verb is None or start - verb > 3:
        return False
    between = texts[1:verb]
    if _NOT_SOMEONE & set(between):
        return False  # "a few weeks ago got shingles": a time, not a person
    return all(w.isalpha() and w not in _OWN_BODY and (
        w not in _FIRST_PERSON or (w in ("my", "our") and between[n - 1:n] and
                                   between[n - 1] in _WHERE_THEY_ARE))
               for n, w in enumerate(between))


#: What a writer adds after a question to say it was only asked ("Would numbness round my bum be
#: a red flag? I don't have it, just curious").
_ONLY_ASKED = (("i", "do", "not", "have", "it"), ("i", "do", "not", "have", "that"),
               ("i", "do", "not", "have", "any"), ("i", "have", "not", "got", "it"),
               ("i", "do", "not", "have", "this"), ("only", "asking"),
               ("just", "curious"), ("just", "asking"), ("just", "wondering"),
               ("i", "want", "to", "know"), ("have", "not", "had", "it"),
               ("asking", "cos"), ("asking", "because"), ("just", "read", "about"),
               ("i", "have", "not", "got", "anything"), ("i", "do", "not", "have", "anything"),
               ("read", "it", "on"), ("read", "about", "it"), ("saw", "it", "on"),
               # ("worst headache? no no, normal tension type"): the question answered no
               ("no", "no"), ("nope",))


#: Words that make a sentence what someone said or supposed ("told me if ...").
_REPORTED = frozenset({"if", "told", "said", "says", "say"})
#: Of ``_ONLY_ASKED``, the ones that deny having it (not "nope", not "just curious"): only these
#: make a statement before them a supposed case.
_DENIED = tuple(p for p in _ONLY_ASKED if p[:4] in (("i", "do", "not", "have"),
                                                    ("i", "have", "not", "got")))
#: A sentence after a question this short may say anywhere that it was only asked; a longer one
#: must say it in its first words.
_SHORT_AFTER = 12


def _only_asked_here(parsed: Sequence[Sentence], n: int) -> bool:
    """What sentence ``n`` tells is only asked about: it gives the examples of the question
    before it; it is a question that a sentence after says was only asked; it stands between a
    question and "I do not have this" ("when should I worry? Someone told me numbness in the
    bottom is danger. I do not have this"); or it tells what someone said or supposed and the
    next sentence denies having it ("My friend told me if headache come suddenly it is
    dangerous. I do not have this")."""
    sentence = parsed[n]
    after = parsed[n + 1] if n + 1 < len(parsed) else None
    return (n > 0 and _examples_asked(parsed[n - 1], sentence)) or any(
        _asked_only(sentence, later) for later in parsed[n + 1:n + 3]) or (
        after is not None and n > 0 and parsed[n - 1].is_question and _says_only_asked(after)
    ) or (after is not None and _says_only_asked(after, _DENIED)
          and bool(_REPORTED.intersection(t.text for t in sentence.tokens)))


def _asked_only(question: Sentence, after: Sentence) -> bool:
    """A question followed by a sentence that says it was only asked: what the question names is
    asked about, not told."""
    if not question.is_question:
        return False
    return _says_only_asked(after)


#: A form's answer that denies the question before it ("Chest pain or angina? No.").
_NO_ANSWERS: Final = (("no",), ("never",), ("none",), ("nope",), ("no", "never"), ("n",),
                      ("not", "at", "all"), ("no", "none"), ("never", "had"))


def _answered_no(parsed: Sequence[Sentence], n: int) -> bool:
    """The sentence is a question that the next sentence answers with a bare "No." or "Never."
    (a form's or an intake's question and its answer: "Fainting or loss of consciousness?
    Never.")."""
    if not parsed[n].is_question or n + 1 >= len(parsed):
        return False
    tokens = parsed[n + 1].tokens
    if tokens[1:2] and tokens[1].text == ":" and tokens[0].text in _SPEAKERS:
        tokens = tokens[2:]  # a transcript's "Caller: No." (the speaker's label)
    words = tuple(t.text for t in tokens if t.is_word)
    # ("Caller: No, none of that, no temperature": the list asked, denied as a whole)
    return words in _NO_ANSWERS or bool(words[:1]) and words[0] in ("no", "nope", "never") and (
        any(words[1:1 + len(p)] == p for p in _NONE_OF_IT))


#: Labels of who speaks in a transcript or a form ("Caller:", "Patient:", "A:").
_SPEAKERS: Final = frozenset({"caller", "patient", "pt", "client", "answer", "a", "reply", "me",
                              "user", "customer", "you",
                              "mum", "dad", "son", "daughter", "husband", "wife"})
#: Answers that deny a whole list asked ("No, none of that", "No, nothing like that").
_NONE_OF_IT: Final = (("none", "of", "that"), ("none", "of", "those"), ("none", "of", "them"),
                      ("nothing", "like", "that"), ("nothing", "of", "the", "sort"),
                      ("none", "of", "it"), ("nothing", "of", "that"))


def _says_only_asked(after: Sentence,
                     phrases: tuple[tuple[str, ...], ...] | None = None) -> bool:
    """The sentence says that what came before was only asked ("I do not have this"), in one
    of ``phrases`` (all of ``_ONLY_ASKED`` by default)."""
    words = tuple(t.text for t in after.tokens if t.is_word)
    starts = range(len(words)) if len(words) <= _SHORT_AFTER else range(3)
    return any(words[i:i + len(p)] == p for p in (phrases or _ONLY_ASKED) for i in starts)


def _examples_asked(before: Sentence, sentence: Sentence) -> bool:
    """A question that only gives examples for the question before it ("what signs would mean I
    should stop? like numbness down below or bladder stuff?"): what it names is asked about."""
    words = [t.text for t in sentence.tokens if t.is_word]
    return before.is_question and sentence.is_question and (
        words[:1] == ["like"] or words[:2] == ["such", "as"])


def is_proxy_report(parsed: Sequence[Sentence], animals: frozenset[str] = frozenset()) -> bool:
    """True when the description is about someone else now ("My son is 16 and ...", "Mum (84)
    slipped ...", "I'm a home carer. Mrs B (82) is ..."), with no complaint of the writer's own:
    then what it tells of that person counts, as a clinician would take it. A relative's past
    illness ("my dad had a heart attack") or a writer with pain of their own is not a proxy
    report. ``animals`` are the context rules' one-word animals: a message that opens with one
    is about a pet, never a proxy report."""
    if not parsed:
        return False
    if _is_dictated(parsed):
        return True  # "Nana typing for Grandad. He says: my shoulder ...": his words, his signs
    words_all = [t.text for s in parsed for t in s.tokens if t.is_word]
    joined = " ".join(words_all)
    carer = any(joined.find(cue) >= 0 for cue in _CARER_CUES) or bool(
        _WRITING_FOR.search(" ".join(words_all[:12])))
    first = _opening(words_all)
    subject = next((i for i, w in enumerate(first[:4])
                    if _is_person(first, i) or _is_age_noun(first, i)), None)
    if subject is None:
        # (a ward note's "Bay 4 bed 2: 47F, cellulitis ...": the patient by age and sex, after
        # the note's heading)
        # (the first four words were read for an age and sex above, by _is_age_noun)
        subject = next((i for i in range(4, len(first)) if _age_and_sex(first, i)), None)
    if subject is None:
        subject = _my_person(first)
    if subject is None and animals.intersection(first[:4]):
        return False  # "Our Staffie's back legs have gone weak": a pet's signs are never ours
    if subject is None and not carer:
        # no person named at the opening: a message that tells its signs of "he" or "she" and
        # none of the writer's own ("Rugby lad, took a knock ... just now he couldn't find his
        # words") is about that person
        return (_told_of_them(words_all) or (
            _opens_on_them(first, words_all) and any(s.is_question for s in parsed))) and not any(
            _own_complaint([t.text for t in s.tokens if t.is_word]) for s in parsed)
    if subject is not None:
        following = first[subject + 1:subject + 4]
        ongoing = following[:1] == ["was"] and following[1:2] != [] and following[1].endswith(
            "ing")  # "my husband was lifting the mower when ...": an event told as it happened
        if (following[:2] in (["had", "a"], ["had", "an"]) or following[:1] in (
                ["was"], ["died"], ["passed"], ["used"], ["once"])) and not ongoing and not (
                _told_now(parsed)):
            return False  # "my dad had a heart attack", "my neighbour was diagnosed": their story
        if first[subject] in _INFANTS and (first[subject] == "infant" or not (
                set(words_all) & _SEEN_TO)):
            # a baby cannot tell its own signs: what the message tells of it counts, whatever
            # the writer adds of their own ("... and I hurt my back diving to catch him")
            return True
    return not any(_own_complaint([t.text for t in s.tokens if t.is_word]) or _own_line(s)
                   or _turns_to_me(s, parsed[k + 1:k + 2])
                   for k, s in enumerate(parsed)) or (
        subject is not None and _asks_for_them(parsed))


#: A sentence that only turns to the writer ("Me?", "As for me:", "And me?").
_TURN_TO_ME = (["me"], ["and", "me"], ["as", "for", "me"], ["myself"], ["what", "about", "me"])


def _turns_to_me(sentence: Sentence, after: Sequence[Sentence]) -> bool:
    """"Had a patient with a numb saddle on shift. Me? Just a stiff lower back": a sentence
    that turns to the writer, and a body word early in the next one, is the writer's own
    complaint."""
    words = [t.text for t in sentence.tokens if t.is_word]
    return words in _TURN_TO_ME and any(
        _OWN_BODY & {t.text for t in s.tokens[:8]} for s in after)


def _is_dictated(parsed: Sequence[Sentence]) -> bool:
    """The message is typed for, or dictated by, someone else (``_DICTATED``)."""
    return bool(_DICTATED.search(" ".join(t.text for s in parsed for t in s.tokens
                                          if t.is_word)))


def _asks_for_them(parsed: Sequence[Sentence]) -> bool:
    """The message's last question asks what the person it opened with may do ("Can she foam
    roll the shin?"): it is about them, whatever the writer adds of their own aches."""
    questions = [[t.text for t in s.tokens if t.is_word] for s in parsed if s.is_question]
    if not questions:
        return False
    last = questions[-1]
    # ("I've got a TENS machine, would that help her?": the help asked is for her)
    return any(w in _ASKING and last[i + 1:i + 2] in (["she"], ["he"])
               for i, w in enumerate(last)) or (
        last[-1:] in (["her"], ["him"]) and not {"me", "my", "myself"} & set(last))


#: Words after "got back" that make it a return, not a back ("got back from work", "got back
#: home").
_RETURNED = frozenset({"from", "home", "to", "in", "at", "after", "off", "on", "into", "late",
                       "early", "today", "tonight", "yesterday", "last"})


def _own_line(sentence: Sentence) -> bool:
    """A line or field of the writer's own body ("Flatmate: high fever ... | Me: neck tight
    ..."): "me" (or "myself") as a label, a colon after it and a body word right after that;
    not a chat's "Me: how long?", nor what was said to the writer ("he rang me: his legs ...",
    "my aunt is with me: her scalp ...")."""
    texts = [t.text for t in sentence.tokens]
    return any(word in ("me", "myself") and texts[k + 1:k + 2] == [":"]
               and not set(texts[k - 1:k]) & _TO_ME
               and bool(_OWN_BODY & set(texts[k + 2:k + 5]))
               for k, word in enumerate(texts))


#: Words after a sentence's opening "me" that make it the writer's own state ("Me very sad,
#: cry a lot, neck tight from stress"; not "Me rubbing she neck", what the writer does).
_ME_FEELING = frozenset({"very", "so", "really", "feel", "feeling", "have", "got", "sore",
                         "hurt", "hurting", "pain", "ache", "aching", "tired", "sad", "stiff"})
#: Words before "me:" that make what follows said to, or beside, the writer.
_TO_ME = frozenset({"to", "told", "asked", "said", "tells", "rang", "called", "phoned",
                    "texted", "messaged", "emailed", "wrote", "with", "at", "for", "beside"})


#: The word for a baby introduced by its age ("my 9 month old" is read as "my infant child").
#: Words that tell a child's illness was seen to or is over ("the GP said viral and she's fine").
_SEEN_TO = frozenset({"fine", "ok", "okay", "better", "recovered", "cleared", "gp", "doctor",
                      "doctors", "doc", "docs", "hospital", "rehab", "paediatrician",
                      "pediatrician", "viral", "home", "discharged", "bouncing", "antibiotics"})
#: People who cannot be left to tell their own signs: what a message tells of them counts,
#: whatever the writer adds of their own.
_INFANTS = frozenset({"infant", "child", "toddler", "kid"})


def _told_of_them(words: list[str]) -> bool:
    """The message speaks of "he" or "she" ("his", "him", "her": at least twice, and more than
    of "I")."""
    them = sum(w in ("he", "she", "his", "him", "her") for w in words)
    return them >= 2 and them > sum(w == "i" for w in words)


def _opens_on_them(first: list[str], words: list[str]) -> bool:
    """The message opens on a person, by a word for them with no "my" and no "a" ("Young lad
    got a clash on the shin at training ... he heard a crack"; not "A man at work hurt his
    back", a story), tells of "he" or "she" and never of "I"."""
    return bool(first) and first[0] not in ("a", "an", "the", "this", "that", "one") and any(
        w in _PROXY_PEOPLE for w in first[:2]) and "i" not in words and any(
        w in ("he", "she", "his", "him", "her") for w in words)


def _told_now(sentences: Sequence[Sentence]) -> bool:
    """The message goes on to tell how the person is now ("he's complaining ...", "now his
    knees look ...", "and now she's really sleepy"), so an opening past event ("my husband had
    a hernia op 5 days ago") begins the story of their illness, not a story that is over."""
    for sentence in sentences:
        words = [t.text for t in sentence.tokens if t.is_word]
        if "minutes" in words or "mins" in words or {"just", "now"} <= set(words) or (
                {"right", "now"} <= set(words)):
            return True  # "It's been ten minutes": happening now
        for i, word in enumerate(words[:-1]):
            if word in ("he", "she") and words[i + 1] in _PRESENT_WORDS:
                return True
            if word == "now" and words[i + 1] in THIRD_PERSON:
                return True
    return False


def proxy_subject(parsed: Sequence[Sentence]) -> str | None:
    """The word that names the person a proxy report is about ("son" in "My son (13) ..."),
    or None when the report names them otherwise (by age, by a carer's name)."""
    words_all = [t.text for s in parsed for t in s.tokens if t.is_word]
    first = _opening(words_all)
    found = next((w for i, w in enumerate(first[:4]) if _is_person(first, i)), None)
    if found is None and (i := _my_person(first)) is not None:
        found = first[i]
    return found


def _opening(words: list[str]) -> list[str]:
    """The first eight words after a greeting, a "writing for" ("Hi, this is my mother
    dictating" -> "this is my mother dictating") or the writer's role ("writing as her mum")."""
    start = 0
    if words[1:2] and words[1] in _LOG_HEADER:
        start = 2  # ("Nurse log 10:15. Yr 7 girl, ...": the log's heading and its time)
        while start < len(words) and words[start].isdigit():
            start += 1
    while start < len(words) and words[start] in _GREETINGS:
        start += 1
    first = words[start:start + 8]
    if first[:2] in (["writing", "for"], ["asking", "for"], ["posting", "for"], ["on", "behalf"]):
        first = words[start + 2:start + 10]
    elif first[:2] in (["writing", "as"], ["asking", "as"], ["posting", "as"], ["typing", "as"]):
        # "Writing as her mum - my toddler won't ...": the writer's role, then the person
        role = next((i for i, w in enumerate(first[2:6], 2) if w in _PROXY_PEOPLE), None)
        if role is not None:
            first = words[start + role + 1:start + role + 9]
    return first


def _is_person(words: list[str], i: int) -> bool:
    """A word for a person the message may be about; "boy", "lad", "eldest" only as "my boy"
    ("a lad on my team had surgery" is a story about someone else)."""
    word = words[i]
    if word not in _PROXY_PEOPLE:
        return False
    if word in _NEEDS_DETERMINER:
        return i > 0 and words[i - 1] in _DETERMINERS
    # ("Yr 7 girl, limping": a school nurse's pupil, named by her school year)
    return word not in _NEEDS_OWNER or (i > 0 and words[i - 1] in ("my", "our")) or (
        i > 1 and words[i - 2] in ("yr", "year") and words[i - 1].isdigit()) or (
        # ("Mate's got a sudden thunderclap headache", "Mate collapsed with chest pain": the
        # message's first word, and the subject of what follows; a hailed "mate" is dropped by
        # lexicon.normalise)
        i == 0 and word in _FRIEND_WORDS and words[1:2] != [] and words[1] in _SUBJECT_VERBS)


def _my_person(first: list[str]) -> int | None:
    """Where "my" or "our" names a person among the opening words ("this is my 69 year old
    mother", "the knee of my grandma"), or None."""
    for i, word in enumerate(first):
        if word in ("my", "our") and not (i and first[i - 1] in _NOT_OWNED_AFTER):
            # (not "my message to my sister": the sister is who it went to)
            for j in range(i + 1, min(i + 5, len(first))):
                if first[j] in _PROXY_PEOPLE:
                    return j
                if first[j] in _OWN_BODY:
                    break  # "my back", "my left knee": the writer's own body
                if first[j] in _NOT_OWNED_AFTER:
                    break  # "copied from my text to mum": the mother is not "my" person here
    return None


#: Words after which a person named is no longer the one "my" opened with ("my text to mum",
#: "my chat with dad").
_NOT_OWNED_AFTER = frozenset({"to", "from", "with", "about", "for"})


_INDEFINITE = frozenset({"a", "an", "some", "someone", "somebody", "one", "another"})


def _third_person(phrase: str, subject: str) -> bool:
    """True when an 'other' trigger names someone besides the person a proxy report is about:
    "mate" in "My son's mate got meningitis", "family history"; not "he", "her" or "son"."""
    words = set(phrase.split())
    if phrase.split()[0] in _INDEFINITE:
        return True  # "a boy on his team", "one of our lot": never the person written for
    same = next((group for group in _SAME_PERSON if subject in group), frozenset({subject}))
    return not (words & (THIRD_PERSON | same))


def _pronoun_of_another(words: list[str], at: int, subject: str) -> bool:
    """True when the pronoun at ``at`` follows, in its sentence, a person other than the one a
    proxy report is about ("my brother had a stroke, his face dropped"): the nearest person
    named is the one it speaks of."""
    if words[at] not in ("he", "his", "him", "she", "her"):
        return False
    same = next((group for group in _SAME_PERSON if subject in group), frozenset({subject}))
    named = next((w for w in reversed(words[:at]) if w in _PROXY_PEOPLE and w not in
                  _NEEDS_OWNER), None)
    return named is not None and named not in same


def _is_age_noun(words: list[str], i: int) -> bool:
    """A person named by their age ("a 4 year old", "our 3yo", "4 yr old", "18 month old",
    "he's 3")."""
    if words[i] in ("he", "she") and i == 0:
        return words[1:2] == ["is"] and words[2:3] != [] and words[2].isdigit()
    if words[i] == "old":
        return bool(_AGE_UNITS & set(words[max(0, i - 2):i]))
    return words[i] == "yo" and i > 0 and words[i - 1].isdigit() or _age_and_sex(words, i)


#: The sex after an age in a clinical note's "47F", "66M", "70 yo F", "35yom".
_SEXES = frozenset({"f", "m", "yof", "yom"})


def _age_and_sex(words: list[str], i: int) -> bool:
    """A patient named by age and sex, as clinical notes do ("47F", "66 M", "70yo F"): a proxy
    report when the writer tells no complaint of their own (a poster's "32F here, my back ..."
    tells one)."""
    return words[i] in _SEXES and i > 0 and (
        words[i - 1].isdigit() or words[i - 1] == "yo" and i > 1 and words[i - 2].isdigit())


_AGE_UNITS = frozenset({"year", "years", "yr", "yrs", "month", "months", "week", "weeks"})


#: Verbs of the writer's own aching ("I ache", "I just hurt").
_ACHING: Final = frozenset({"ache", "ached", "hurt", "throb"})
#: Words before "mine" that make it a thing or a person of the writer's, not their body ("the
#: stall next to mine", "a friend of mine").
_PLACED_BY: Final = frozenset({"to", "of", "beside", "opposite", "near", "behind", "by"})


#: Roles headed by "head" ("my head chef", "my head teacher"): a person, not the writer's head.
_HEAD_ROLES = frozenset({"chef", "chefs", "teacher", "coach", "gardener", "keeper", "shearer",
                         "waiter", "nurse", "groundsman", "porter", "of"})


#: Words after "my elbow" that make it the writer's complaint, not a part they do something
#: with ("dig my elbow into his back").
_ELBOW_OWN = frozenset({":", "hurts", "aches", "pain", "is", "has", "was", "still", "keeps",
                        "feels", "flares"})


def _own_complaint(words: list[str]) -> bool:
    """The writer speaks of their own body: "my back", "mine", "I have a knot", "I'm 29"."""
    for i, word in enumerate(words):
        nxt = words[i + 1:i + 4]
        # ("my husband's neck" is his: a body word after a person is that person's)
        if (word == "my" and nxt[:1] and nxt[0] not in _PROXY_PEOPLE
                # ("my usual tight hamstrings": a word of how it is may come first)
                and (_OWN_BODY & set(nxt[:2]) or nxt[0] in _HOW_IT_IS and _OWN_BODY & set(nxt[1:3]))
                and not set(words[i - 1:i]) & _HANDLED
                and not (nxt[0] == "head" and nxt[1:2] and nxt[1] in _HEAD_ROLES)) or (
                word == "mine" and not set(words[i - 1:i]) & _PLACED_BY
                # ("Mine (9) says her back hurts": the writer's child)
                and not (nxt[:1] and (nxt[0].isdigit() or nxt[0] in ("says", "said")))) or (
                word == "my" and nxt[:1] and nxt[0] in OWN_TROUBLE):
            return True  # not "keeps pushing my hand onto his chest": what he does with it
        if word == "my" and nxt[:1] and nxt[0] in _WORKING_PARTS and set(nxt[1:3]) & _SORE:
            return True  # "my thumbs ache from all the trigger point work": its own ache
        if word == "my" and (nxt[:2] in (["tennis", "elbow"], ["golfers", "elbow"],
                                         ["golfer", "elbow"]) or (
                nxt[:1] == ["elbow"] and nxt[1:2] and nxt[1] in _ELBOW_OWN)):
            return True  # "I went in for my tennis elbow", "my elbow: two sessions in"
        if word == "i" and set(nxt) & {"have", "feel", "got", "get"} and not (
                set(nxt[1:2]) & _NOT_OWN_AFTER or set(words[i - 1:i]) & _ASKING
                # ("I've just noticed little dark red spots on his tummy")
                or (nxt[1:2] in (["just"], ["also"], ["already"])
                    and set(nxt[2:3]) & _NOT_OWN_AFTER)
                or "pulse" in words[i + 1:i + 7]
                # ("I can't get her to wake up properly": the writer acts on someone)
                or any(w in ("get", "got") and words[i + 2 + k:i + 3 + k] and
                       words[i + 2 + k] in _OBJECTS for k, w in enumerate(nxt))
                # ("I can feel something throbbing in his tummy": in another's body)
                or _THEIRS & set(words[i + 1:i + 9])):
            # not "I have to", "should I get his hot water bottle?", "I can barely feel a pulse"
            return True
        if word == "i" and nxt[:1] in (["am"], ["m"]) and any(
                w == "with" and words[i + 3 + k:i + 4 + k] in (["a"], ["an"], ["my"])
                and _OWN_BODY & set(words[i + 3 + k:i + 6 + k])
                for k, w in enumerate(words[i + 2:i + 9])):
            return True  # "Me, I am here in Chelmsford with a tight calf"
        if word == "me" and (nxt[:1] == ["with"] and words[i + 2:i + 3] in (["a"], ["an"], ["my"])
                             or set(words[i - 1:i]) & {"given", "gave", "giving", "gives"}
                             and nxt[:1] in (["a"], ["an"])) and (
                _OWN_BODY & set(words[i + 2:i + 6])):
            return True  # "hoisting her has left me with a sore low back", "given me a bad back"
        if word == "me" and words[i - 1:i] == ["for"] and nxt[:1] != ["to"] and (
                _OWN_BODY & set(words[i + 1:i + 7])):
            # "for me it's only the low back tight after moving furniture" (not "she came round
            # for me to do her back knots": what the writer does for her)
            return True
        if word == "i" and (nxt[:1] and nxt[0] in _ACHING or (
                nxt[:1] == ["just"] and nxt[1:2] and nxt[1] in _ACHING)):
            return True  # "I just ache in the low back from standing"
        if word in ("just", "only") and nxt[:1] in (["have"], ["got"]) and (
                _OWN_BODY & set(words[i + 2:i + 5])) and not (
                nxt[1:2] == ["back"] and nxt[2:3] and nxt[2] in _RETURNED) and not (
                # ("Before she only have shoulder tight from carry baby": hers)
                set(words[max(0, i - 2):i]) & {"she", "he", "they"}):
            # ("... just have sore shins"; not "my housemate just got back from work": returned)
            return True  # "I didn't take any head shots, just have sore shins"
        if word == "me" and words[max(0, i - 2):i] == ["asking", "for"]:
            return True  # "Asking for me: a tight spot under my watch strap"
        if word == "me" and i == 0 and nxt[:1] and nxt[0] in _ME_FEELING:
            return True  # "Me very sad, cry a lot, neck tight from stress": the writer
        if word == "myself" and words[i - 1:i] == ["for"] and (
                _OWN_BODY & set(words[i + 1:i + 7])):
            return True  # "I'm asking for myself: achy shoulders from carrying bags"
        if word == "me" and (i == 0 or words[:i] == ["for"]
                             or words[max(0, i - 2):i] in _FOR_ME) and (
                _OWN_BODY & set(words[i + 1:i + (12 if words[:i] == ["for"] else 6)])) and not (
                _THEIRS | _OBJECTS | {"her"}) & set(words[i + 1:i + 4]):
            # "Me: sore low back from the hospital chair": a log's own line; "I'm asking for me:
            # tight jaw muscles"; "For me you just get a dull ache across the low back"; not
            # "me rubbing her neck with bay rum" (Caribbean "me" for "I", her body)
            return True
        if word in _GIVEN and nxt[:2] in (["me", "a"], ["me", "some"], ["myself", "a"]) and (
                _OWN_BODY & set(words[i + 3:i + 6])):
            return True  # "lifting him has given me a sore lower back": the writer's own
        well = nxt[1:2] and (nxt[1] in _WELL or (nxt[1] in _QUITE and nxt[2:3] and nxt[2] in _WELL))
        if word == "i" and nxt[:1] == ["am"] and well and (
                _OWN_AFTER_WELL & set(words[i + 3:i + 13])):
            return True  # "I'm (completely) fine, no operations, just achy calves": the writer's
        if word == "i" and nxt[:2] == ["am", "the"] and nxt[2:3] and nxt[2] in _ROLES and (
                words[i + 4:i + 5] == ["with"] and _OWN_BODY & set(words[i + 5:i + 9])):
            return True  # "me i'm the nurse with sore lower back from turning him"
        if word == "i" and nxt[:1] == ["am"] and nxt[1:2] in (["struggling"], ["trying"]) and (
                nxt[2:3] == ["to"] and _OBJECTS & set(words[i + 4:i + 8])):
            continue  # "I'm struggling to keep him awake": what the writer does for them
        if word == "i" and nxt[:1] == ["am"] and nxt[1:2] and nxt[1].isdigit() and (
                set(nxt[2:3]) & MEASURE_UNITS):
            continue  # "I'm 200 miles away": how far, not how old
        if word == "i" and nxt[:1] == ["am"] and nxt[1:2] and (
                nxt[1].isdigit() or nxt[1] in {"in", "sore", "stiff", "aching", "struggling",
                                               "the", "now", "getting", "just", "only", "also",
                                               "wrecked", "achy", "tight", "knackered",
                                               "shattered", "hurting"}
        ) and not (nxt[1] == "the" and nxt[2:3] and nxt[2] in _ROLES) and not (
                # ("I'm in Stafford, she's in Stone": where the writer is, not "I'm in agony")
                nxt[1] == "in" and not set(nxt[2:3]) & _IN_PAIN):
            return True
    return False


#: Words after "I'm in" that make it the writer's pain ("I'm in agony", "I'm in bits").
_IN_PAIN = frozenset({"agony", "pain", "bits", "tears", "a", "so", "such", "absolute", "real",
                      "constant", "severe", "terrible", "bad", "loads", "excruciating", "total",
                      "chronic", "considerable", "quite", "serious", "some", "much", "my"})


_WELL = frozenset({"fine", "ok", "okay", "alright", "good", "well"})
#: Words that make a body part another person's ("in his tummy").
_THEIRS = frozenset({"his", "their"})
#: The person a writer does something for ("keep him awake", "get her up").
_OBJECTS = frozenset({"him", "her", "them"})
#: Words before "me" that make what follows the writer's own ("I'm asking for me: tight jaw").
_FOR_ME = (["asking", "for"], ["is", "for"], ["question", "for"], ["one", "for"],
           ["post", "for"], ["this", "for"], ["asking", "about"], ["writing", "about"])
_GIVEN = frozenset({"given", "gave", "giving", "gives"})
#: A role in a club or a workplace ("I'm the receptionist at a climbing wall"): the writer is
#: telling of someone in their care, not of their own complaint.
_ROLES = frozenset({"receptionist", "coach", "manager", "owner", "carer", "teacher", "captain",
                    "secretary", "volunteer", "organiser", "organizer", "instructor", "nurse",
                    # staff who write for someone in their care ("I'm the cook at the care
                    # home. One of our ladies, 86, had a fall"; "I'm the bursar writing because
                    # the school nurse is on leave")
                    "cook", "chef", "bursar", "matron", "housemaster", "housemistress",
                    "warden", "caretaker", "administrator", "deputy", "head", "headteacher",
                    "supervisor", "foreman", "handyman", "cleaner", "driver", "activities"})
_QUITE = frozenset({"completely", "totally", "absolutely", "perfectly", "really", "quite"})
#: Verbs whose object "my hand" is something another person does something with ("pushing my
#: hand onto his chest", "grabs my arm"), not the writer's complaint.
_HANDLED = frozenset({"pushing", "pushes", "pushed", "pulling", "pulls", "pulled", "grabbing",
                      "grabs", "grabbed", "holding", "holds", "held", "squeezing", "squeezes",
                      "squeezed", "takes", "took", "taking", "guiding", "guides", "guided",
                      "leading", "leads", "led"})
_OWN_AFTER_WELL = frozenset({"just", "only", "except", "apart"})
_NOT_OWN_AFTER = frozenset({"to", "been", "told", "asked", "his", "her", "him", "them", "their",
                            # "the four years I have worked with him": a carer's own doing
                            "worked", "cared", "known", "looked", "seen", "noticed", "tried",
                            "checked", "helped", "supported", "watched", "called", "phoned",
                            # "I've put a cushion under her head": what the writer did for them
                            "put", "given", "rung", "rang", "taken", "brought", "laid", "propped",
                            "moved", "settled", "covered", "texted", "messaged",
                            # "I've done the exercises from the leaflet with her every day"
                            "done", "booked", "made", "read", "started", "kept",
                            # "when I got there just now she couldn't get her words out": where
                            # the writer went
                            "there", "home", "round"})
_ASKING = frozenset({"should", "can", "could", "shall"})
_WRITING_FOR = re.compile(
    r"\b(?:writing|posting|asking|messaging|typing)(?: this| on| here)? (?:for|about) "
    r"(?:my|our|a|an|one of)\b")
#: A message typed by one person in another's words ("This is Nana typing for Grandad",
#: "Grandad is dictating", "he wants me to put in that ..."): its "my" is theirs, and what it
#: tells of them counts however it is told.
_DICTATED = re.compile(
    r"\b(?:is dictating|was dictating|dictated by|dictated this|dictating this"
    r"|(?:typing|writing) (?:this )?for (?:my )?(?:grandad|grandpa|granddad|grandma|nan|nana|gran"
    r"|granny|mum|mom|dad|husband|wife|father|mother)"
    r"|wants me to (?:put|write|type|add|say) in)\b")
_CARER_CUES = ("carer", "care worker", "caring for", "i look after", "looking after",
               "i support a", "i support an", "i care for",
               # staff and volunteers writing about a customer or a member
               "receptionist at", "i am the receptionist", "a customer", "one of our members",
               "first aider", "volunteer at", "club captain",
               # a form filled in about an injured person ("ACCIDENT BOOK. Name: D. Okoro ...")
               "accident book", "incident report", "injured person",
               # ... and an insurance claim's ("Claimant reports back pain ... He is 62")
               "claimant reports", "the claimant",
               "support worker", "caregiver", "care giver", "personal assistant", "aide for",
               "writing for", "on behalf of", "care home", "my client", "my patient",
               # "It's about my husband, he's 70": the message names who it is about
               "it is about my", "this is about my", "it is my husband", "it is my wife",
               "it is my son", "it is my daughter", "it is my mum", "it is my dad",
               # coaches and teachers writing about a player or a pupil
               "coach here", "pe teacher", "teacher here", "coaching the", "one of my lads",
               "one of the lads", "one of my players", "one of my girls", "our striker",
               "our keeper", "our prop", "our winger", "my pupil", "a pupil", "my student",
               "year 7 boy", "year 7 girl", "year 8 boy", "year 8 girl", "year 9 boy",
               "year 9 girl", "year 10 boy", "year 10 girl", "year 11 boy", "year 11 girl")
_PROXY_PEOPLE = frozenset(
    "son daughter mum mom mam mammy mother dad father husband hubby wife missus partner "
    "boyfriend girlfriend fiance fiancee child kid infant "
    "baby toddler teenager friend nan nana gran granny grandma grandad grandpa grandmother "
    "grandfather brother sister neighbour neighbor flatmate housemate colleague client patient "
    "nephew niece grandson granddaughter stepson stepdaughter boy girl lad lass laddie lassie "
    "youngest eldest oldest roommate roomie classmate coworker granddad gramps grampa man "
    "resident mummy mommy mama momma mamma mumma daddy papa pops nanna nanny granda grandmum "
    "grandmom grandparent uncle aunt auntie aunty cousin lover mate pal buddy bestie student "
    "pupil claimant pt".split()
)
#: Person words that name the person a message is about only after a determiner ("a student
#: told me her dad ..."; not "Student athlete in halls, texting for my roommate").
_NEEDS_DETERMINER = frozenset({"student", "pupil"})
#: Friends named without "my" at the very start ("Mate's got ...") and the verbs that make them
#: the subject of the message.
_FRIEND_WORDS = frozenset({"mate", "pal", "buddy", "bestie"})
_SUBJECT_VERBS = frozenset({"has", "had", "is", "was", "got", "collapsed", "fell", "went",
                            "just", "keeps", "cannot", "can", "says", "said", "woke", "started"})
_DETERMINERS = frozenset({"a", "my", "our", "the"})
#: Person words that name the person a message is about only after "my" or "our".
_NEEDS_OWNER = frozenset(
    "boy girl lad lass laddie lassie youngest eldest oldest man mate pal buddy bestie".split())
#: A log's heading before its entry ("Nurse log 10:15.", "Shift log 07:30").
_LOG_HEADER = frozenset({"log", "entry"})
#: Greetings before the first words that say whom a message is about.
_GREETINGS = frozenset("hi hello hey hiya hola namaste salaam dear morning evening yo".split())
#: Words that name one person, so a proxy report's "mum" is also its "mother".
_SAME_PERSON: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "mum mom mam mammy mother mummy mommy mama momma mamma mumma",
    "dad father daddy papa pops", "nan nana nanna nanny gran granny grandma grandmother grandmum "
    "grandmom", "grandad grandpa grandfather granda granddad gramps grampa",
    "husband hubby partner man lover",
    "wife missus partner",
    "son daughter child kid kids baby infant toddler teenager boy girl lad lass laddie lassie "
    "youngest eldest oldest", "boyfriend partner",
    "girlfriend partner", "client patient resident",
))
_PRESENT_WORDS = frozenset(
    "is has says keeps cannot will does feels looks seems complains woke got can".split()
)
#: Words of how a body part is, between "my" and the part ("my usual tight hamstrings").
_HOW_IT_IS = frozenset({"usual", "normal", "old", "tight", "sore", "stiff", "achy", "aching",
                        "bad", "dodgy", "poor", "own"})
_OWN_BODY = frozenset(
    "back neck head shoulder shoulders leg legs arm arms chest knee knees hip hips foot feet "
    "hand hands calf calves thigh thighs tummy stomach belly side groin jaw face eye eyes bum "
    "butt bottom muscles traps glutes own lower upper left right pain forearm forearms wrist "
    "wrists ankle ankles shin shins toe toes buttock buttocks hamstring hamstrings quads spine "
    "ribs temple temples mouth lip lips tongue smile mid middle pecs lats abs delts heel heels "
    "arch arches sole soles instep achilles aorta heart lungs lung kidney kidneys liver "
    "bowel bladder brain".split()
    # (not elbow, thumb, fingers: "dig my elbow into his back")
)
#: The parts a therapist or a carer works with ("dig my elbow into his back"): the writer's own
#: complaint only when an ache follows them ("my thumbs ache", "my fingers are sore").
_WORKING_PARTS = frozenset("elbow elbows thumb thumbs finger fingers knuckles".split())
_SORE = _ACHING | frozenset(
    "aches aching hurts hurting sore painful throbs throbbing stiff".split())


def _sentence_mentions(
    index: ConceptIndex, sentence: Sentence, numbers: Numbers, proxy: bool = False,
    subject: str | None = None, dictated: bool = False,
) -> list[Mention]:
    token_keys = [index.vocabulary.keys_for(t) for t in sentence.tokens]
    words = [t.index for t in sentence.tokens if t.is_word]
    in_sentence = frozenset().union(*token_keys)
    # only terms whose every word is somewhere in the sentence can match (worked out once per
    # key the sentence holds, through each term's rarest key, not at every place it occurs)
    fitting = [e for key in in_sentence for e in index.by_rare_key.get(key, ())
               if in_sentence.issuperset(e.keys)]
    # a near group's item counts only when every group of its rule can be found here, or when
    # it holds a negation (its words may be a sign's, "cannot feel", which no negation denies)
    present: dict[tuple[str, int], set[int]] = defaultdict(set)
    for e in fitting:
        if e.role[0] == "near":
            present[(e.concept, e.role[1])].add(e.role[2])
    complete = {rule for rule, groups in present.items()
                if len(groups) == len(index.concepts[rule[0]].near[rule[1]].groups)}
    useful = [e for e in fitting if e.role[0] == "term" or (e.role[0] == "near" and (
        (e.concept, e.role[1]) in complete or not index.negation_keys.isdisjoint(e.keys)))]
    wanted = {e.concept for e in useful}
    candidates: dict[TermKey, list[_Entry]] = defaultdict(list)
    for e in useful:
        candidates[e.keys[0]].append(e)
    for e in fitting:
        if e.role[0] == "exclude" and e.concept in wanted:
            candidates[e.keys[0]].append(e)
    found: dict[tuple[str, str, int, int], list[Match]] = defaultdict(list)
    joined = coordinated([sentence.tokens[i].text for i in words], index.context.body_words)
    for n, position in enumerate(words):
        entries = {e for key in token_keys[position] for e in candidates.get(key, ())}
        for entry in entries:
            match = match_at(entry.keys, sentence, token_keys, words, n,
                             entry.gap, joined if not entry.fixed else frozenset())
            if match is None or _NEGATING_GAP & set(match.gap_words):
                continue
            if entry.fixed and match.end - match.start != len(match.positions) and any(
                    sentence.tokens[i].text not in FUNCTION_WORDS
                    for i in range(match.start, match.end) if i not in match.positions):
                # a fixed phrase: "a deep breath, and" is not "... breath and"; its own small
                # words may stand between ("down my back" is "down ... back")
                continue
            found[(entry.concept, *entry.role)].append(match)
    # (a term matched across a content word, "no temperature, sleeping", is not one sign)
    # (a denial such as "no injury" is not such a sign: in "no injury or fever" its "no" denies
    # the fever too)
    # (a near group's item is a sign's words too when it holds more than a negation and its
    # verb: "mouth will not lift", "cannot smile"; not "nothing", "never had")
    # (nor is a match its concept's exclude sets aside: "I haven't cut myself" is no "not
    # myself", and its "not" still denies the cut)
    set_aside = {concept_id: {p for m in matches for p in range(m.start, m.end)}
                 for (concept_id, role, _, _), matches in found.items() if role == "exclude"}
    sign_words = {p for (concept_id, role, _, _), matches in found.items() if role != "exclude"
                  and not index.concepts[concept_id].denial
                  for m in matches if set(m.gap_words) <= _SIGN_GAP_WORDS
                  and set_aside.get(concept_id, set()).isdisjoint(m.positions)
                  and (role == "term" or any(sentence.tokens[q].text not in _NEGATION_FRAME
                                             for q in m.positions))
                  for p in m.positions}
    # a negation inside a sign ("not making sense", "cannot feel") is the sign, not a denial
    triggers = [t for t in triggers_in(sentence, index.context)
                if t.category != "negated" or not set(range(t.start, t.end)) <= sign_words]
    # a word of a normal finding's phrase is that phrase's, not a sign: the "legged" of
    # "sitting cross-legged" is no leg (a denial, "the CT head was clear", keeps its words)
    phrase_words = {p for t in triggers if t.category == "normal"
                    for p in range(t.start, t.end)}
    # (a sign that lasted minutes and is "back to normal now" is the warning a TIA gives: a
    # sentence that times an episode in minutes is as recent as one that says "today")
    recent = is_recent(sentence, index.context) or any(
        _LASTED.intersection(sentence.tokens[i].text for i in range(max(0, m.start - 3),
                                                                   m.start + 1))
        and _MINUTES.intersection(sentence.tokens[i].text for i in range(m.start, m.end))
        for key, matches in found.items() if key[0] == _BRIEF for m in matches)
    # in a proxy report the person it is about counts; a third person ("my son's mate") does not
    # (and in words dictated by the person it is about, "he" or "his" after another person of
    # theirs is that person: "Grandad is dictating: my brother had a stroke, his face dropped")
    texts = [t.text for t in sentence.tokens]
    third = [t for t in triggers if t.category == "other" and subject is not None
             and (_third_person(t.phrase, subject) or dictated and _pronoun_of_another(
                 texts, t.start, subject))]
    # a reading in the sentence, or, when it holds none, in the next one ("checked my
    # temperature because my back was aching - 36.8, normal")
    readings = [t for t in numbers.temperatures if t.sentence == sentence.index] or [
        t for t in numbers.temperatures if t.sentence == sentence.index + 1]
    normal_temperature = bool(readings) and all(
        t.celsius < _NORMAL_TEMPERATURE_C for t in readings)
    # in the order they appear in the sentence (then by id), not in the order the sets above
    # happened to yield them, which follows the process's string hashing
    first_at = sorted((min(m.start for m in matches), key[0]) for key, matches in found.items()
                      if key[1] != "exclude")
    order = list(dict.fromkeys(concept_id for _, concept_id in first_at))
    by_concept: dict[str, list[tuple[Mention, int]]] = {}
    theirs_from: int | None = None  # where a diagnosis of someone else's is named
    # diagnoses first, so a sign told after another's diagnosis is theirs whichever concept's
    # words came first ("... ended up in hospital with a kidney infection, back pain and a
    # fever of 39": the fever's concept also names "with a kidney infection")
    for concept_id in sorted(order, key=lambda c: index.concepts[c].kind != "diagnosis"):
        concept = index.concepts[concept_id]
        found_mentions = by_concept.setdefault(concept_id, [])
        excluded = {p for m in found.get((concept_id, "exclude", 0, 0), []) for p in
                    range(m.start, m.end)}
        spans = [m.positions for m in found.get((concept_id, "term", 0, 0), [])]
        for r, near in enumerate(concept.near):
            spans.extend(_near_spans(near.window, [
                found.get((concept_id, "near", r, g), []) for g in range(len(near.groups))]))
        # a negation standing between a sign's words denies it ("my scalp is not tender", "my
        # neck does not even feel stiff"), unless the sign is also found without one ("mouth
        # was not moving": its item "not moving"); a negation inside its words is its own
        # (a span that touches an exclude is set aside before the longest spans are chosen:
        # "rib pain ... can't catch my breath" keeps "pain ... when I breathe in" though a longer
        # span reaching the excluded "catch my breath" holds it)
        clean, denied = _split_denied(sentence, [
            s for s in spans if (concept.denial or phrase_words.isdisjoint(s))
            and excluded.isdisjoint(s)])
        for positions in clean + denied:
            mods = set(modifiers(triggers, positions))
            if "other" not in mods and (concept.kind == "diagnosis" or (
                    theirs_from is not None and theirs_from < min(positions))) and (
                    _told_of_another(sentence, triggers, min(positions))):
                # a diagnosis named late in a relative's or a friend's story, and the signs
                # told after it ("mate of mine got meningitis, stiff neck and the rash that
                # doesn't fade"), are theirs
                mods.add("other")
            if "other" not in mods and concept.kind == "diagnosis" and (
                    _stranger_has(sentence, min(positions))):
                mods.add("other")  # "A farmer on my round has the shingles": his, not mine
            if concept.kind == "diagnosis" and "other" in mods and theirs_from is None:
                theirs_from = min(positions)
            if positions in denied:
                mods.add("negated")
            elif concept.denial and "negated" in mods and any(
                    t.category == "negated" and min(positions) <= t.start <= max(positions)
                    for t in triggers):
                # a denial in a list of denials ("didnt hit my head, never blacked out, not
                # sick", "no swelling, Doppler negative"): its own "never" or "negative" says
                # it, and neither it nor a negation before it denies the denial
                mods = set(modifiers([t for t in triggers if not (
                    t.category == "negated" and t.start <= max(positions))], positions))
            if concept.denial and "hypothetical" in mods:
                # "did the blood test for inflammation, all normal": the test named inside the
                # finding's own words is what was done, not a supposed case
                inside = range(min(positions), max(positions) + 1)
                mods = set(modifiers([t for t in triggers if not (
                    t.category == "hypothetical" and t.start in inside)], positions)) | (
                    mods & {"negated"})
            if concept.denial and "other" in mods:
                # "they sent me home": the people who checked the writer, not someone else's
                # illness; a person named ("mum's scan was clear") still is someone else
                mods = set(modifiers([t for t in triggers if not (
                    t.category == "other" and t.phrase in THIRD_PERSON)], positions))
            if concept.denial and _lay_reassurance(sentence, min(positions)):
                # "my son says no blood, nothing to worry": no one who examined the writer
                mods.add("other")
            if "other" in mods and not proxy and concept_id in _SIGNS_FOR_ANYONE and (
                    _theirs_now(sentence, positions, recent)):
                # "my husband's face looks droopy on one side since lunch and he's talking
                # funny": a stroke sign in someone with the writer, told as going on now, needs
                # 999 whoever has it
                mods.discard("other")
            if "other" in mods and not proxy and (_writers_body(sentence, positions) or (
                    concept_id == _LIMITS and _writer_cannot(sentence, min(positions)))):
                # "when he hugged me he felt something thumping in my tummy", "my daughter says
                # one side of my mouth hangs down": what someone noticed in the writer's own
                # body is the writer's sign; "my back's so sore I can't do Mum's transfers":
                # what the writer cannot do, whoever it is done for
                mods = set(modifiers([t for t in triggers if t.category != "other"],
                                     positions)) | (mods & {"negated"})
            if concept_id in _EXPOSURES and "resolved" in mods:
                # "my calf knot from the plane went away": the knot went, the flight stays
                mods.discard("resolved")
            if not concept.everyday_explains:
                mods.discard("normal")  # no training or posture explains a rock-hard limb
            if concept_id in _TEMPERATURE_CONCEPTS and normal_temperature:
                mods.add("normal")
            if concept.kind == "diagnosis" and sentence.is_question:
                mods.add("hypothetical")
            found_mentions.append((Mention(
                concept=concept_id,
                sentence=sentence.index,
                words=sentence.text_of(min(positions), max(positions) + 1),
                modifiers=frozenset(mods),
                side=_side(sentence, positions) if concept.sided else None,
                # in a report about someone else, what the writer sees in them counts; a
                # diagnosis they were given ("my roommate has meningitis") is theirs, unless the
                # writer fears it is happening now ("I think my dad is having a stroke")
                counts=_counts(concept, mods - ({"other"} if proxy and not (
                    third and "other" in modifiers(third, positions)) and (
                    concept.kind != "diagnosis" or "uncertain" in mods
                    or _happening(sentence, min(positions))) else set()), recent),
            ), min(positions)))
    return _resolved_by_reference(index, sentence, [m for c in order for m in by_concept[c]],
                                  recent)


def _lay_reassurance(sentence: Sentence, start: int) -> bool:
    """A reassurance told as what a relative, a friend or the internet says ("my son says no
    blood, nothing to worry", "gym friend reckons it's just muscle"), in a sentence that names no
    one who examined the writer."""
    words = [t.text for t in sentence.tokens[:start]]
    every = [t.text for t in sentence.tokens]
    if _CLINICIANS.intersection(every) or "a and e" in " ".join(every):
        return False
    return any(w in _LAY_PEOPLE and set(words[i + 1:i + 3]) & _SAYING for i, w in enumerate(words))


#: People whose word is no examination, and the verbs of their saying so.
_LAY_PEOPLE = frozenset({"son", "daughter", "husband", "wife", "partner", "mum", "mom", "dad",
                         "friend", "mate", "mates", "neighbour", "sister", "brother", "missus",
                         "hubby", "boss", "kids", "family", "colleague", "google", "internet",
                         "grandson", "granddaughter", "flatmate", "boyfriend", "girlfriend"})
_SAYING = frozenset({"says", "said", "reckons", "reckoned", "thinks", "thought", "told"})
#: Words that name someone who examined the writer (or a test): their reassurance stands.
_CLINICIANS = frozenset({"gp", "doctor", "doctors", "doc", "physio", "nurse", "paramedic",
                         "paramedics", "consultant", "hospital", "scan", "xray", "mri", "ct",
                         "surgeon", "specialist", "clinic", "pharmacist", "dentist", "optician",
                         "111", "ambulance", "osteopath", "chiropractor", "midwife"})


def _writers_body(sentence: Sentence, positions: Sequence[int]) -> bool:
    """The mention's words name a part of the writer's own body ("in my tummy", "my chest"),
    or begin right after "my" does."""
    tokens = sentence.tokens
    after = [t.text for t in tokens[max(positions) + 1:max(positions) + 4]]
    # ("a child's head collided with mine": a collision is the writer's injury too; "my wife
    # couldn't wake me": what someone saw of the writer)
    return any(tokens[i].text == "my" and tokens[i + 1].text in _OWN_BODY
               for i in range(max(0, min(positions) - 1), max(positions))) or (
        # ("my housemate found some purple spots on my legs": where they were is mine)
        after[:1] in (["on"], ["over"], ["across"], ["down"]) and after[1:2] == ["my"]
        and after[2:3] and after[2] in _OWN_BODY) or (
        after[:1] in (["with"], ["into"]) and after[1:2] in (["mine"], ["me"])) or (
        tokens[max(positions)].text == "me") or (
        after[:1] == ["me"] and any(tokens[p].text in _ROUSE for p in positions)) or (
        # ("the boom swung when she jibed and smacked me on the side of the head": the writer
        # is the one struck)
        max(positions) > min(positions) + 1 and tokens[min(positions) + 1].text == "me")


#: Verbs whose object is the person who could not be roused ("couldn't wake me").
_ROUSE = frozenset({"wake", "rouse", "waken"})


#: Signs that call for 999 whoever has them, when someone with the writer has them now (the
#: stroke signs of the FAST test).
_SIGNS_FOR_ANYONE: Final = frozenset({"face-droop", "speech-disturbance", "arm-drift"})
#: Present-tense words that tell another person's sign as going on ("his face looks droopy",
#: "she's slurring", "he keeps dropping", "he can't find his words since dinner").
_GOING_ON: Final = frozenset({"looks", "look", "is", "s", "keeps", "seems", "has", "sounds",
                              "now", "currently", "still", "cannot", "can"})
#: Words after "since" that make it a time today ("since lunch", "since he woke up").
_SINCE_TODAY: Final = frozenset({"lunch", "lunchtime", "breakfast", "teatime", "tea", "dinner",
                                 "supper", "midday", "noon", "earlier", "this", "he", "she",
                                 "waking", "getting", "they", "about", "an", "we"})


#: Exposures that a sign told as gone does not undo (a long journey or lying still; the effort
#: that explains an ache, "the usual knackered feeling, all fine after a pint").
_EXPOSURES: Final = frozenset({"immobility", "exercise-fatigue"})
#: The concept of pain that stops work, sleep or daily life.
_LIMITS: Final = "limits-function"


def _writer_cannot(sentence: Sentence, start: int) -> bool:
    """The mention opens on what "I" cannot do ("I can't do Mum's transfers")."""
    words = [t.text for t in sentence.tokens[max(0, start - 2):start + 1]]
    return words[-2:] in (["i", "cannot"], ["i", "can"]) or words == ["i", "can", "not"]


def _theirs_now(sentence: Sentence, positions: tuple[int, ...], recent: bool) -> bool:
    """Another person's sign told in the present and as begun today ("my husband's face looks
    a bit droopy since lunch", "Dad is slurring his words this morning"), not a story that is
    over ("her face dropped when she had her stroke last month") nor one already in care ("his
    face went droopy, the ambulance came and he's ok")."""
    words = [t.text for t in sentence.tokens if t.is_word]
    today = recent or any(w == "since" and words[i + 1:i + 2] and words[i + 1] in _SINCE_TODAY
                          for i, w in enumerate(words))
    around = {sentence.tokens[i].text
              for i in range(max(0, min(positions) - 3), max(positions) + 1)}
    return today and bool(_GOING_ON & around) and not (_IN_CARE | {
        "had", "was", "were", "died", "last", "ago", "went"}).intersection(words)


#: Words that tell someone's sign is already in the hands of emergency care.
_IN_CARE: Final = frozenset({"ambulance", "hospital", "paramedics", "paramedic", "infirmary",
                             "999", "911", "112", "a&e", "ae", "er", "resus"})


def _happening(sentence: Sentence, start: int) -> bool:
    """A named illness told as going on now: "is having a stroke", "having a heart attack"."""
    before = [t.text for t in sentence.tokens[max(0, start - 3):start] if t.is_word]
    return "having" in before or "going" in before


#: Words that point back to something already told ("the fever", "that temperature"; "now
#: fever gone", as writers who drop their articles say it).
_REFERRING = frozenset({"the", "that", "this", "my", "now"})


def _resolved_by_reference(index: ConceptIndex, sentence: Sentence,
                           found: list[tuple[Mention, int]], recent: bool) -> list[Mention]:
    """A sign told as over later in the sentence, with a word pointing back to it ("a
    temperature last week, the fever was gone within a day"), is over where it was first told
    too: the earlier mentions of that concept before it take its 'resolved' or 'historical'.
    Nothing changes when the sentence says it happened recently (then 'resolved' counts)."""
    over: dict[str, tuple[int, frozenset[str]]] = {}
    for mention, start in found:
        past = mention.modifiers & {"resolved", "historical"}
        if (past and not mention.counts and start > 0
                and sentence.tokens[start - 1].text in _REFERRING):
            over.setdefault(mention.concept, (start, frozenset(past)))
    if not over:
        return [m for m, _ in found]
    out = []
    for mention, start in found:
        later = over.get(mention.concept)
        if later is not None and start < later[0] and mention.counts and not mention.modifiers:
            mods = set(later[1])
            concept = index.concepts[mention.concept]
            mention = Mention(mention.concept, mention.sentence, mention.words, frozenset(mods),
                              mention.side, _counts(concept, mods, recent))
        out.append(mention)
    return out


def _counts(concept: SafetyConcept, mods: set[str], recent: bool) -> bool:
    blocking = mods & BLOCKING
    if concept.kind == "history":
        blocking -= {"historical", "resolved"}
    if concept.kind != "circumstance":
        blocking -= {"figurative"}
    if concept.event:
        blocking -= {"resolved"}  # a tackle happened though the writer "felt fine after"
    if concept.denial:
        # "the scan was clear" is itself the normal finding, and a finding is not a sign that
        # can be over ("x-ray showed no fracture, bruise healed in 2 weeks")
        blocking -= {"normal", "resolved"}
    if recent:
        blocking -= {"resolved"}
    return not blocking


def _split_denied(sentence: Sentence, spans: list[tuple[int, ...]]
                  ) -> tuple[list[tuple[int, ...]], list[tuple[int, ...]]]:
    """The distinct spans with no negation between their words, and those with one that no
    such span overlaps."""
    def denied(span: tuple[int, ...]) -> bool:
        tokens = sentence.tokens
        return any(tokens[i].text in _NEGATING_GAP
                   and tokens[i + 1].text not in _NOT_A_DENIAL
                   and (tokens[i + 1].text, tokens[i + 2].text if i + 2 < len(tokens) else ""
                        ) not in _PERSISTING
                   # ("my calf did not go red but it is bigger than my left": the "but" ends
                   # what the negation denies)
                   and all(tokens[j].text != "but" for j in range(i + 1, max(span)))
                   and not _not_even_more(tokens, span, i)
                   for i in range(min(span), max(span)) if i not in span)
    clean = _distinct([s for s in spans if not denied(s)])
    return clean, [s for s in _distinct([s for s in spans if denied(s)])
                   if not any(min(c) <= max(s) and min(s) <= max(c) for c in clean)]


def _not_even_more(tokens: Sequence[Token], span: tuple[int, ...], i: int) -> bool:
    """A ", not even" that goes on from an inability the span already told ("cannot move it at
    all, not even lift the leg off the bed"): more of it, not a denial."""
    return (i + 1 < len(tokens) and tokens[i + 1].text == "even" and i >= 1
            and tokens[i - 1].text == "," and any(
                tokens[j].text in _NEGATING_GAP or tokens[j].text == "cannot"
                for j in range(min(span), i - 1)))


def _near_spans(window: int, groups: list[list[Match]]) -> list[tuple[int, ...]]:
    spans: list[tuple[int, ...]] = []
    if not all(groups):
        return spans
    for combo in product(*groups):
        starts = [m.start for m in combo]
        ends = [m.end for m in combo]
        if max(starts) - min(ends) > window:
            continue
        positions = [p for m in combo for p in m.positions]
        if len(set(positions)) < len(positions):
            continue  # one word serving two groups
        spans.append(tuple(sorted(positions)))
    return spans


def _distinct(spans: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """Spans with those inside a longer one dropped."""
    kept: list[tuple[int, ...]] = []
    for span in sorted(set(spans), key=lambda s: (-(max(s) - min(s)), s)):
        if not any(min(k) <= min(span) and max(span) <= max(k) for k in kept):
            kept.append(span)
    return kept


def _side(sentence: Sentence, positions: tuple[int, ...]) -> Side | None:
    """The side a mention is on: the nearest side word, or 'both' for a plural limb with
    none ("my legs are numb")."""
    best: tuple[int, Side] | None = None
    tokens = sentence.tokens
    told: dict[str, int] = {}  # the last left and right word within twice the window
    for token in tokens:
        distance = min(abs(token.index - p) for p in positions)
        if distance > 2 * _SIDE_WINDOW:
            continue
        nxt = tokens[token.index + 1].text if token.index + 1 < len(tokens) else ""
        side: Side | None = None
        if token.text in ("left", "lt"):
            side = "left"
        elif token.text in ("right", "rt") and nxt not in _NOT_A_SIDE_AFTER:
            side = "right"
        elif token.text == "other" and nxt not in ("than", "people", "person", "things"):
            side = "other"
        elif token.text == "both":
            side = "both"
        if side in ("left", "right"):
            told[side] = token.index
        if distance > _SIDE_WINDOW:
            continue  # (a side further off counts only as the second of "left ... right too")
        if side is not None and (best is None or distance < best[0]):
            best = (distance, side)
    after = [t.text for t in tokens[max(told.values(), default=0) + 1:][:3]]
    if len(told) == 2 and (_ADDED & set(after) or "as well" in " ".join(after)):
        return "both"  # "my legs are getting weaker, left first and now the right too"
    if best is None and any(tokens[p].text in _PLURAL_LIMBS for p in positions):
        return "both"
    return None if best is None else best[1]


_PLURAL_LIMBS = frozenset({"legs", "feet", "thighs", "calves", "arms", "hands", "shins"})
#: Words after the second side that add it to the first ("left first and now the right too").
_ADDED = frozenset({"too", "also", "aswell"})  # and "as well"
