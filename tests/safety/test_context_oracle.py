"""Our ConText (safety/context.py) checked against medspaCy's ConText as a test-only oracle.

Every concept mention that ``read()`` finds in the safety suite (suite/*.jsonl) and the written
scenarios (scenarios.yaml) is handed to medspaCy's ConText, with its default English rules, as a
target span over the same words of the same normalised text, with sentence boundaries set to
ours (so the comparison measures the context rules, not sentence splitting). Each of medspaCy's
attributes is compared with the matching category of ours:

    is_negated -> negated          is_historical -> historical or resolved
    is_hypothetical -> hypothetical   is_family -> other     is_uncertain -> uncertain

'normal' has no medspaCy counterpart. The two are not meant to agree everywhere: medspaCy's
default rules were written for clinical notes, ours for what people type (docs:
safety-context-oracle.md classifies the disagreements). The test guards against drift: an
agreement rate (or, where both sides mark many mentions, a positive agreement) falling below its
floor means a change moved us away from the published algorithm's behaviour and wants a look.
Agreement is not correctness: a sentence both read wrongly passes. Run it alone with
``pytest -m oracle -s`` for the table and every disagreement.
"""

from __future__ import annotations

import json
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import Mention, read
from triggerpoint.safety.lexicon import Sentence, normalise, sentence_spans, sentences

with warnings.catch_warnings():
    # spaCy 3.7's CLI module imports click.parser.split_arg_string, deprecated in click 8.2;
    # the suite turns warnings into errors, and this one is not ours to fix.
    warnings.simplefilter("ignore", DeprecationWarning)
    import medspacy  # noqa: F401  - registers the medspacy_context factory
    import spacy
    from spacy.language import Language
    from spacy.tokens import Doc, Span

pytestmark = pytest.mark.oracle

HERE = Path(__file__).resolve().parent
SUITE = HERE / "suite"
SCENARIOS = HERE / "scenarios.yaml"
GROUP = "oracle_targets"

#: medspaCy's span attribute -> the categories of ours it stands for.
ATTRIBUTES: dict[str, tuple[str, frozenset[str]]] = {
    "negated": ("is_negated", frozenset({"negated"})),
    "historical": ("is_historical", frozenset({"historical", "resolved"})),
    "hypothetical": ("is_hypothetical", frozenset({"hypothetical"})),
    "other": ("is_family", frozenset({"other"})),
    "uncertain": ("is_uncertain", frozenset({"uncertain"})),
}

#: Floors: the agreement measured over 1,843 mentions (docs/safety-context-oracle.md: negated
#: 95.1 %, historical 97.3 %, hypothetical 99.3 %, other 95.6 %, uncertain 99.5 %) less a margin
#: of about five points, so that new concepts and deliberate rule changes pass and a broken
#: trigger list or harness does not.
MIN_AGREEMENT: dict[str, float] = {
    "negated": 0.90,
    "historical": 0.92,
    "hypothetical": 0.95,
    "other": 0.90,
    "uncertain": 0.95,
}
#: Agreement on the mentions either side marks (measured: negated 73.2 %, hypothetical 57.1 %,
#: other 33.9 %), for the categories both implementations mark: the plain rate is mostly
#: unmarked mentions and moves little when a whole category of our rules stops working.
#: (Historical has none: medspaCy's default rules hardly know lay time words.) Negation's fell
#: to 59.9 % over 3,418 mentions as the suite's signs were read more fully: 212 of its 217
#: disagreements are medspaCy negating a sign across a clause ("it is not from anything I did,
#: and I am feeling faint"), so its floor is 55 %; without our negation rules it is 0.
MIN_POSITIVE_AGREEMENT: dict[str, float] = {"negated": 0.55, "hypothetical": 0.30, "other": 0.20}
#: Mentions compared (1,843 measured): the comparison must not pass on an empty reading.
MIN_COMPARED = 1200


@dataclass(frozen=True)
class Compared:
    """One mention as both implementations read it."""

    case: str
    concept: str
    words: str
    sentence: str
    ours: frozenset[str]  # attribute names (keys of ATTRIBUTES) ours sets
    oracle: frozenset[str]  # attribute names medspaCy sets
    oracle_triggers: tuple[str, ...]  # "CATEGORY:phrase" of the medspaCy modifiers


