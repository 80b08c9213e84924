"""Stage 2: the phrase index, and the longest-match reading of tokens against it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import Final, Literal

from triggerpoint.finder.query import MarkSide
from triggerpoint.finder.tokens import WORD, Token, expand_shorthand
from triggerpoint.finder.vocabulary import FILLERS, SIDE_WORDS, STOPWORDS, norm_token
from triggerpoint.finder.words import words

__all__ = ["Match", "PhraseIndex", "Target", "phrase_key"]

TargetKind = Literal["region", "broad", "symptom", "condition", "complaint", "activity"]
Target = tuple[TargetKind, str]
_NEGATION_STOP: Final = frozenset({"but", "and", "with"})
_WRONG: Final = frozenset({"wrong"}) | words().folded("trouble_words")
#: The words of hurting ('hurts', 'ache', 'sore'), folded once.
_HURT_WORDS: Final = words().folded("hurt_words")
#: Words a negation reaches across without counting ('no numbness or pain in my feet').
_NEGATION_SPAN: Final = frozenset({"or", "nor"}) | _HURT_WORDS
#: Words before a sound-alike that make it the writer's body word ('my waste', 'the heal').
_SOUND_ALIKE_OWNERS: Final = frozenset({"my", "the", "your", "his", "her", "both", "sore"})
#: Words the reader knows without a phrase: never corrected into body words.
_KNOWN: Final = FILLERS | frozenset().union(
    *(
        words().folded(name)
        for name in (
            "activity_verbs",
            "activity_on_verbs",
            "fine_after",
            "being",
            "hurt_words",
            "scope_end",
        )
    )
)


def phrase_key(text: str) -> tuple[str, ...]:
    """The normalized word tuple a phrase is indexed and matched by (shorthand spelt out as in
    a description, so 'lateral border of the foot' matches 'lateral border L foot').
    """
    text = expand_shorthand(text)
    folded = (norm_token(w) for w in WORD.findall(text.casefold().replace("-", " ")))
    return tuple(w for w in folded if w not in STOPWORDS and w not in SIDE_WORDS)


@dataclass(frozen=True)
class Match:
    """A phrase found in the tokens [start, end) and what it names."""

    start: int
    end: int
    target: Target
    side: MarkSide | None = None
    negated: bool = False
    narrowed: str | None = None
    within: bool = False


class PhraseIndex:
    """Every phrase that names something, indexed by its folded words; the first name wins."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], Target] = {}
        self.places: dict[tuple[str, ...], Target] = {}
        self.symptom_of: dict[tuple[str, ...], str] = {}

    def add(self, names: Iterable[str], target: Target) -> None:
        for name in names:
            key = phrase_key(name)
            if not key:
                continue
            self.phrases.setdefault(key, target)
            if target[0] == "complaint" and len(key) > 1:
                # a complaint typed run together in a search box ("golferselbow",
                # "RUNNERSKNEE"): the whole name as one word
                squashed = norm_token("".join(WORD.findall(
                    name.casefold().replace("-", "").replace("'", "").replace("\u2019", ""))))
                self.phrases.setdefault((squashed,), target)
            if target[0] in ("region", "broad"):
                self.places.setdefault(key, target)
            if target[0] == "symptom":
                self.symptom_of.setdefault(key, target[1])

    def add_activities(self) -> None:
        """Exercises and gear named after body parts ('chin-ups', 'high heels')."""
        for phrase in words().activity_phrases:
            self.phrases.setdefault(phrase_key(phrase), ("activity", phrase))

    @cached_property
    def longest(self) -> dict[str, int]:
        """The longest phrase length that starts with each word."""
        found: dict[str, int] = {}
        for key in self.phrases:
            found[key[0]] = max(found.get(key[0], 0), len(key))
        return found

    @cached_property
    def by_length(self) -> dict[int, list[str]]:
        """The vocabulary grouped by word length (fuzzy matching looks only at near lengths)."""
        groups: dict[int, list[str]] = {}
        for word in self.vocabulary:
            groups.setdefault(len(word), []).append(word)
        return groups

    @cached_property
    def vocabulary(self) -> list[str]:
        """Every word that appears in some phrase (for spelling correction)."""
        return sorted(
            {w for key, t in self.phrases.items() if t[0] != "activity" for w in key if len(w) >= 3}
        )

    def place_in(
        self, key: Sequence[str], prefer: Callable[[Target], bool] | None = None
    ) -> Target | None:
        """The longest region or area phrase inside a phrase's words; of phrases as long, the
        first that ``prefer`` accepts ("bottom front teeth": the teeth, not the bottom), else the
        first."""
        for length in range(len(key), 0, -1):
            found = [target for start in range(len(key) - length + 1)
                     if (target := self.places.get(tuple(key[start : start + length])))
                     is not None]
            if found:
                return next((t for t in found if prefer(t)), found[0]) if prefer else found[0]
        return None

    def read(self, tokens: Sequence[Token]) -> tuple[list[Match], list[int]]:
        """Longest-match over content words; returns matches and unmatched word positions."""
        content = [i for i, t in enumerate(tokens) if t.kind in ("word", "boundary")]
        matches: list[Match] = []
        leftovers: list[int] = []
        k = 0
        by_comma = False  # the last match was denied as an item of a list after a comma
        while k < len(content):
            found = self._longest_at(tokens, content, k)
            if found is None:
                if tokens[content[k]].kind == "word":
                    leftovers.append(content[k])
                k += 1
                continue
            match, length = found
            link = _list_link(tokens, matches[-1], match) if matches else None
            if negated_before(tokens, match.start):
                match = replace(match, negated=True)
                by_comma = False
            elif link is not None and matches[-1].negated and (link != "and" or by_comma):
                match = replace(match, negated=True)  # "no marks on jaw, ear or back of head"
                by_comma = link == ","
            matches.append(match)
            k += length
        return matches, leftovers

    def _longest_at(
        self, tokens: Sequence[Token], content: list[int], k: int
    ) -> tuple[Match, int] | None:
        longest = self.longest.get(tokens[content[k]].norm, 0)
        for length in range(min(longest, len(content) - k), 0, -1):
            window = content[k : k + length]
            if any(tokens[i].kind == "boundary" for i in window):
                continue
            target = self.phrases.get(tuple(tokens[i].norm for i in window))
            if target is not None and length > 1 and _back_of_next(tokens, window[-1]) and (
                    (after := self._longest_at(tokens, content, k + length - 1)) is not None
                    and after[1] > 1):
                continue  # "side of the back of my wrist": the back is the wrist's
            if target is not None:
                return Match(window[0], window[-1] + 1, target), length
        return None

    def split_run_together(
        self, tokens: Sequence[Token], leftovers: Sequence[int]
    ) -> list[Token] | None:
        """Words typed without their spaces ('lowerback', 'shoulderblade', 'topofshoulder',
        'heelpain') as the words they join, when every part is a word of some place or
        symptom phrase, a pain word, or 'of' between two of them; None when none splits."""
        out: list[Token] = []
        changed = False
        wanted = set(leftovers)
        for i, token in enumerate(tokens):
            parts = _split_word(token.norm, self._joinable) if i in wanted else None
            if parts is not None and token.norm in _english_words():
                parts = None  # a word of its own: 'football', 'waistband', 'outside
            if parts is None:
                out.append(token)
                continue
            if "back" in parts[1:] and "of" not in parts and (
                    parts[parts.index("back") - 1] in self.place_words - _NOT_OWNERS):
                # a code's 'hipback', 'thighbackupper': the back of the hip, of the thigh
                k = parts.index("back")
                parts = ["back", "of", *parts[:k], *parts[k + 1:]]
            out += [Token(part, part, "stop" if part == "of" else "word") for part in parts]
            changed = True
        return out if changed else None

    @cached_property
    def _joinable(self) -> frozenset[str]:
        return frozenset(w for w in self.vocabulary if len(w) >= 3) | _HURT_PARTS

    def correct(
        self, tokens: Sequence[Token], leftovers: Sequence[int]
    ) -> tuple[list[Token], dict[int, str]]:
        """Likely misspellings of known words fixed; returns new tokens and position -> original."""
        out = list(tokens)
        fixed: dict[int, str] = {}
        for i in leftovers:
            found = self._correction(tokens[i].norm)
            if found is None and (raw := tokens[i].raw.casefold()) != tokens[i].norm and (
                    raw.isalpha()):
                # a slip in a word read as a plural ('fasciits' is read 'fasciit'): the word
                # as typed
                found = self._correction(raw)
            if found is None:
                found = self._in_context(out, i)
            if found is None:
                found = self._sound_alike(out, i)
            if found is not None:
                fixed[i] = tokens[i].raw
                kind = "side" if found in ("left", "right") else tokens[i].kind
                out[i] = replace(tokens[i], norm=found, kind=kind)
        return out, fixed

    def _in_context(self, tokens: list[Token], i: int) -> str | None:
        """A short slip that could be more than one known word ('bnd': 'band' or 'bend', a
        word typed without its vowels) read as the one that makes a phrase with the words
        around it ('IT bnd pain': 'IT band'); None when none or more than one does."""
        word = tokens[i].norm
        if not (3 <= len(word) <= _SHORT and word.isalpha()) or word in _KNOWN or (
                word in self.short_guard or word in self.swap_guard):
            return None
        options = self._short_options(word)
        if len(options) < 2:
            return None
        fits = []
        for option in options:
            trial = [*tokens[:i], replace(tokens[i], norm=option), *tokens[i + 1:]]
            matches, _ = self.read(trial)
            if any(m.start <= i < m.end and m.end - m.start > 1 for m in matches):
                fits.append(option)
        return fits[0] if len(fits) == 1 else None

    def _sound_alike(self, tokens: list[Token], i: int) -> str | None:
        """A word voice typing writes for a body word that sounds the same ('tale bone', 'heal
        pain', 'my waste') read as that word, only where it then makes a place: inside a
        longer phrase, or after a side or an owner word, or before a pain word; one for a side
        ('rite hip') only right before a place."""
        found = words().homophones.get(tokens[i].norm)
        if found is None:
            return None
        if found in ("left", "right"):
            # ('rite hip'): a side, where a place follows it
            trial = [*tokens[:i], replace(tokens[i], norm=found, kind="side"), *tokens[i + 1:]]
            matches, _ = self.read(trial)
            return found if any(m.start <= i + 1 < m.end for m in matches) else None
        trial = [*tokens[:i], replace(tokens[i], norm=found), *tokens[i + 1:]]
        matches, _ = self.read(trial)
        here = next((m for m in matches if m.start <= i < m.end), None)
        if here is None:
            return None
        before = tokens[i - 1].norm if i else ""
        after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        if here.end - here.start > 1 or before in SIDE_WORDS or before in _SOUND_ALIKE_OWNERS or (
                after in _HURT_WORDS):
            return found
        return None

    def _one_letter_near(self, word: str) -> list[str]:
        """Known words one letter added to or dropped from ``word`` ('thum': 'thumb')."""
        from rapidfuzz.distance import Indel

        return [w for n in (len(word) - 1, len(word) + 1) for w in self.by_length.get(n, ())
                if Indel.distance(word, w, score_cutoff=1) <= 1]

    def _short_options(self, word: str) -> list[str]:
        """Known words one letter from a short word, or with its vowels when it has none
        ('bnd': 'band', 'bend'; 'nck': 'neck')."""
        near = self._one_letter_near(word)
        near += sorted(_swapped(word).intersection(self.by_length.get(len(word), ())))
        if not set(word) & _VOWELS:
            near += self._skeletons.get(word, ())
        return list(dict.fromkeys(near))

    @cached_property
    def _skeletons(self) -> dict[str, tuple[str, ...]]:
        """Known words of four to seven letters by their letters without vowels ('bnd':
        'band', 'bend'), built on first need (a text with a word typed without vowels)."""
        found: dict[str, list[str]] = {}
        for n in range(4, _SHORT + 4):
            for w in self.by_length.get(n, ()):
                found.setdefault("".join(c for c in w if c not in _VOWELS), []).append(w)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def _corrections(self) -> dict[str, str | None]:
        return {}

    def _correction(self, word: str) -> str | None:
        """The known word a misspelt word stands for (remembered), or None."""
        if word not in self._corrections:
            self._corrections[word] = self._nearest(word)
        return self._corrections[word]

    @cached_property
    def short_guard(self) -> frozenset[str]:
        """Short English words one letter added or dropped away from a short vocabulary word
        ('heal' from 'heel', 'bull' from 'ball'): never corrected (built once, kept in the find
        snapshot; reading pyspellchecker's list costs about 0.1 s)."""
        near = {
            n for v in self.vocabulary if len(v) <= _SHORT + 1
            for n in _one_letter_away(v) if 3 <= len(n) <= _SHORT
        }
        return frozenset(near & _english_words(3))

    @cached_property
    def swap_guard(self) -> frozenset[str]:
        """English words of three or four letters that two swapped letters make of a short
        vocabulary word ('ram' and 'mar' of 'arm'): words of their own, never corrected that way
        (built once, kept in the find snapshot)."""
        near = {n for v in self.vocabulary if 3 <= len(v) <= _SHORT for n in _swapped(v)}
        return frozenset(near & _english_words(3))

    @cached_property
    def long_guard(self) -> frozenset[str]:
        """English words of five to nine letters one slip (a letter dropped, added, changed or
        two swapped) from a body or side word ('light' from 'right', 'spike' from 'spine'):
        never corrected (built once from each vocabulary word's neighbours, about 0.3 s, and
        kept in the find snapshot)."""
        near: set[str] = set()
        for word in (*self.vocabulary, "left", "right"):
            if 4 <= len(word) <= _LONG + 1:
                near |= _one_slip_away(word)
        known = set(self.vocabulary)
        # common words only: a rare one ('stich', 'calve') is more often a slip than meant
        common = _english_words(5, min_count=_COMMON) - words().folded("slips")
        return frozenset(w for w in near & common
                         if len(w) <= _LONG and (w in known or norm_token(w) not in known))

    def _nearest(self, word: str) -> str | None:
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein

        if len(word) < 3 or word in _KNOWN or (_SHORT < len(word) <= _LONG
                                                and word in self.long_guard):
            return None  # an English word is what it says ('light', 'spike')
        if len(word) >= 4:
            side = process.extractOne(
                word, ("left", "right"), scorer=DamerauLevenshtein.distance, score_cutoff=1
            )
            if side is not None:
                return side[0]
        if len(word) <= _SHORT:
            # a short word that is no English word, one letter dropped or doubled from exactly
            # one body word ('thum', 'bal', 'nek'); a letter changed is too often shorthand
            # ('ttp' is not 'tip') or another word
            if not word.isalpha() or word in self.short_guard:
                return None
            near = self._one_letter_near(word)
            if not near and len(word) >= 3 and word not in self.swap_guard:
                # two letters swapped, the commonest slip of a typing thumb ('bakc' is 'back')
                # (a swap undoes itself: the words a swap of this one makes, that are known)
                swapped = _swapped(word).intersection(self.by_length.get(len(word), ()))
                return swapped.pop() if len(swapped) == 1 else None
            if near and word not in self.swap_guard and _swapped(word).intersection(
                    self.by_length.get(len(word), ())):
                return None  # 'trun': 'run' or 'turn'? the words around it tell (_in_context)
            # a letter left out is the likelier slip: 'thum' is 'thumb' before 'tum'
            longer = [w for w in near if len(w) > len(word)]
            return near[0] if len(near) == 1 else longer[0] if len(longer) == 1 else None
        limit = 1 if len(word) <= 8 else 2
        near = [
            w
            for n in range(len(word) - limit, len(word) + limit + 1)
            for w in self.by_length.get(n, ())
            if w != word  # a misspelling some phrase holds ('frozen sholder') is still one
        ]
        best = process.extractOne(
            word, near, scorer=DamerauLevenshtein.distance, score_cutoff=limit
        )
        # a body word wins a tie ('wirst' is 'wrist', not 'first')
        place = process.extractOne(
            word, [w for w in near if w in self.place_words],
            scorer=DamerauLevenshtein.distance, score_cutoff=limit)
        if best is not None and len(best[0]) < len(word):
            # a letter left out is the likelier slip: 'behnd' is 'behind', not 'bend'
            longer = [w for w in near if len(w) > len(word)
                      and DamerauLevenshtein.distance(word, w) == best[1]]
            if len(longer) == 1 and (place is None or place[1] == best[1]):
                return longer[0]
        if place is not None and (best is None or place[1] <= best[1]):
            return place[0]
        if word in self.by_length.get(len(word), ()):
            return word  # a word some phrase holds, and no body word's slip ('difficulty')
        return None if best is None else best[0]

    @cached_property
    def place_words(self) -> frozenset[str]:
        """The head words of region and body-area phrases ('wrist', 'toe'; not 'first')."""
        return frozenset(key[-1] for key in self.places)


