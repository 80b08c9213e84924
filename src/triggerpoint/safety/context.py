"""ConText (Harkema et al. 2009): whether a mention is denied, past, someone else's,
hypothetical or a normal finding, from trigger words and their scope.

Trigger phrases (``data/context.yaml``) reach forward, backward or both from where they stand,
to the end of the sentence, a terminator ("but", "because", a comma before a new subject), or
their maximum scope. A pseudo trigger holds a trigger's words without being one ("not sure if",
"no better"). A mention is modified by every trigger whose scope covers one of its words.
This is a lean implementation of the published algorithm; medspaCy's ConText is the maintained
one and serves as the test oracle (tests/safety/test_context_oracle.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from triggerpoint.safety.lexicon import Sentence, normalise
from triggerpoint.safety.numbers import WORD_NUMBERS
from triggerpoint.yamlio import read_yaml

__all__ = [
    "BLOCKING",
    "THIRD_PERSON",
    "Category",
    "ContextRules",
    "Rule",
    "Trigger",
    "context_rules",
    "modifiers",
    "triggers_in",
]

Category = Literal["negated", "historical", "resolved", "other", "hypothetical", "normal",
                   "uncertain", "figurative"]
Direction = Literal["forward", "backward", "bidirectional", "pseudo", "terminate"]

#: Categories that stop a mention from counting ('resolved' only when not recent, 'figurative'
#: only for an event: "feels like I've been hit by a bus" is no accident, while a sign is often
#: told by a simile, "like being hit on the back of the head").
BLOCKING: frozenset[str] = frozenset(
    {"negated", "historical", "resolved", "other", "hypothetical", "normal", "figurative"}
)
_DEFAULT_SCOPE: dict[str, int] = {"negated": 6, "normal": 4, "uncertain": 6, "resolved": 16}
_SCOPE = 12
_LIST_SCOPE = 16
_LIST_WORDS = frozenset({"or", "nor"})
#: A negation that answers the words before it, and what may follow it ("trouble peeing - no,
#: normal"; not "short of breath doing nothing").
_ANSWERS = frozenset({"no", "nope", "nil", "negative", "none"})
#: How far back the answer to a checklist's key reaches ("numbness/fever/weakness: none").
_KEY_SCOPE: Final = 12
_ANSWER_TAIL = frozenset({"normal", "fine", "ok", "okay", "nil", "none", "thanks", "thank",
                          "you", "all", "good"})

_DATA = Path(__file__).parent / "data" / "context.yaml"


class ContextRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    phrase: str = Field(min_length=1)
    category: Category
    direction: Direction
    max_scope: int | None = Field(default=None, ge=1, le=30)
    needs_in_sentence: list[str] = Field(default_factory=list)
    unless_followed_by: list[str] = Field(default_factory=list)
    unless_preceded_by: list[str] = Field(default_factory=list)
    unless_in_sentence: list[str] = Field(
        default_factory=list,
        description="Words that, anywhere in the sentence, make the phrase no trigger: an "
        "exercise that explains sore muscles explains no 'worst headache of my life' or "
        "crushing chest pain told beside it.")
    over_commas: bool = Field(default=False,
                              description="A normal finding whose scope a comma does not end.")
    followed_at_once: bool = Field(
        default=False,
        description="The words of 'unless_followed_by' count only right after the phrase, or "
        "after one adverb ('he just cracked my neck'), not further on ('he can't put weight "
        "on his back leg').")
    reaches_back: bool = Field(
        default=False,
        description="A backward phrase opening with 'it' for what the clause before told of "
        "('..., but it comes back as soon as I stand'): its scope reaches over the comma or "
        "'but' right before it, and over a 'when' that tells when it came.")
    over_and: bool = Field(
        default=False,
        description="A supposed case or a story told in one breath: 'and' before a new subject "
        "does not end its scope ('what if my leg went cold and the pain was way worse', 'a "
        "novel where the lass gets a headache and it turns out to be a bleed').")


class Rule(NamedTuple):
    """A context rule ready to match: a ``ContextRule``'s fields in a plain tuple. The find
    snapshot holds about 7,000 of them and every ``find`` start unpickles them: as pydantic
    objects they took 15 ms of that, as these 4 ms (docs/performance.md)."""

    phrase: str
    category: Category
    direction: Direction
    max_scope: int | None
    needs_in_sentence: tuple[str, ...]
    unless_followed_by: tuple[str, ...]
    unless_preceded_by: tuple[str, ...]
    over_commas: bool
    followed_at_once: bool
    reaches_back: bool
    over_and: bool
    unless_in_sentence: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt by tuple.__new__ (C), not the generated __new__ (Python), when unpickled
        return (tuple.__new__, (Rule, tuple(self)))

    @classmethod
    def of(cls, rule: ContextRule) -> Rule:
        return cls(rule.phrase, rule.category, rule.direction, rule.max_scope,
                   tuple(rule.needs_in_sentence), tuple(rule.unless_followed_by),
                   tuple(rule.unless_preceded_by), rule.over_commas, rule.followed_at_once,
                   rule.reaches_back, rule.over_and, tuple(rule.unless_in_sentence))


class ContextRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    sources: list[str] = Field(min_length=1)
    terminators: list[str]
    subject_words: list[str]
    clause_verbs: list[str] = Field(
        default_factory=list,
        description="After a comma or 'and', a verb that starts a new statement about the same "
                    "person ('will not drink and has a rash'): it ends a negation's scope.")
    recent_words: list[str]
    addressee_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs whose object is a person spoken to or acted on, not one told of "
                    "('tried to tell my husband', 'asked my wife', 'chasing someone'): a person "
                    "word after them is no one else's illness.")
    people_determiners: list[str] = Field(
        default_factory=list,
        description="Words before a role that make it someone else ('one of the', 'opposing').")
    people: list[str] = Field(
        default_factory=list,
        description="Roles that name someone else after a determiner ('prisoner', 'counsel'); "
                    "each pair is an 'other' rule looking forward, with the plural in s.")
    possessives: list[str] = Field(
        default_factory=list,
        description="The determiners that tie a role to someone ('my', 'one of our'): only "
                    "these go with the roles a writer also gives as their own.")
    own_roles: list[str] = Field(
        default_factory=list,
        description="Roles a writer may hold themselves ('an apprentice', 'the trainee') that "
                    "name someone else after a possessive ('my apprentice', 'one of our "
                    "trainees').")
    animals: list[str] = Field(
        default_factory=list,
        description="Animals whose illness is theirs: with 'my', 'our' or 'the' and 'is', "
                    "'has', 'was' or 'had' each is an 'other' rule ('my goat has a fever').")
    stories: list[str] = Field(
        default_factory=list,
        description="Works whose events are no one's signs (novel, film, series): 'in the', "
                    "'reading a', 'watching a' before one, or 'where', 'in which', 'I am "
                    "reading' after one, make a hypothetical rule that runs to the end of its "
                    "sentence's story.")
    body_words: list[str] = Field(
        default_factory=list,
        description="Body parts that start a new statement about the writer when they follow a "
                    "comma or 'and' with no determiner and a clause verb comes next ('waiting "
                    "for a client, chest has felt tight'): the scope before them ends.")
    rules: list[ContextRule]

    def people_rules(self) -> list[ContextRule]:
        """The 'other' rules of every determiner and role (and its plural), of every possessive
        and role a writer may hold, and the plural of every one-word 'other' rule ('grandad':
        'grandads'), those the rules already hold left out."""
        have = {r.phrase for r in self.rules}

        def forms(nouns: Iterable[str]) -> list[str]:
            return list(dict.fromkeys(
                form for noun in nouns
                for form in (noun, noun if noun.endswith("s") else f"{noun}s")))

        phrases = [f"{det} {noun}" for det in self.people_determiners
                   for noun in forms(self.people)]
        phrases += [f"{det} {noun}" for det in self.possessives
                    for noun in forms(self.own_roles)]
        # (Jamaican "mi dog get lick by a car": "mi" for "my", "get" for "got")
        phrases += [f"{det} {animal} {verb}" for det in ("my", "our", "the", "mi")
                    for animal in self.animals
                    for verb in ("is", "has", "was", "had", "got", "get", "gets")]
        # ("our Staffie's back legs have gone weak": a part of the animal's, told as its)
        phrases += [f"{det} {animal} {part}" for det in ("my", "our", "the")
                    for animal in self.animals
                    for part in ("back", "legs", "leg", "hips", "spine", "paws")]
        rules = [ContextRule(phrase=phrase, category="other", direction="forward")
                 for phrase in dict.fromkeys(phrases) if phrase not in have]
        told = [f"{frame} {work}" for work in self.stories for frame in _STORY_BEFORE] + [
            f"{work} {after}" for work in self.stories for after in _STORY_AFTER] + [
            f"{frame} {work}" for work in self.stories if " " in work
            for frame in _SCREEN_BEFORE] + [
            f"{work} {after}" for work in self.stories if " " in work
            for after in _SCREEN_AFTER]
        rules += [ContextRule(phrase=phrase, category="hypothetical", direction="forward",
                              max_scope=24, over_commas=True, over_and=True)
                  for phrase in dict.fromkeys(told) if phrase not in have]
        plurals = [f"{r.phrase}s" for r in self.rules
                   if r.category == "other" and r.direction == "forward"
                   and r.phrase.isalpha() and len(r.phrase) > 3
                   and not r.phrase.endswith("s") and r.max_scope is None
                   and not (r.needs_in_sentence or r.unless_followed_by
                            or r.unless_preceded_by or r.unless_in_sentence)]
        # (people who only give their opinion, "friends say frozen shoulder", tell of the writer)
        return rules + [ContextRule(phrase=phrase, category="other", direction="forward",
                                    unless_followed_by=list(_OPINION))
                        for phrase in dict.fromkeys(plurals) if phrase not in have]


#: Words before and after a work of fiction that make what follows its story ("in the book I'm
#: reading the main guy gets meningitis", "reading a novel where the lass gets a headache").
#: (Few on purpose: each pair is a rule the find snapshot loads at every start.)
_STORY_BEFORE: Final = ("in the", "in a", "reading a", "watching a")
#: ... and for a work named in two words ("tv series", "medical drama"), which no one is in:
#: "In TV series the man have sudden terrible headache", "I watch Slovak TV drama, the doctor
#: character got a tearing pain".
_SCREEN_BEFORE: Final = ("in", "watch", "watched", "watching")
_SCREEN_AFTER: Final = ("the", "a", ", the", ", a")
_STORY_AFTER: Final = ("where", "in which", "i am reading", "i am watching", "i watch",
                       "me reading")
#: What the people of a plural rule say of the writer, not of themselves.
_OPINION: Final = ("say", "said", "reckon", "reckoned", "think", "thought", "told me",
                   "keep telling", "keep saying", "tell me", "suggested", "suggest")


@cache
def context_rules(path: Path = _DATA) -> ContextRules:
    """The packaged context rules, validated once and then kept in the cache folder
    (knowledge/cache.py): reading the YAML and validating its rules cost a short command about
    50 ms, loading them back about 2 ms."""
    from triggerpoint.knowledge.cache import cached

    return cached("safety-context", [path], lambda: ContextRules.model_validate(read_yaml(path)))


@cache
def _words(phrase: str) -> tuple[str, ...]:
    """A rule phrase as the words of a normalised text (worked out once per phrase)."""
    return tuple(normalise(phrase).split())


@dataclass(frozen=True)
class Trigger:
    """A trigger found in a sentence and the token positions it reaches."""

    category: Category
    phrase: str
    start: int
    end: int
    scope: frozenset[int]


@dataclass(frozen=True)
class CompiledRules:
    """The context rules ready to match (stored with the concept index, so a process does not
    read and validate the YAML again)."""

    terminators: tuple[tuple[str, ...], ...]
    subjects: frozenset[str]
    clause_verbs: frozenset[str]
    recent: tuple[tuple[str, ...], ...]
    rules: tuple[tuple[Rule, tuple[str, ...]], ...]
    by_first: dict[str, tuple[tuple[Rule, tuple[str, ...]], ...]]
    addressee_verbs: frozenset[str] = frozenset()
    #: Body parts that open the writer's own statement after a comma (``ContextRules``).
    body_words: frozenset[str] = frozenset()
    #: Animals of one word, whose body parts are theirs ("my dog's foot swelled up").
    animals: frozenset[str] = frozenset()
    #: Roles of one word that are never the writer's (``ContextRules.people``, with plurals):
    #: one that opens a sentence with no determiner, as notes are written ("Guest in room 12
    #: reported chest pain"), is someone else.
    roles: frozenset[str] = frozenset()
    #: The rules' words that end in "ing": a text's "sittin", "liftin" is read as one of them.
    ing_words: frozenset[str] = frozenset()
    #: The rules by their first word, then by their second (None: a one-word phrase, or one
    #: whose second word is a year or a month), each with its place in ``rules``: a sentence's
    #: "my" is compared with the rules that go on with its next word, not with all 180 "my ...".
    by_start: dict[str, dict[str | None, tuple[tuple[int, Rule, tuple[str, ...]], ...]]] = (
        field(default_factory=dict))


@cache
def compiled_rules() -> CompiledRules:
    rules = context_rules()
    compiled = tuple((Rule.of(r), _words(r.phrase))
                     for r in [*rules.rules, *rules.people_rules()])
    by_first: dict[str, list[tuple[Rule, tuple[str, ...]]]] = {}
    by_start: dict[str, dict[str | None, list[tuple[int, Rule, tuple[str, ...]]]]] = {}
    for n, (rule, phrase) in enumerate(compiled):
        by_first.setdefault(phrase[0], []).append((rule, phrase))
        second = phrase[1] if len(phrase) > 1 and phrase[1] not in (_YEAR, _MONTH) else None
        by_start.setdefault(phrase[0], {}).setdefault(second, []).append((n, rule, phrase))
    return CompiledRules(
        terminators=tuple(_words(t) for t in rules.terminators),
        subjects=frozenset(rules.subject_words),
        clause_verbs=frozenset(rules.clause_verbs),
        recent=tuple(_words(r) for r in rules.recent_words),
        rules=compiled,
        by_first={k: tuple(v) for k, v in by_first.items()},
        addressee_verbs=frozenset(rules.addressee_verbs),
        body_words=frozenset(rules.body_words),
        animals=frozenset(a for a in rules.animals if " " not in a),
        roles=frozenset(form for r in rules.people if " " not in r
                        for form in (r, r if r.endswith("s") else f"{r}s")),
        ing_words=frozenset(w for r, phrase in compiled for w in (
            *phrase, *(x for p in (*r.needs_in_sentence, *r.unless_followed_by,
                                   *r.unless_preceded_by, *r.unless_in_sentence)
                       for x in _words(p)))
            if w.endswith("ing")) | {w for w in rules.addressee_verbs if w.endswith("ing")},
        by_start={k: {s: tuple(v) for s, v in nexts.items()} for k, nexts in by_start.items()},
    )


_YEAR = "<year>"  # a phrase word that matches a year: "in <year>" is "in 2019"
_MONTH = "<month>"  # a phrase word that matches a month's name: "back in <month>"
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _word_matches(want: str, word: str) -> bool:
    return word == want or (want == _YEAR and word.isdigit() and 1900 <= int(word) <= 2099) or (
        want == _MONTH and word in _MONTHS)


def _find(words: list[str], phrase: tuple[str, ...]) -> Iterable[int]:
    n = len(phrase)
    first = phrase[0]
    if first in (_YEAR, _MONTH):
        for i in range(len(words) - n + 1):
            if all(_word_matches(w, words[i + k]) for k, w in enumerate(phrase)):
                yield i
        return
    last = len(words) - n
    i = -1
    while True:  # jump from one place of the first word to the next (list.index, not a loop)
        try:
            i = words.index(first, i + 1)
        except ValueError:
            return
        if i > last:
            return
        if all(_word_matches(w, words[i + k]) for k, w in enumerate(phrase[1:], 1)):
            yield i


#: In ``unless_followed_by``: a word in "-ing" right after the phrase ("when I was benching"):
#: what was going on as it began, not a time gone by.
_ING = "*ing"


def _ongoing(words: list[str], at: int) -> bool:
    """An '-ing' word at ``at``, or one with its g dropped ("when I was brushin me teeth")."""
    if at >= len(words):
        return False
    word = words[at]
    return (len(word) > 4 and word.endswith("ing")) or (
        len(word) > 5 and word.endswith("in") and word not in _NOT_G_DROPPED)


#: Words ending in -in that are no '-ing' word with its g dropped.
_NOT_G_DROPPED = frozenset({"within", "cousin", "margin", "cabin", "begin", "basin", "robin",
                            "muffin", "toxin", "insulin", "aspirin", "protein", "vitamin",
                            "certain", "captain", "curtain", "mountain", "fountain", "again"})


def _has(words: list[str], phrase: tuple[str, ...], question: bool) -> bool:
    if phrase == ("?",):
        return question
    return next(iter(_find(words, phrase)), None) is not None


def is_recent(sentence: Sentence, compiled: CompiledRules | None = None) -> bool:
    """True when the sentence says its event was recent (today, an hour ago, last night)."""
    words = [t.text for t in sentence.tokens if t.is_word]
    present = set(words)
    return any(phrase[0] in present and _has(words, phrase, False)
               for phrase in (compiled or compiled_rules()).recent)


def triggers_in(sentence: Sentence, compiled: CompiledRules | None = None) -> list[Trigger]:
    """Every trigger of the sentence with its scope, pseudo triggers and nested ones removed."""
    compiled = compiled or compiled_rules()
    positions = [t.index for t in sentence.tokens]
    # (a "g" dropped as spoken, "sittin on the loo", "liftin the baby", is read back)
    ing = compiled.ing_words
    words = [w + "g" if w[-2:] == "in" and w + "g" in ing else w
             for w in (t.text for t in sentence.tokens)]
    question = sentence.is_question
    found: list[tuple[Rule, int, int]] = []  # rule, first word, last word + 1 (word idx)
    as_tuple = tuple(words)
    last = len(words) - 1
    by_start = compiled.by_start
    for at, word in enumerate(words):
        groups: list[tuple[tuple[int, Rule, tuple[str, ...]], ...]] = []
        for first in (word, _YEAR) if word.isdigit() else (word,):
            nexts = by_start.get(first)
            if nexts:
                groups.append(nexts.get(None, ()))
                if at < last:
                    groups.append(nexts.get(words[at + 1], ()))
        groups = [g for g in groups if g]
        if not groups:
            continue
        # (in the rules' own order, as when they were one list per first word)
        starting = groups[0] if len(groups) == 1 else sorted(r for g in groups for r in g)
        for _, rule, phrase in starting:
            end = at + len(phrase)
            if end <= len(words) and (as_tuple[at:end] == phrase or (
                    (_YEAR in phrase or _MONTH in phrase)
                    and all(_word_matches(w, words[at + k]) for k, w in enumerate(phrase)))):
                found.append((rule, at, end))
    # an animal's part ("my dog's foot swelled up", "the horse's leg is hot", Jamaican "mi dog
    # foot") is the animal's
    found.extend((_ANIMAL_PART, at - 1, at + 2) for at in range(1, last)
                 if words[at] in compiled.animals and words[at - 1] in ("my", "our", "the", "mi")
                 and (words[at + 1] in compiled.body_words or words[at + 1] in _ANIMAL_PARTS))
    # an animal of the writer's with a name or a verb after it ("our labrador Bruno has a hot
    # swollen knee", "the dog is limping"): what follows is the animal's
    found.extend((_ANIMAL_OWNED, at - 1, verb + 1) for at in range(1, last)
                 if words[at] in compiled.animals
                 and words[at - 1] in ("my", "our", "the", "mi", "a", "an")
                 and (verb := _animal_verb(words, at)) is not None)
    # ... and with a word before the animal ("our best cow went down with milk fever", "my old
    # dog has")
    found.extend((_ANIMAL_OWNED, at - 2, verb + 1) for at in range(2, last)
                 if words[at] in compiled.animals
                 and words[at - 2] in ("my", "our", "the", "mi")
                 and words[at - 1].isalpha() and words[at - 1] not in compiled.body_words
                 and (verb := _animal_verb(words, at)) is not None)
    # a role that opens a note's sentence with no determiner ("Guest room 112 reported crushing
    # chest pain", "Passenger collapsed in seat 4"): what follows is that person's
    if last > 0 and words[0] in compiled.roles and words[1].isalnum():
        found.append((_ROLE_OPENS, 0, 1))
    # someone named only by "a" and what they do or are, then what befell them ("A boater
    # collapsed at my lock with chest pain", "an old fella fainted in the queue")
    # (up to five words between: "a visiting swimmer from another club collapsed"; "a" and
    # what befell them, "a trombonist was rushed to hospital")
    found.extend((_A_STRANGER, at, at + 2) for at in range(0, last - 1)
                 if words[at] in ("a", "an") and _stranger_befell(words, at + 1, compiled))
    # one of a group of the writer's that is no part of a body ("one of my Year 3s got sent home
    # with a rash", "one of our residents"; not "one of my toes")
    found.extend((_ONE_OF_MINE, at, at + 4) for at in range(0, last - 2)
                 if words[at:at + 2] == ["one", "of"] and words[at + 2] in ("my", "our", "the")
                 and (_group_at(words, at + 3, last, compiled.animals)))
    # someone of the writer's named by "of mine" ("an oppo of mine got cauda equina", "a lad of
    # mine from work"; not "this back of mine", a body part of the writer's own)
    found.extend((_OF_MINE, at - 1, at + 2) for at in range(1, last)
                 if words[at:at + 2] == ["of", "mine"] and words[at - 1].isalpha()
                 and words[at - 1] not in compiled.body_words
                 and words[at - 1] not in _OWN_PARTS
                 and at + 2 <= last and words[at + 2].isalpha())
    # a rule whose sentence lacks the words it needs is no trigger, and hides no shorter one
    # ("months ago i had" without its checked-and-clear words leaves "months ago" to speak)
    found = [(r, a, b) for r, a, b in found if not r.needs_in_sentence or any(
        _has(words, _words(p) if p != "?" else ("?",), question) for p in r.needs_in_sentence)]
    # nor is one whose sentence holds words it must not ("worst headache of my life after the
    # gym": the gym explains sore muscles, not that)
    found = [(r, a, b) for r, a, b in found if not r.unless_in_sentence or not any(
        _has(words, _words(p), question) for p in r.unless_in_sentence)]
    # nor is one whose words come after those it must not ("my back in the autumn" is no "back
    # in the autumn"): it hides no shorter one either
    found = [(r, a, b) for r, a, b in found if not r.unless_preceded_by or not any(
        tuple(words[max(0, a - len(_words(p))):a]) == _words(p) for p in r.unless_preceded_by)]
    pseudo = [(a, b) for r, a, b in found if r.direction == "pseudo"]
    spans = [(a, b) for r, a, b in found if r.direction not in ("pseudo", "terminate")]
    kept: list[tuple[Rule, int, int]] = []
    for rule, a, b in found:
        if rule.direction == "pseudo":
            continue
        if any(pa <= a and b <= pb for pa, pb in pseudo):
            continue
        if rule.direction != "terminate" and any(
            (sa <= a and b <= sb) and (sa, sb) != (a, b) for sa, sb in spans
        ):
            continue  # 'if' inside 'what if': the longer phrase speaks
        reach = 6 if not rule.followed_at_once else (
            2 if words[b:b + 1] and words[b] in _ADVERBS_BEFORE_DOING else 1)
        if rule.unless_followed_by and any(
            _ongoing(words, b) if p == _ING else _has(words[b:b + reach], _words(p), False)
            for p in rule.unless_followed_by
        ):
            continue
        if rule.category == "other" and rule.direction == "forward" and (
                _spoken_to(words, a, compiled.addressee_verbs)):
            continue  # "tried to tell my husband": he is spoken to, the signs are the writer's
        if rule.category == "other" and words[b:b + 2] in ([":", "you"], ["said", "you"],
                                                           ["says", "you"]):
            continue  # "wife: you were slurring": a pasted thread, the writer spoken about
        if rule.category == "other" and rule.direction == "forward" and (
                words[b:b + 1] and words[b] in _SAYING) and _about_the_writer(words, b + 1):
            continue  # "my flatmate said it was hard to wake me up": what they saw of me
        if rule.category == "other" and rule.direction == "forward" and _REPORTS.intersection(
                words[max(0, a - 2):b + 5]) and not _FIRST_PERSON.intersection(words):
            continue  # a note's "Mother on the line reports she is drowsy": a witness to the
            # person the note is about, not someone ill
        if rule.category == "other" and rule.direction == "forward" and (
                words[b:b + 1] and words[b] in _ASKS_THE_WRITER) and "you" in words[b + 1:b + 5]:
            continue  # "me husband goes 'why are you talking like ...'": asked of the writer
        if rule.category == "other" and rule.direction == "forward" and (
                words[b:b + 1] and words[b] in _ACTS_ON_WRITER):
            continue  # "the bone's tender when the missus presses on it": she acts, not ails
        if rule.category == "other" and rule.direction == "forward" and words[b:b + 2] in (
                ["asked", "me"], ["asks", "me"], ["asking", "me"]):
            continue  # "when the nurse asked me something I couldn't get the words out"
        if rule.category == "other" and rule.direction == "forward" and (
                [w for w in words[max(0, a - 2):a] if w not in _OWNERS][-1:] == ["what"]
                and words[b:b + 1] and words[b] in _NAMING):
            continue  # "I was talking what my husband called gibberish": his word for mine
        if rule.category == "other" and rule.direction == "forward" and a >= 1 and (
                words[a - 1] in ("my", "me", "our") and words[b:b + 1]
                and words[b] in _OWNED_THINGS):
            continue  # "came off my mate's quad bike": their bike, the writer's fall
        if rule.category == "other" and words[b:b + 1] == [":"] and (
                rule.phrase in _SPEAKER_LABELS) and (a == 0 or words[a - 1] in (".", "]", ")")):
            continue  # a transcript's "Patient: all healed": the line of the person it is about
        if rule.category == "other" and words[b:b + 1] == ["myself"]:
            continue  # "the defendant (myself) slipped on ice": the writer, named by a role
        if rule.category == "other" and rule.direction == "forward" and _with_the_writer(
                words, a, b):
            continue  # "when me and my husband make love, sudden headache": the writer is in it
        if rule.category == "other" and rule.direction == "forward" and a >= 2 and (
                words[a - 1] in ("my", "our") and words[a - 2] in _CARRIED):
            continue  # "I can't pick up my granddaughter any more": carried, not ill
        if rule.category == "normal" and rule.phrase in _FINE_WORDS and _other_side_fine(
                words, a):
            continue  # "right ankle swollen (left fine)": the other side is the comparison
        kept.append((rule, a, b))
    inside_trigger = {i for _, a, b in kept for i in range(a, b)}
    stops = _stops(words, compiled, inside_trigger)
    # (and "it's not going, feel sick and sweaty", "not warm, same size as the other one": a new
    # statement after the comma)
    clause_stops = {i for i, word in enumerate(words[:-1])
                    if word in (",", "and") and (words[i + 1] in compiled.clause_verbs
                                                 or words[i + 1] in _NEW_STATEMENT)}
    # (", 67 had hip replaced 2 yr ago": an age for the subject, then the clause's verb)
    clause_stops |= {i for i, word in enumerate(words[:-2]) if word == "," and (
        words[i + 1].isdigit() and words[i + 2] in compiled.clause_verbs)}
    # ("no contact at all, with sudden really bad pain": "at all" closes the denial)
    clause_stops |= {i for i, word in enumerate(words) if word == "," and words[i - 2:i] == [
        "at", "all"]}
    other_stops = sorted(a for r, a, _ in kept if r.direction == "terminate")
    # "my neighbour's leg got swollen and it was a clot", "my dad's leg went red and they found
    # a clot in it": what "it" was, or what the people who checked found, is still their story
    # (and "... and the nurse found a clot in his leg": the people who checked, named)
    told_what = {i for i, word in enumerate(words[:-2]) if word in (",", "and")
                 and (words[i + 1] == "it" and (words[i + 2] in ("was", "turned", "turns") or (
                     words[i + 2] == "is" and words[i + 3:i + 4] in (["a"], ["an"])))
                      or words[i + 1] == "they" and words[i + 2] in _FOUND
                      or words[i + 1] in _CHECKERS and words[i + 2] in _FOUND
                      or words[i + 1] == "the" and words[i + 2] in _CHECKERS
                      and words[i + 3:i + 4] and words[i + 3] in _FOUND)}
    # ("... and the vet thinks the leg might be broken": what the checker found is theirs too)
    told_what |= {i for i in range(2, len(words)) if _checker_found(words, i - 1)}
    # where a phrase that only looks like a negation begins ("no better", "not bad")
    lookalikes = {a for r, a, _ in found if r.direction == "pseudo" and words[a] in _NEGATORS}
    triggers: list[Trigger] = []
    for rule, a, b in kept:
        if rule.direction == "terminate":
            continue
        bounds = stops[rule.category == "normal" and not rule.over_commas]
        if rule.category == "normal" and rule.direction == "backward":
            # "my arm went dead this morning because I'd slept on it": the reason reaches back
            # over the time it happened
            bounds = [s for s in bounds if words[s] not in _TIME_STOPS]
            if rule.phrase.startswith("then "):
                # "leg went dead, then pins and needles, then totally fine": the end of a
                # sequence speaks for its every step
                bounds = [s for s in bounds if words[s] != "then"]
        if rule.reaches_back and rule.direction == "backward":
            # "numb bum after a long ride, it goes within ten minutes", "goes numb when I sit for
            # 3 hours, but it comes back as soon as I stand": "it" is what the clause before
            # told of, and the sitting is when it came (not "..., it went down my arm": a rule
            # of its own, without this)
            bounds = [s for s in bounds if words[s] != "when" and (
                s not in (a - 1, a - 2) or words[s] not in (",", "but"))]
        if rule.category == "negated":
            bounds = sorted(set(bounds) | clause_stops)
        if rule.category == "historical" and rule.direction != "forward" and (
                _TIME_WORDS.intersection(rule.phrase.split())):
            # "calf pain one side 4 days, swollen, had hip replaced last month": a time dates
            # the clause it ends, not the list before the comma (a recovery still looks back
            # over the whole episode: "..., had surgery and made a full recovery")
            # (only before it: "had a bleed a few years ago, started with a sudden headache"
            # goes on with the same past episode)
            bounds = sorted(set(bounds) | {s for s in clause_stops if words[s] == "," and s < a})
        if rule.category == "resolved" and rule.direction != "forward":
            # "it got infected and I had antibiotics, completely healed now": the care taken
            # is part of the episode that is over
            bounds = [s for s in bounds if not (
                words[s] == "and" and tuple(words[s + 1:s + 3]) in _PAST_CARE)]
        if rule.category == "other":
            # ("took a patient down to scan today who had back pain": the clause after "who"
            # is still about that person, whatever word ends the time before it)
            relative = {s for s in bounds if words[s + 1:s + 2] in (["who"], ["whose"])}
            # ("had a patient today with a swollen calf": the time right after the person
            # tells when they were seen, and what follows is still theirs)
            # ("a patient in my chair grabbed her head today with a thunderclap headache": what
            # came "with" it, right after the time, is still theirs)
            relative |= {s for s in bounds if s > b and words[s] in _TIME_STOPS and (
                words[s + 1:s + 2] == ["with"] or words[s] == "this"
                and words[s + 2:s + 3] == ["with"])}
            # ("had a patient with sepsis today, mottled legs, breathing fast": the signs listed
            # after the time, with no new subject, are still theirs)
            relative |= {s for s in bounds if s > b and words[s] in _TIME_STOPS
                         and words[s + 1:s + 2] == [","] and words[s + 2:s + 3]
                         and words[s + 2] not in compiled.subjects}
            # ("we had a man brought in today with a burst aneurysm": after how they came)
            relative |= {s for s in bounds if b <= s <= b + 2 and words[s] in _TIME_STOPS
                         and all(w in _ARRIVING for w in words[b:s])
                         and words[s + 1:s + 2] not in ([","], ["i"], ["my"])}
            bounds = sorted((set(bounds) - told_what - relative)
                            | {s for s in other_stops if s >= b
                               and not _checker_found(words, s)})
            if _REPORTING & set(words[b:b + 3]):
                # "a patient today described numbness in the saddle area and new bladder
                # leaking": what they told of is a list, which "and" does not end (a pronoun
                # after it does: "... and I told her to go to A&E")
                bounds = [s for s in bounds if words[s] != "and"
                          or words[s + 1:s + 2] and words[s + 1] in _PRONOUN_SUBJECTS]
        conditional = rule.category == "hypothetical" and question and (
            rule.phrase == "if" or rule.phrase.endswith(" if") or rule.phrase.startswith("if "))
        if conditional:
            # "what should I do if I'm rolling my calf and it swells up or goes red?": in a
            # question, the condition's own "and it", "and suddenly" go on with what is supposed
            bounds = [s for s in bounds if words[s] not in ("and", "then")]
        if rule.category == "negated" and rule.direction == "forward":
            # "no worse, no better": a list's denial ends where a phrase that only looks like
            # a negation begins; "no better" is no more denied than it denies
            bounds = sorted(set(bounds) | {a2 for a2 in lookalikes if a2 > b})
        scope = _scope(rule, a, b, bounds, words)
        if rule.category == "historical" and (since := _since_before(words, a)) is not None:
            # "ever since my kidney infection last month I've had a deep ache": the time dates
            # the start of what goes on now, so only the clause after "since" is past
            scope = range(max(scope.start, since), min(scope.stop, b))
        if conditional:
            end = next((s for s in bounds if s >= b), len(words))
            if words[b:b + 1] == [","] and (close := next(
                    (i for i in range(b + 1, min(len(words), b + _SCOPE)) if words[i] == ","),
                    None)) is not None:
                # "what should I do if, when I'm rolling my calf, I notice it's swollen?": the
                # condition is told after the clause set off by commas
                end = next((s for s in bounds if s > close + 1), len(words))
            scope = range(scope.start, end)
        if rule.category == "other" and rule.direction == "forward" and (who := next(
                (i for i in scope if i > b and words[i] in ("who", "whose")), None)) is not None:
            # "had a patient this week with cauda equina who couldn't feel the toilet paper and
            # couldn't pee": the clause after "who" is theirs, to its end
            scope = range(scope.start, max(scope.stop, next(
                (s for s in bounds if s > who), len(words))))
        if rule.category == "other" and words[b:b + 1] in (["who"], ["whose"]):
            # "it was my brother who had the sudden awful headache": the clause after "who"
            # tells of that person
            scope = range(min(scope.start, b), max(scope.stop, next(
                (s for s in bounds if s > b), len(words))))
        if rule.category == "other" and scope and scope.stop < len(words) and (
                words[scope.stop - 1] == "and") and words[scope.stop] not in compiled.subjects and (
                words[scope.stop] not in ("when", "then", "now", "so")) and (
                scope.stop not in bounds) and (  # ("... and nothing changes": a new statement)
                list_end := next((i for i in range(scope.stop, min(len(words), scope.stop + 4))
                             if words[i] in (",", ".", ";")), None)) is not None:
            # "went to A&E with numbness down below and bladder trouble, ...": a short list goes
            # on to its comma (not "... and when I tried to answer him ...")
            scope = range(scope.start, list_end)
        if rule.category == "other" and rule.direction == "forward" and (
                close := _contact_clause_end(words, b) if words[b - 1] not in ("i", "we")
                else _contact_clause_end(words, b - 1)) is not None:
            # "the falconer I train with had a droopy face": a clause with no "who" ("I train
            # with", "we sail with") says who the person is; the sentence goes on about them
            scope = range(min(scope.start, b), max(scope.stop, next(
                (s for s in bounds if s > close + 1), len(words))))
        if rule.category == "other" and words[b:b + 1] == [","] and words[b + 1:b + 2] and (
                words[b + 1] in _APPOSITION) and (
                close := next((i for i in range(b + 2, min(len(words), b + 9))
                               if words[i] == ","), None)
        ) is not None:
            # "my sister, who's fasting with me, got a sudden awful headache": after the clause
            # set off by commas the sentence goes on about her
            scope = range(min(scope.start, b), max(scope.stop, next(
                (s for s in bounds if s > close + 1), len(words))))
        if rule.category == "other" and rule.direction == "forward" and (
                told := next((i for i in scope if words[i] in _TELLING
                              and words[i + 1:i + 2] == ["that"]), None)) is not None:
            # "his flatmate has just messaged that he's really drowsy": what the messenger
            # passed on ("messaged that ...") is about the person it is told of
            scope = range(scope.start, told)
        if rule.category == "other" and rule.direction == "forward" and _passes_on(words, b):
            # "what my sister sent me: 'numb down below and can't wee'": her own words, quoted
            scope = range(b, len(words))
        if rule.category == "other" and (taken := [
                i for i in range(scope.start, min(len(words), scope.stop + 4))
                if words[i] in _TAKEN_IN and not any(s in bounds for s in range(scope.stop, i))]):
            # "one of the girls got taken to hospital last night with a sudden horrendous
            # headache": what someone was taken in with is still their story, however long (a
            # few words past the scope's end: "the chap at the next table at the stamp fair was
            # taken away in an ambulance with a stroke")
            # (a time is no end to it: "went off in an ambulance this morning with a droopy face")
            scope = range(scope.start, max(scope.stop, next(
                (s for s in bounds if s > taken[0] and words[s] not in _TIME_STOPS), len(words))))
        if rule.category == "other" and (cause := [i for i in scope if words[i] == "after"]):
            # "my flatmate got taken to hospital with a bleed on the brain after a sudden awful
            # headache": what it came after is still that person's story
            scope = range(scope.start, max(scope.stop, next(
                (s for s in bounds if s > cause[0]), len(words))))
        if rule.category == "other" and (said := [i for i in told_what
                                                   if scope.start <= i <= scope.stop]):
            # ... and what "it was" reaches the end of that clause, however long their story
            scope = range(scope.start, next((s for s in bounds if s > said[0]), len(words)))
        triggers.append(Trigger(rule.category, rule.phrase, positions[a], positions[b - 1] + 1,
                                frozenset(positions[i] for i in scope)))
    return triggers


#: Words that open a negation, or a phrase that only looks like one.
_NEGATORS: Final = frozenset({"no", "not", "never", "nothing", "nor"})


#: Words before a time that make it the start of what goes on now ("since my infection last
#: month", "which began in the spring").
_STARTED: Final = frozenset({"since", "began", "begun", "started", "starting"})


def _since_before(words: list[str], at: int) -> int | None:
    """Where a "since" stands within the six words before ``at`` (a "began", "started" right
    before it, or before only its count: "started 3 months ago", "began about a year ago"),
    with no clause between."""
    for i in range(at - 1, max(-1, at - 7), -1):
        if words[i] in (",", ".", ";", "but"):
            return None
        if words[i] == "since" or (words[i] in _STARTED and all(
                w.isdigit() or w in _COUNTED for w in words[i + 1:at])):
            return i
    return None


#: Words that may stand between "started" and the time it names ("started about a year ago",
#: "began a couple of weeks ago").
_COUNTED: Final = frozenset({"of", "about", "around", "like", "maybe", "roughly", "nearly",
                             "over", *WORD_NUMBERS})


#: Words that open a clause between commas after a person ("my sister, who's fasting with me,
#: got ...", "my uncle, also a gravedigger, had ..."): the sentence goes on about them after it.
_APPOSITION: Final = frozenset({"who", "whose", "also", "aged"})
#: Where someone else is taken ("taken to hospital ... with"), or what they died of: the rest of
#: the clause is theirs.
_TAKEN_IN: Final = frozenset({"hospital", "ambulance", "resus", "rushed", "died", "intensive",
                              "icu", "itu", "hdu", "took"})
#: Prepositions that end a contact clause after a person ("the lad I work with", "the woman we
#: buy from").
_CONTACT_ENDS: Final = frozenset({"with", "for", "alongside", "beside", "under", "from", "to"})
#: Verbs that open what is told of the person after a contact clause ("... I train with had").
_PERSON_VERBS: Final = frozenset({"had", "has", "got", "gets", "was", "is", "collapsed",
                                  "went", "ended", "came", "started", "keeps", "said", "says"})


def _contact_clause_end(words: list[str], at: int) -> int | None:
    """Where a clause that names a person without "who" ends ("the falconer | I train with |
    had ..."): "I" or "we", a verb or two, then a preposition, then a verb of the person's;
    None when there is no such clause."""
    if words[at:at + 1] not in (["i"], ["we"]):
        return None
    for end in range(at + 1, min(at + 5, len(words) - 1)):
        if words[end] in (",", "and", "but"):
            return None
        if words[end + 1] in _PERSON_VERBS and (words[end] in _CONTACT_ENDS or end <= at + 2):
            return end  # (or a short clause of its own: "the cat | I'm sitting | has a limp")
    return None


#: Verbs of passing on news: what follows them is someone's report, not the teller's own trouble.
_TELLING: Final = frozenset({"messaged", "texted", "phoned", "rang", "emailed", "wrote"})


def _passes_on(words: list[str], at: int) -> bool:
    """The person's own words follow, quoted after a colon ("my sister sent me: ...", "mum
    texted this:", "he wrote:")."""
    if words[at:at + 1] and words[at] in _SENDING:
        rest = words[at + 1:at + 4]
        while rest and rest[0] in ("me", "us", "this", "just", "earlier", "today"):
            rest = rest[1:]
        return rest[:1] == [":"]
    return False


#: Verbs that pass on a person's own words: the written ones of passing on news, and a few more.
_SENDING: Final = (_TELLING - {"phoned", "rang"}) | frozenset(
    {"sent", "writes", "said", "says", "posted", "whatsapped"})


#: Words that open a new statement after a denial's comma: a verb with its "I" left out
#: ("..., feel sick"), or what is so instead ("not swollen, not red, same size as the other
#: one", "not hot, just stiff", "not really chest pain as such, more an ache in both arms").
_NEW_STATEMENT: Final = frozenset({"feel", "feeling", "same", "just", "only", "more",
                                    # (", everything on the left side kept disappearing")
                                    "everything"})


#: Terminators that only say when ("this morning", "today"): no end to a reason told after.
_TIME_STOPS: Final = frozenset({"today", "this", "now", "tonight", "yesterday"})
#: Words of a time phrase ("last month", "two years ago", "in <year>").
_TIME_WORDS: Final = frozenset({"last", "ago", "<year>", "<month>", "year", "years", "month",
                                "months", "week", "weeks"})
#: Verbs after a person that pass on what they saw of the writer ("my flatmate said it was hard
#: to wake me up").
_SAYING: Final = frozenset({"said", "says", "reckons", "reckoned", "noticed", "notices"})
#: A clinical note's verbs for what an informant tells of the person the note is about
#: ("mother reports she is drowsy", "wife states he was confused").
_REPORTS: Final = frozenset({"reports", "reported", "states", "stated", "describes",
                             "described", "corroborates", "confirms", "witnessed"})
#: Words of the writer's own: a sentence with one is not a third-person note.
_FIRST_PERSON: Final = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our"})
#: Verbs after a person that open their words to the writer ("he goes 'why are you ...'", "she
#: asked are you ok").
_ASKS_THE_WRITER: Final = frozenset({"goes", "went", "asked", "asks", "said", "says", "shouted",
                                     "yelled"})
#: A one-word normal finding ("fine") that, after a side word, names the other side.
_FINE_WORDS: Final = frozenset({"fine", "ok", "okay", "normal"})
#: What may stand between the side word and "fine" ("left calf is fine", "right one ok").
_SIDE_PART: Final = frozenset({"one", "side", "leg", "calf", "arm", "foot", "hand", "knee",
                               "ankle"})


def _other_side_fine(words: list[str], at: int) -> bool:
    """True when "fine" at ``at`` follows a side word, maybe with a part and "is" between
    ("left fine", "right side is fine", "left calf ok"): the other side named as the comparison
    that makes a sign one-sided, as "the other leg's fine" does, not a normal finding of it."""
    i = at - 1
    if i >= 0 and words[i] == "is":
        i -= 1
    if i >= 0 and words[i] in _SIDE_PART:
        i -= 1
    return i >= 0 and words[i] in ("left", "right")


#: The pronouns of someone other than the writer.
THIRD_PERSON: Final = frozenset("he she his her him hers they their them".split())
#: "and I had ..." after an episode: the care it took ("and I had antibiotics").
_PAST_CARE: Final = frozenset({("i", "had"), ("i", "took"), ("i", "got"), ("i", "finished"),
                               ("i", "did"), ("i", "needed"), ("i", "was")})


def _about_the_writer(words: list[str], at: int) -> bool:
    """The clause from ``at`` to its end tells of the writer ("me", "I") and of no one else."""
    end = next((i for i in range(at, len(words)) if words[i] in (",", ".", ";", "but")),
               len(words))
    clause = set(words[at:end])
    return bool(clause & {"me", "i"}) and not clause & THIRD_PERSON


#: Verbs of telling what someone has ("a patient described ...", "she complained of ...").
_REPORTING: Final = frozenset({"described", "describes", "describing", "reported", "reports",
                               "reporting", "complained", "complains", "complaining",
                               "presented", "presents", "presenting"})
_PRONOUN_SUBJECTS: Final = frozenset({"i", "we", "he", "she", "they", "my", "you"})
#: Words between a person and the time they were seen ("a man brought in today with").
_ARRIVING: Final = frozenset({"brought", "in", "came", "come", "seen", "admitted", "wheeled",
                              "rushed", "sent"})


#: Verbs of what the people who checked someone found ("and they found a clot").
_FOUND: Final = frozenset({"found", "said", "diagnosed", "confirmed", "discovered", "showed",
                           "thinks", "thought", "reckons", "suspects", "says"})
#: The people and tests that check someone ("the nurse found", "the scan showed").
_CHECKERS: Final = frozenset(
    "nurse nurses doctor doctors dr gp consultant paramedic paramedics surgeon physio hospital "
    "scan ultrasound doppler tests test bloods vet vets".split())


def _checker_found(words: list[str], at: int) -> bool:
    """A checker's verb of what they found stands at ``at`` ("the vet thinks", "the scan
    showed"): what follows it is still the story of the person checked."""
    return at >= 1 and words[at] in _FOUND and words[at - 1] in _CHECKERS


def _with_the_writer(words: list[str], a: int, b: int) -> bool:
    """The person at ``a:b`` is named beside the writer as one subject ("me and my husband",
    "my wife and I"): what follows is told of the writer too."""
    start = a - 1 if a >= 1 and words[a - 1] in ("my", "our", "the") else a
    return words[max(0, start - 2):start] in (["me", "and"], ["i", "and"]) or words[b:b + 2] in (
        ["and", "i"], ["and", "me"])


def _spoken_to(words: list[str], at: int, verbs: frozenset[str]) -> bool:
    """The person word at ``at`` is the object of a verb of speaking or of carrying ('tell my
    husband', 'asked her mum', 'shouted to the wife', 'can't lift our baby')."""
    before = [w for w in words[max(0, at - 4):at]
              if w not in ("my", "our", "the", "his", "her", "to", "at")]
    if bool(before) and before[-1] in verbs:  # ("shouted to the wife", "yelled at my son")
        return True
    # ("when I said morning to a neighbour": what was said stands between the verb and "to")
    return "to" in words[max(0, at - 2):at] and len(before) >= 2 and (
        before[-2] in _SPEAKING or before[-3:-2] == ["said"])


#: Verbs of saying something to someone ("said morning to a neighbour").
_SPEAKING = frozenset({"said", "say", "saying", "says", "shouted", "called", "waved", "wrote",
                       # ("I was talking rubbish to a punter")
                       "talking", "talked", "speaking", "spoke", "muttering", "mumbling"})


#: Terminators that, after 'or', list one more circumstance instead of starting a new statement.
_LISTED_CIRCUMSTANCES = frozenset({("when",), ("while",), ("whilst",)})


#: The 'other' rule of an animal's body part, and the parts only animals have, or that name
#: which of their legs ("the dog's hind leg").
_ANIMAL_PART = Rule.of(ContextRule(phrase="<animal> <part>", category="other",
                                   direction="forward"))
_ANIMAL_PARTS = frozenset({"paw", "paws", "tail", "hind", "front", "hoof", "hooves", "ear",
                           "ears"})
#: The 'other' rule of one of a group of people the writer has ("one of my pupils").
_ONE_OF_MINE = Rule.of(ContextRule(phrase="one of my <group>", category="other",
                                   direction="forward"))
#: Groups of people after "one of my": "one of my Year 3s", "one of our residents", "one of the
#: year 3s" (not "one of my dizzy dos", "one of me pins").
_GROUPS = frozenset(
    "pupils students kids children residents patients clients players colleagues workers staff "
    "lads guys mates friends customers regulars boys girls grandchildren grandkids nieces "
    "nephews cousins siblings brothers sisters sons daughters class team crew lot learners "
    "trainees apprentices tenants neighbours neighbors service users members runners riders "
    "swimmers athletes dancers climbers gymnasts skaters rowers paddlers drivers porters nurses "
    "carers cleaners"
    .split())


def _group_at(words: Sequence[str], at: int, last: int, animals: frozenset[str]) -> bool:
    """Whether a group of people, or animals, starts at ``at`` after "one of my": the group's
    word, or one word before it ("one of my key children's dads", "one of the mares I shoe")."""
    def group(word: str) -> bool:
        return word in _GROUPS or (word.endswith("s") and word[:-1] in animals) or (
            word.endswith("ies") and f"{word[:-3]}y" in animals)
    return words[at] == "year" or group(words[at]) or (
        at + 1 <= last and words[at].isalpha() and words[at] not in _NOT_A_GROUP_WORD
        and group(words[at + 1]))


#: A word after "one of my" that makes the next one no group of others ("one of my own kids" is
#: the writer's own child, as before).
_NOT_A_GROUP_WORD = frozenset({"own"})


#: The 'other' rule of someone "of mine" ("an oppo of mine got ..."): their story runs on
#: over a comma that a verb follows ("..., ended up with a catheter").
_OF_MINE = Rule.of(ContextRule(phrase="<someone> of mine", category="other",
                               direction="forward", max_scope=16))
#: Parts of the body, and troubles, a writer calls "of mine" ("this wrist of mine", "that old
#: injury of mine"), beside ``body_words``.
_OWN_PARTS = frozenset(
    "wrist wrists ankle ankles elbow elbows toe toes finger fingers thumb thumbs body bones "
    "joints joint spine bum backside gut guts bladder bowels thigh thighs shin shins heel heels "
    "ribs rib lungs lung brain skull sciatica pain knee knees back neck shoulder hip injury "
    "injuries problem problems condition trouble complaint niggle issue issues ailment arthritis "
    "gout habit".split())
#: The 'other' rule of an animal of the writer's that has, is or does something.
#: The 'other' rule of someone named by "a" and up to five words, then what befell them.
_A_STRANGER = Rule.of(ContextRule(phrase="a <someone> <befell>", category="other",
                                  direction="forward"))
#: What befalls someone told of in passing ("a boater collapsed", "a lad fainted").
_BEFELL = frozenset({"collapsed", "fainted", "died", "keeled", "rushed"})
def _stranger_befell(words: list[str], at: int, compiled: CompiledRules) -> bool:
    """Words from ``at`` name someone (no part of a body, nobody of the writer's) and then what
    befell them within six words ("visiting swimmer from another club collapsed")."""
    for word in words[at:at + 6]:
        if word in _BEFELL:
            return word != words[at]
        if not word.isalpha() or word in compiled.body_words or word in _FIRST_PERSON_WORDS:
            return False
    return False


#: The writer's own words: a phrase holding one is no stranger's.
_FIRST_PERSON_WORDS = frozenset({"i", "my", "me", "mine", "myself", "we", "our", "us"})


#: The 'other' rule of a role that opens a sentence ("Guest reported chest pain").
_ROLE_OPENS = Rule.of(ContextRule(phrase="<role>", category="other", direction="forward"))
_ANIMAL_OWNED = Rule.of(ContextRule(phrase="<owner> <animal> <verb>", category="other",
                                    direction="forward"))
_ANIMAL_VERBS = frozenset({"has", "had", "is", "was", "got", "gets", "keeps", "kept", "started",
                           "went", "seems", "came", "with", "pulled", "limped", "collapsed",
                           "yelped", "seemed", "cannot", "could", "would", "will",
                           "does", "did", "needs", "needed", "slipped", "hurt", "injured",
                           "tore", "ruptured", "broke", "fell", "lost"})


def _animal_verb(words: list[str], at: int) -> int | None:
    """Where the verb after an animal stands: right after it, or after its name ("our
    labrador Bruno has")."""
    for k in (at + 1, at + 2):
        if k < len(words) and words[k] in _ANIMAL_VERBS:
            return k
        if k < len(words) and (not words[k].isalpha() or words[k] in _CONJUNCTIONS):
            return None  # ("bent down to pick up the cat and got a sudden pain": mine)
    return None


#: Words that start a new clause after an animal: what follows is no longer the animal's.
_CONJUNCTIONS = frozenset({"and", "but", "then", "so", "or", "when", "while"})


#: Verbs right after a person who does something to the writer's body, not ails themselves.
_ACTS_ON_WRITER = frozenset({"presses", "pressed", "pushes", "pushed", "prods", "prodded",
                             "pokes", "poked", "rubs", "rubbed", "massages", "massaged",
                             "touches", "touched"})
#: Verbs of naming after "what" and a person: the person gives a word to what the writer
#: did ("talking what my husband called gibberish", "what my wife calls slurring").
_NAMING = frozenset({"called", "calls", "call", "described", "describes", "named", "names"})
#: Words of whose person it is that may stand between "what" and the person ("what my wife").
_OWNERS = frozenset({"my", "our", "the", "his", "her", "their"})
#: Signs named with "the" ("a temperature and the shakes", "his arm and the sweats"): one more
#: sign of the same person, not a new subject.
_THE_SIGNS = frozenset({"shakes", "sweats", "shivers", "chills", "runs", "spins", "squits",
                        "trots", "jitters"})
#: Verbs of lifting or carrying a person: the person after them is what the writer handles
#: ("can't lift my toddler", "pick up my grandson").
_CARRIED = frozenset({"up", "lift", "lifting", "lifted", "carry", "carrying", "carried", "hold",
                      "holding", "cuddle", "cuddling", "bath", "bathe", "bathing", "push",
                      "pushing", "dress", "dressing", "hug", "hugging"})
#: Things a person owns or holds that the writer uses or visits ("my mate's quad bike", "my
#: sister's trampoline", "at my cousin's wedding"): the person's word before them names an
#: owner, not someone whose signs follow.
_OWNED_THINGS = frozenset({"car", "van", "bike", "quad", "motorbike", "scooter", "moped",
                           "truck", "lorry", "tractor", "boat", "trampoline", "ladder",
                           "house", "flat", "garden", "farm", "sofa", "couch", "settee",
                           "stairs", "party", "wedding", "barbecue", "bbq", "stag", "hen",
                           "caravan", "pool", "gym", "roof", "shed", "drive", "driveway"})
#: Labels of the line of the person a note or call transcript is about ("Patient: all healed,
#: just my tummy muscles ache").
_SPEAKER_LABELS = frozenset({"patient", "pt", "client", "caller"})
#: Words between a person and what they did ("he just cracked my neck").
_ADVERBS_BEFORE_DOING = frozenset({"just", "then", "also", "finally", "gently", "quickly",
                                   "only", "really", "properly"})
#: Words of a clause told of someone else, after which a body part goes on with that person.
_THEIR_CLAUSE = frozenset({"his", "her", "their"})
#: Verbs after which "still" goes on with the same person's state ("she is still in hospital").
_BE_HAVE = frozenset({"is", "was", "are", "were", "has", "have", "had", "been"})


#: Words that pick some of what follows "of" ("one of my balls", "some of my fingers").
_PART_OF = frozenset({"one", "some", "all", "each", "either", "two", "half", "most", "part"})


#: Subjects after which "also" adds to what was said of them rather than opening a new statement.
_ALSO_SUBJECTS = frozenset({"he", "she", "they", "it"})


def _stops(words: list[str], compiled: CompiledRules, inside: set[int]) -> dict[bool, list[int]]:
    """Word indexes where a scope ends: terminators, and a comma or 'and' before a new subject.

    The second list (for normal findings, whose statements are short) also stops at commas.
    """
    stops: set[int] = set()
    commas: set[int] = set()
    present = set(words)
    for phrase in compiled.terminators:
        if phrase[0] in present:
            # ("in hospital now with a clot", "on blood thinners now for a clot": "now with",
            # "now for" go on with the same person's state)
            # ("never at rest or when I walk": a second circumstance of the same statement)
            # ("mum is still in hospital with sepsis", "he is ok now after surgery": still
            # the person's own state)
            stops.update(at for at in _find(words, phrase) if at not in inside and not (
                phrase == ("now",) and words[at + 1 : at + 2] in (["with"], ["for"], ["after"])
            ) and not (
                phrase == ("still",) and words[at - 1 : at] and words[at - 1] in _BE_HAVE
            ) and not (
                # ("he also cannot control his bladder": the same person's statement goes on)
                phrase == ("also",) and words[at - 1 : at] and words[at - 1] in _ALSO_SUBJECTS
            ) and not (
                phrase in _LISTED_CIRCUMSTANCES and words[at - 1 : at] in (["or"], ["nor"]))
            and not (
                # ("an old lady on my bus today started slurring": a time inside the clause
                # whose verb comes next tells when it happened to them, no new statement)
                # (a regular verb only: "now got a sore calf" is the writer's now; or a relative
                # clause of theirs: "took a patient down to CT today who'd had a sudden ...")
                phrase in _TIME_INSIDE and words[at + len(phrase):at + len(phrase) + 1] and (
                    _regular_past(words[at + len(phrase)])
                    or words[at + len(phrase)] in _RELATIVE | _IRREGULAR_PAST)))
    for i, word in enumerate(words):
        if word in (",", "and", ":", "(", ")", "/") and i + 1 < len(words) and (
            words[i + 1] in compiled.subjects
        ) and not (words[i + 1] == "the" and words[i + 2 : i + 3] and (
                words[i + 2] in _THE_SIGNS or _SIGN_NOUNS.intersection(words[i + 2:i + 4]))):
            stops.add(i)
        if word in (",", "and") and len(words) > i + 3 and words[i + 1] in _PART_OF and (
                words[i + 2] == "of" and words[i + 3] in compiled.subjects):
            # "not in a tackle, and one of my balls is swollen": a part of the writer's is as
            # much a new subject as "my ball"
            stops.add(i)
        if word in (",", "and"):
            part = i + 2 if words[i + 1 : i + 2] in (["left"], ["right"]) else i + 1
            if part + 1 < len(words) and words[part] in compiled.body_words and (
                    words[part + 1] in compiled.clause_verbs) and not (
                    # ("his face was drooping on one side and speech was slurred": his still)
                    _THEIR_CLAUSE & set(words[max(0, i - 8):i])):
                # "waiting for a client, chest has felt tight", "it hasn't gone, left arm feels
                # heavy": the writer's own new statement
                stops.add(i)
        if word in (",", ":", "(", ")"):
            commas.add(i)
    return {False: sorted(stops), True: sorted(stops | commas)}


#: Time words that end a scope as a new statement begins ("now my arm is weak"), but not when
#: the verb follows at once.
_TIME_INSIDE: Final = frozenset({("today",), ("this", "morning"), ("this", "week")})


#: Nouns of a sign after "and the" that go on with the same person ("a stiff neck and the purple
#: rash", "a high fever and the headache"), not a new subject.
_SIGN_NOUNS: Final = frozenset({"rash", "fever", "temperature", "headache", "vomiting",
                                "sickness", "cough", "spots"})


#: Words that open a relative clause about the person just named ("a patient today who'd had").
_RELATIVE: Final = frozenset({"who", "who'd", "whod", "whose"})


def _regular_past(word: str) -> bool:
    """A regular verb told in the past ("started", "collapsed")."""
    return word.endswith("ed") and len(word) > 4


def _told_in_past(word: str) -> bool:
    """A verb told in the past ("started", "went", "collapsed")."""
    return word in _PAST_VERBS or _regular_past(word)


#: Words that open the story of a past episode after its time phrase ("a week where ...",
#: "the night when ..."), and the words after "and I" that bring the story back to now.
_EPISODE_OPENERS = frozenset({"where", "when", "whereby"})
_NOW_AGAIN = frozenset({"am", "is", "are", "have", "has", "can", "cannot", "now", "still",
                        "feel", "feels", "keep", "do", "does", "get", "think", "want", "need",
                        "just", "also", "currently", "today"})
_EPISODE_SCOPE = 8
#: How far back a past time or "long gone" reads when it closes its sentence.
_CLOSING_SCOPE = 20
#: The words of such a time ("years ago", "long gone", "in <year>"; not "like usual").
_CLOSING_TIMES: Final = frozenset({"ago", "gone", "since", _YEAR})


#: Verbs told in the past that do not end in "-ed" (a clause told in the past goes on with the
#: story a time phrase opened).
_PAST_VERBS = frozenset({"was", "were", "had", "went", "came", "fell", "felt", "got", "gave",
                         "took", "lost", "began", "broke", "woke", "couldnt", "could", "did",
                         "drooped", "dropped", "sank", "slid", "shook", "swelled", "spread"})
#: The past verbs of something that happened (not "was", "had", "got": a state, or the
#: writer's "now got a sore calf"), with "come" for "came" as some dialects say it ("one of the
#: kiddies at school today come out in a rash").
_IRREGULAR_PAST: Final = _PAST_VERBS - {"was", "were", "had", "got", "felt", "could", "couldnt",
                                        "did"} | {"come"}


def _episode_goes_on(words: list[str], b: int, after: int) -> bool:
    """The scope of a past time phrase ends at "and" before a new subject, inside the story of
    an episode it opened ("where ...", "when ..."), and the new clause is told in the past; or
    it ends at the "when" that opens that story ("years ago I had a scare when my face dropped
    on one side")."""
    if after + 2 < len(words) and words[after] in _EPISODE_OPENERS:
        told = words[after + 1:after + 5]
        return not _NOW_AGAIN & set(told) and any(_told_in_past(w) for w in told)
    # ("two summers ago my leg went numb and I had pins and needles for weeks": "and I" with a
    # verb told in the past goes on with the same story)
    return (after + 2 < len(words) and words[after] == "and"
            and (bool(_EPISODE_OPENERS & set(words[b:after])) or (
                words[after + 1] == "i" and _told_in_past(words[after + 2])))
            and not _NOW_AGAIN & set(words[after + 1:after + 3]))


def _scope(rule: Rule, a: int, b: int, stops: list[int], words: list[str]) -> range:
    limit = rule.max_scope or _DEFAULT_SCOPE.get(rule.category, _SCOPE)
    after = next((s for s in stops if s >= b), len(words))
    if rule.over_and:
        # "what should I do if my leg went cold and the pain was way worse": a question's
        # supposed case runs on over "and", and a story's events over the comma that opens them
        # ("in the series I watch, the man has a heart attack")
        after = next((s for s in stops if s >= b and words[s] != "and" and not (
            s == b and words[s] == ",")), len(words))
    elif (rule.category == "historical" and rule.direction != "backward"
          and b < len(words) and words[b] == "," and (a == 0 or not words[a - 1].isalnum())):
        # a past time phrase that opens the sentence reads on over its comma, and over a short
        # date after it ("Years ago, in 2015, I had a DVT after an operation"; "Years back,
        # 2015 it was, I had a wee turn")
        if after == b:
            after = next((s for s in stops if s > b), len(words))
        if after < len(words) and words[after] == "," and after - b <= 4 and any(
                w.isdigit() for w in words[b + 1:after]):
            limit += after - b + 1  # (the date's words, ", 2015 it was,", take none of it)
            after = next((s for s in stops if s > after), len(words))
    for _ in range(3):
        # "last year I had a scary week where my leg went numb and I couldn't pee": the episode
        # the time phrase opened goes on past "and I", told in the past (and on, "a cough last
        # month and I went to A&E when I coughed up blood")
        if rule.category != "historical" or not _episode_goes_on(words, b, after):
            break
        after = next((s for s in stops if s > after and words[s] != "and"), len(words))
        limit += _EPISODE_SCOPE
    # (the break a trigger's own first word makes, ", I had been lying on it", does not end the
    # scope it looks back over)
    # (nor does the "when" of the same event told in the past: "got knocked out when a ball
    # whacked me in 2015" dates the knock-out too; not "why am I so breathless when I ran 10k
    # last month")
    before = max((s + 1 for s in stops if (s < a - 1 or (s == a - 1 and not (
        rule.direction != "forward" and words[a] == "i"))) and not (
        rule.category == "historical" and words[s] == "when" and _past_clause(words, stops, s))),
        default=0)
    forward_end = min(after, b + limit)
    if rule.category == "negated" and rule.max_scope is None and after > forward_end and (
        _LIST_WORDS & set(words[b:after])
    ):
        forward_end = min(after, b + _LIST_SCOPE)  # "no numbness, tingling or weakness"
    backward_start = max(before, a - limit)
    if rule.category in ("historical", "resolved") and _CLOSING_TIMES.intersection(
            rule.phrase.split()) and all(not w.isalnum() for w in words[b:]):
        # a time that closes the sentence dates all of it ("Had shingles across my back when I
        # was at the school in Lionacleit, years ago, long gone.")
        backward_start = min(backward_start, max(before, a - _CLOSING_SCOPE))
    if rule.phrase in _ANSWERS and all(not w.isalnum() or w in _ANSWER_TAIL
                                       for w in words[b:after]):
        if a and words[a - 1] == ":":
            # the answer to a key that lists its items ("numbness/fever/weakness: none") denies
            # every item of the key, not only the last
            backward_start = max(next((i + 1 for i in range(a - 1, -1, -1)
                                       if words[i] in (".", "\n", ";", ":")
                                       and i != a - 1), 0), a - _KEY_SCOPE)
        return range(backward_start, a)  # a checklist's answer: "fever - no", "peeing: no, fine"
    if rule.direction == "forward":
        return range(b, forward_end)
    if rule.direction == "backward":
        return range(backward_start, a)
    return range(backward_start, forward_end)


def _past_clause(words: list[str], stops: list[int], end: int) -> bool:
    """The clause before ``end`` is told in the past, with no word of now in it."""
    start = max((s + 1 for s in stops if s < end), default=0)
    clause = words[start:end]
    return any(_told_in_past(w) for w in clause) and not _NOW_AGAIN & set(clause)


#: Categories of a finding whose phrase holds the mention as its subject ("temperature has been
#: normal for", "the swelling has gone down"): the mention takes the finding.
_SAID_OF_ITSELF: Final = frozenset({"normal", "resolved"})


def modifiers(
    triggers: Iterable[Trigger], positions: Iterable[int]
) -> frozenset[str]:
    """The categories of the triggers whose scope covers one of the mention's words.

    A trigger that is part of the mention itself ("cannot" in "cannot feel") does not count,
    unless it is a phrase that names another's body ("the dog's back legs have gone weak", "one
    of the dogs I walk has a swollen back leg": the sign's "leg" is the dog's); a one-word pronoun
    inside the sign ("hit his head") stays the sign's, and so does a phrase the sign begins with
    ("one of my pupils looks bigger": an eye's pupils, not a school's). A mention inside a normal
    or resolved finding's longer phrase is that finding's subject, and takes it.
    """
    own = set(positions)
    found: set[str] = set()
    for trigger in triggers:
        span = set(range(trigger.start, trigger.end))
        if trigger.category in _SAID_OF_ITSELF and own < span:
            found.add(trigger.category)  # "temperature's been normal for 4 days": its subject
            continue
        if own & span and not (
                trigger.category == "other" and trigger.end - trigger.start > 1
                and trigger.start != min(own)):
            continue
        if own & trigger.scope:
            found.add(trigger.category)
    return frozenset(found)