def cases() -> list[tuple[str, str]]:
    """(id, text) of every suite case and written scenario with a text, each text once."""
    found: list[tuple[str, str]] = []
    for path in sorted(SUITE.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                found.append((str(case["id"]), str(case["text"])))
    for scenario in yaml.safe_load(SCENARIOS.read_text(encoding="utf-8"))["scenarios"]:
        if scenario.get("text"):
            found.append((str(scenario["id"]), str(scenario["text"])))
    first: dict[str, str] = {}
    for case, text in found:
        first.setdefault(text, case)
    return [(case, text) for text, case in first.items()]


@cache
def oracle() -> Language:
    """A blank English pipeline with medspaCy's ConText and its default rules, reading targets
    from a span group (mentions of different concepts may overlap, doc.ents may not)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("medspacy_context",
                 config={"input_span_type": "group", "span_group_name": GROUP})
    return nlp


def _offsets(norm: str, parsed: list[Sentence]) -> list[list[tuple[int, int]]]:
    """Character offsets in the normalised text of every token of every sentence (a sentence
    read on across an aside in brackets has a gap where the aside is)."""
    spans = sentence_spans(norm)
    assert [[norm[a:b] for a, b in chars] for chars in spans] == [
        [t.text for t in s.tokens] for s in parsed]
    return spans


def _occurrences(sentence: Sentence, words: str) -> Iterator[tuple[int, int]]:
    """Token ranges (first word, last word + 1) of the sentence whose words are ``words``."""
    positions = [t.index for t in sentence.words]
    for i, first in enumerate(positions):
        for last in positions[i:]:
            text = sentence.text_of(first, last + 1)
            if text == words:
                yield first, last + 1
            if len(text) >= len(words):
                break


def _locate(
    mentions: list[Mention], parsed: list[Sentence], offsets: list[list[tuple[int, int]]]
) -> list[tuple[Mention, int, int]]:
    """Each mention with the character range of its words; the n-th mention of the same
    concept and words in a sentence takes the n-th occurrence of the words."""
    taken: Counter[tuple[int, str, str]] = Counter()
    located: list[tuple[Mention, int, int]] = []
    for mention in mentions:
        key = (mention.sentence, mention.concept, mention.words)
        found = list(_occurrences(parsed[mention.sentence], mention.words))
        assert found, f"mention words {mention.words!r} not in sentence {mention.sentence}"
        first, end = found[min(taken[key], len(found) - 1)]
        taken[key] += 1
        chars = offsets[mention.sentence]
        located.append((mention, chars[first][0], chars[end - 1][1]))
    return located


def _doc(norm: str, offsets: list[list[tuple[int, int]]]) -> Doc:
    """The normalised text as a spaCy doc, its sentences starting where ours do."""
    doc = oracle().make_doc(norm)
    starts = set()
    for chars in offsets:
        span = doc.char_span(chars[0][0], chars[0][1], alignment_mode="expand")
        if span is not None:
            starts.add(span.start)
    for token in doc:
        token.is_sent_start = token.i == 0 or token.i in starts
    return doc


def compare_case(kb: KnowledgeBase, case: str, text: str) -> list[Compared]:
    """Every mention of the text with its context as ours and medspaCy read it."""
    mentions = [m for m in read(kb, text).mentions if m.sentence >= 0]
    if not mentions:
        return []
    norm = normalise(text)
    parsed = sentences(text)
    offsets = _offsets(norm, parsed)
    doc = _doc(norm, offsets)
    targets: list[tuple[Mention, Span]] = []
    for mention, start, end in _locate(mentions, parsed, offsets):
        span = doc.char_span(start, end, label=mention.concept, alignment_mode="expand")
        assert span is not None, (case, mention.words)
        targets.append((mention, span))
    doc.spans[GROUP] = [span for _, span in targets]
    doc = oracle()(doc)
    compared: list[Compared] = []
    for (mention, _), span in zip(targets, doc.spans[GROUP], strict=True):
        ours = frozenset(name for name, (_, cats) in ATTRIBUTES.items()
                         if cats & mention.modifiers)
        theirs = frozenset(name for name, (attr, _) in ATTRIBUTES.items()
                           if getattr(span._, attr))
        triggers = tuple(f"{m.category}:{doc[slice(*m.modifier_span)].text}"
                         for m in span._.modifiers)
        sentence_text = " ".join(t.text for t in parsed[mention.sentence].tokens)
        compared.append(Compared(case, mention.concept, mention.words, sentence_text, ours,
                                 theirs, triggers))
    return compared


def comparison(kb: KnowledgeBase) -> tuple[Compared, ...]:
    return tuple(c for case, text in cases() for c in compare_case(kb, case, text))


@dataclass(frozen=True)
class Figures:
    compared: int
    agree: int
    both: int
    ours_only: int
    oracle_only: int

    @property
    def rate(self) -> float:
        return self.agree / self.compared if self.compared else 0.0

    @property
    def positive_agreement(self) -> float:
        """Agreement on the mentions either side marks (2*both / (2*both + disagreements))."""
        marked = 2 * self.both + self.ours_only + self.oracle_only
        return 2 * self.both / marked if marked else 1.0


def figures(rows: tuple[Compared, ...]) -> dict[str, Figures]:
    out: dict[str, Figures] = {}
    for name in ATTRIBUTES:
        ours = [name in r.ours for r in rows]
        theirs = [name in r.oracle for r in rows]
        pairs = Counter(zip(ours, theirs, strict=True))
        out[name] = Figures(
            compared=len(rows),
            agree=pairs[(True, True)] + pairs[(False, False)],
            both=pairs[(True, True)],
            ours_only=pairs[(True, False)],
            oracle_only=pairs[(False, True)],
        )
    return out


def table(found: dict[str, Figures]) -> str:
    lines = [f"{'attribute':<13}{'compared':>9}{'agree %':>9}{'both':>6}{'ours-only':>11}"
             f"{'oracle-only':>13}{'pos. agree %':>14}"]
    for name, f in found.items():
        lines.append(f"{name:<13}{f.compared:>9}{100 * f.rate:>9.1f}{f.both:>6}"
                     f"{f.ours_only:>11}{f.oracle_only:>13}{100 * f.positive_agreement:>14.1f}")
    return "\n".join(lines)


def disagreements(rows: tuple[Compared, ...], name: str) -> list[str]:
    out: defaultdict[str, list[str]] = defaultdict(list)
    for r in rows:
        ours, theirs = name in r.ours, name in r.oracle
        if ours != theirs:
            side = "ours-only" if ours else "oracle-only"
            out[side].append(f"  {side:<11} {r.case:<28} {r.concept} [{r.words}] {r.sentence}"
                             f"  (oracle: {', '.join(r.oracle_triggers) or '-'})")
    return out["ours-only"] + out["oracle-only"]


def test_context_agrees_with_medspacy_oracle(kb: KnowledgeBase) -> None:
    rows = comparison(kb)
    found = figures(rows)
    report = ["", table(found)]
    for name in ATTRIBUTES:
        listed = disagreements(rows, name)
        if listed:
            report += [f"\n{name}: {len(listed)} disagreements", *listed]
    print("\n".join(report))  # noqa: T201 - the table and disagreements, shown with -s
    assert len(rows) >= MIN_COMPARED, f"only {len(rows)} mentions compared"
    low = {name: f"{100 * f.rate:.1f} % < {100 * MIN_AGREEMENT[name]:.0f} %"
           for name, f in found.items() if f.rate < MIN_AGREEMENT[name]}
    assert not low, f"agreement with medspaCy's ConText fell: {low}\n{table(found)}"
    weak = {name: f"{100 * found[name].positive_agreement:.1f} % < {100 * floor:.0f} %"
            for name, floor in MIN_POSITIVE_AGREEMENT.items()
            if found[name].positive_agreement < floor}
    assert not weak, f"positive agreement with medspaCy's ConText fell: {weak}\n{table(found)}"


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("No chest pain.", "negated"),
        ("I have a history of cancer.", "historical"),
        ("My father had a stroke.", "other"),
        ("What if I get chest pain?", "hypothetical"),
        ("I might be getting a fever.", "uncertain"),
        ("I have sudden chest pain.", None),
    ],
)
def test_oracle_agrees_on_textbook_sentences(
    kb: KnowledgeBase, text: str, attribute: str | None
) -> None:
    """The harness hands medspaCy the right spans, offline on a blank pipeline: on textbook
    sentences both implementations find the one expected attribute and nothing else."""
    rows = compare_case(kb, "textbook", text)
    assert rows, f"no mention found in {text!r}"
    expected = frozenset({attribute} if attribute else set())
    for row in rows:
        assert (row.ours, row.oracle) == (expected, expected), row