def _swapped(word: str) -> set[str]:
    """The word with two neighbouring letters swapped, each way it can be ('back': 'abck', 'bcak',
    'bakc')."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)
            if word[i] != word[i + 1]}


#: Pain words that may end a run-together word ('heelpain', 'jawache').
_HURT_PARTS: Final = frozenset({"pain", "ache", "aches", "hurts", "sore"})


def _back_of_next(tokens: Sequence[Token], last: int) -> bool:
    """A phrase that ends in "back" right before "of" ("side of the back | of my wrist"): that
    "back" may start the next place's phrase."""
    return tokens[last].norm == "back" and last + 1 < len(tokens) and tokens[last + 1].raw == "of"


def _one_letter_away(word: str) -> set[str]:
    """``word`` and every word one letter added to or dropped from it (Indel distance 1 or less;
    a body word that is also an English word is never corrected either)."""
    dropped = {word[:i] + word[i + 1 :] for i in range(len(word))}
    added = {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in _LETTERS}
    return {word} | dropped | added


def _one_slip_away(word: str) -> set[str]:
    """Every word one letter dropped, added or changed, or two letters swapped, from ``word``."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in cuts if b}
        | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
        | {a + c + b[1:] for a, b in cuts if b for c in _LETTERS}
        | {a + c + b for a, b in cuts for c in _LETTERS}
    )


_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
#: English words up to this long are never corrected into body words, when they are common
#: (seen this many times in pyspellchecker's frequency list; 'spike' 6,127, 'stich' 50).
_LONG: Final = 9
#: Head words of places that qualify the back rather than own one ('lowerback').
_NOT_OWNERS: Final = frozenset({"lower", "upper", "low", "mid", "middle", "top", "bottom",
                                "back", "side", "small"})
_VOWELS: Final = frozenset("aeiouy")
_COMMON: Final = 500
#: Words this long or shorter are corrected only for a letter dropped or doubled.
_SHORT: Final = 4


@cache
def _english_words(min_length: int = 6, min_count: int = 20) -> frozenset[str]:
    """Ordinary English words of ``min_length`` letters or more (the safety gate's list from
    pyspellchecker), read only when a word would split or a short word be corrected."""
    from triggerpoint.safety.lexicon import english_words

    return english_words(min_length=min_length, min_count=min_count)


#: Two-letter words that start a run-together place ('sijoint', 'itband').
_SHORT_HEADS: Final = frozenset({"si", "it"})


def _split_word(word: str, known: frozenset[str]) -> list[str] | None:
    """The parts of a run-together word, each in ``known`` (or 'of' between or after two),
    longest first part first; None when it does not split so."""
    if len(word) < 6 or not word.isalpha():
        return None
    for cut in range(len(word) - 2, 1, -1):
        head, rest = word[:cut], word[cut:]
        if head not in known and not (cut == 2 and head in _SHORT_HEADS):
            continue
        if rest in known:
            return [head, rest]
        if rest == "of":
            return [head, "of"]  # 'ballof foot'
        if rest.startswith("of") and rest[2:] in known and len(rest) > 4:
            return [head, "of", rest[2:]]  # 'topofshoulder'
        tail = _split_word(rest, known)
        if tail is not None and "of" not in tail[:1]:
            return [head, *tail]
    return None


def _list_link(tokens: Sequence[Token], previous: Match, match: Match) -> str | None:
    """How two places (or two symptoms) of one list are joined: ',', 'or' or 'and' with only
    small words between them ("jaw, ear or the back of my head"); None when they are not."""
    kinds = {previous.target[0], match.target[0]}
    if not (kinds <= _PLACES or kinds == {"symptom"}):
        return None
    after = [t for t in tokens[match.end : match.end + 3] if t.kind not in ("stop", "side")][:1]
    if after and (after[0].norm in _HURT or after[0].raw in _BEING_AFTER):
        return None  # "no pain in my knee, my hip hurts": a new clause, not the list
    between = [t.raw for t in tokens[previous.end : match.start] if t.kind != "stop"]
    if not between or any(w not in (",", "or", "nor", "and") for w in between):
        return None
    return "," if between == [","] else ("and" if "and" in between and "," not in between
                                         else "or")


_PLACES: Final = frozenset({"region", "broad"})
_HURT: Final = words().folded("hurt_words")
_BEING_AFTER: Final = frozenset({"is", "are", "was", "were", "feel", "feels", "has", "have",
                                 "gets", "get", "keeps", "started", "starts", "still"})


def negated_before(tokens: Sequence[Token], start: int) -> bool:
    """True when a negation stands within three words before ``start`` in the same clause."""
    seen = 0
    for i in range(start - 1, -1, -1):
        token = tokens[i]
        if token.norm == "with" and _nothing_wrong(tokens, i):
            return True  # "nothing wrong with my teeth", "no problem with the knee"
        if token.kind == "boundary" or token.norm in _NEGATION_STOP:
            return False
        if token.kind == "negation":
            if token.raw == "without" and _denied_before(tokens, i):
                return False  # "can't turn my head without a pull where my neck meets ...": it does
            # "doesn't go to the front or down the leg": a denied movement reaches every place
            # it names
            moving = i + 1 < len(tokens) and tokens[i + 1].norm in _MOVING
            return seen <= (_MOVING_REACH if moving else 3)
        if token.kind == "word" and token.norm not in _NEGATION_SPAN:
            seen += 1
            if seen > _MOVING_REACH:
                return False
    return False


def _denied_before(tokens: Sequence[Token], at: int) -> bool:
    """A negation earlier in the clause ('can't ... without'): two denials make a yes."""
    for i in range(at - 1, -1, -1):
        if tokens[i].kind == "boundary":
            return False
        if tokens[i].kind == "negation" or tokens[i].norm in _CANNOT:
            return True
    return False


#: Words of not being able to, which are no denial of a place on their own ("can't lift").
_CANNOT: Final = frozenset({"cant", "cannot", "couldnt", "wont", "wouldnt"})


#: Verbs of a pain moving: after a negation, the places they name are all denied.
_MOVING: Final = frozenset({"go", "goe", "spread", "travel", "radiate", "shoot", "run", "move",
                            "reach", "extend"})
_MOVING_REACH: Final = 8


def _nothing_wrong(tokens: Sequence[Token], with_at: int) -> bool:
    """True when 'with' follows 'nothing wrong', 'no problem', 'no issues' and the like."""
    before = [t for t in tokens[max(0, with_at - 4) : with_at] if t.kind != "stop"]
    # ("never had issues with", "no real problems with")
    return len(before) >= 2 and before[-1].norm in _WRONG and any(
        t.kind == "negation" for t in before[-3:-1])
