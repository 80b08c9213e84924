"""The find snapshot: everything ``find`` builds before its first answer, in one file.

``find`` needs the knowledge base, the safety gate's concept index and its table of words from
other languages, and the finder's compiled model, prior, weak evidence and description reader
(its lexicon). Built from the YAML they take seconds (the concept index alone 2 s); as separate
pickles plus the finder's build, about 100 ms. The snapshot is one pickle of them all, so the
objects they share are stored once and come back shared, as in a process that built them; a
start from it imports no YAML parser.

**Where it comes from** (``find_knowledge``, first hit wins):

1. the cache folder (cache.py): ``find-snapshot-{key}.pickle``, the key hashing the Python
   version, the source of every module under ``atlas``, ``knowledge``, ``finder`` and
   ``safety`` (and ``names``, ``yamlio``, ``errors``) by content, and their data files (and
   pyspellchecker's word list) by path, size and modification time;
2. the snapshot built at install beside the package (``PACKAGED``), when its fingerprint, the
   same inputs hashed by content, matches this copy's: a fresh install's first run is then as
   fast as the next (the file is copied into the cache folder under the key of 1);
3. a build: the knowledge base and the concept index from their own caches or from the YAML,
   the finder's parts built, and the snapshot stored in the cache folder.

``python -m triggerpoint.knowledge.snapshot`` writes the packaged snapshot; ``--check`` says
whether it is current. It is built at install, not kept in git: ``./scripts/start`` and
``./scripts/test`` run the command after installing (a 2 MB binary that changes with every edit
of the code or data it holds does not belong in the history, and built on the machine it is read
on it matches the installed pydantic too). Any failure to read a snapshot falls back to 3: it is
an optimisation, never a source of truth.

In a process that has already loaded the knowledge base (a test session, the web app), the
snapshot is not used: the loaded objects are. ``TRIGGERPOINT_NO_CACHE`` turns it off too.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triggerpoint.finder.evidence import WeakEvidence
    from triggerpoint.finder.model import MuscleModel
    from triggerpoint.finder.parse import Lexicon
    from triggerpoint.finder.prior import PrevalencePrior
    from triggerpoint.knowledge.base import KnowledgeBase
    from triggerpoint.safety.concepts import ConceptIndex
    from triggerpoint.safety.lexicon import MixedLanguage

__all__ = ["NAME", "PACKAGED", "FindSnapshot", "check", "find_knowledge", "fingerprint", "write"]

NAME = "find-snapshot"
_FORMAT = "2"
_MAGIC = b"triggerpoint find snapshot "
PACKAGE = Path(__file__).resolve().parents[1]
#: The snapshot built at install (written by ``python -m triggerpoint.knowledge.snapshot``).
PACKAGED = Path(__file__).resolve().parent / "find-snapshot.pickle"
#: The packages whose code and data the snapshot's objects come from.
_PACKAGES = ("atlas", "knowledge", "finder", "safety")
_MODULES = ("names.py", "yamlio.py", "errors.py")
_SUFFIXES = (".py", ".yaml", ".json")


@dataclass(frozen=True)
class FindSnapshot:
    """What ``find`` builds before its first answer."""

    kb: KnowledgeBase
    concepts: ConceptIndex
    model: MuscleModel
    extras: tuple[PrevalencePrior, WeakEvidence]
    lexicon: Lexicon
    mixed_language: MixedLanguage


def find_knowledge() -> KnowledgeBase:
    """The packaged knowledge base, with the concept index and the finder's parts for it already
    in place (from the snapshot, else built and stored): ``consult`` on it builds nothing."""
    from triggerpoint.knowledge.base import KnowledgeBase, _default_kb
    from triggerpoint.knowledge.cache import cache_dir

    folder = cache_dir()
    if folder is None or _default_kb.cache_info().currsize:
        return KnowledgeBase.load()
    try:
        inputs = _inputs()
        path = folder / f"{NAME}-{_key(inputs)}.pickle"
    except OSError:  # a file removed while it was listed (an edit under way): no snapshot
        return KnowledgeBase.load()
    snapshot = _read(path, expect=None, touch=True) or _from_package(folder, path, inputs)
    if snapshot is None:
        snapshot = build()
        _store(folder, path, snapshot, inputs)
    return _install(snapshot)


def build() -> FindSnapshot:
    """Build (or load from their own caches) every part ``find`` needs."""
    from triggerpoint.finder.build import lexicon_for
    from triggerpoint.finder.engine import extras_for, model_for
    from triggerpoint.knowledge.base import KnowledgeBase
    from triggerpoint.safety.concepts import concept_index
    from triggerpoint.safety.lexicon import MixedLanguage

    kb = KnowledgeBase.load()
    lexicon = lexicon_for(kb)
    lexicon.index.short_guard  # noqa: B018 (built now, so that the snapshot keeps it)
    lexicon.index.swap_guard  # noqa: B018
    lexicon.index.long_guard  # noqa: B018
    return FindSnapshot(kb, concept_index(kb), model_for(kb), extras_for(kb), lexicon,
                        MixedLanguage.read())


def _install(snapshot: FindSnapshot) -> KnowledgeBase:
    """Hand the snapshot's parts to the code that would otherwise build them in this process;
    the knowledge base in use (the snapshot's, unless one was loaded meanwhile)."""
    from triggerpoint.finder.build import adopt_lexicon
    from triggerpoint.finder.engine import adopt as adopt_finder_parts
    from triggerpoint.knowledge.base import KnowledgeBase
    from triggerpoint.knowledge.cache import adopt
    from triggerpoint.safety.lexicon import adopt_mixed_language

    # KnowledgeBase.load() and concept_index(kb) read these two through cache.cached; the
    # snapshot's key covers every input of both. The finder keeps its parts per knowledge base.
    adopt("knowledge-base", snapshot.kb)
    kb = KnowledgeBase.load()
    if kb is snapshot.kb:
        adopt("safety-index", snapshot.concepts)
        adopt_finder_parts(kb, snapshot.model, snapshot.extras)
        adopt_lexicon(kb, snapshot.lexicon)
    adopt_mixed_language(snapshot.mixed_language)
    return kb


# -- the inputs and their fingerprints -------------------------------------------------------


def _inputs() -> list[str]:
    """Every file the snapshot's objects are built from or defined in, sorted (paths as
    strings: this runs at every start, and Path objects cost more than the walk)."""
    root = str(PACKAGE)
    found = [os.path.join(root, name) for name in _MODULES]
    pending = [os.path.join(root, package) for package in _PACKAGES]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.name.endswith(_SUFFIXES):
                    found.append(entry.path)
                elif entry.name != "__pycache__" and entry.is_dir():
                    pending.append(entry.path)
    words = _english_words_file()
    return sorted(found) + ([words] if words else [])


def _english_words_file() -> str | None:
    """pyspellchecker's word list, which the concept index is checked against."""
    from importlib.util import find_spec

    spec = find_spec("spellchecker")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(next(iter(spec.submodule_search_locations)), "resources", "en.json.gz")
    return path if os.path.exists(path) else None


def _header() -> str:
    return f"{_FORMAT}\0{sys.version_info[0]}.{sys.version_info[1]}\0{pickle.HIGHEST_PROTOCOL}\n"


def _name(path: str) -> str:
    """A path as the fingerprint sees it: relative to the package, so two copies agree."""
    root = os.path.join(str(PACKAGE), "")
    if path.startswith(root):
        return path[len(root) :].replace(os.sep, "/")
    return os.path.basename(path)


def _key(inputs: list[str]) -> str:
    """The cache key: sources by content, data files by path, size and time (cheap to check at
    every start; an edited file changes it)."""
    digest = hashlib.sha256(f"{_header()}{sys.version}\n".encode())
    for path in inputs:
        if path.endswith(".py"):
            digest.update(f"{path}\0{_sha(path)}\n".encode())
        else:
            stat = os.stat(path)
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def fingerprint(inputs: list[str] | None = None) -> str:
    """Every input by content (wherever this copy is installed, whatever the files' times)."""
    digest = hashlib.sha256(_header().encode())
    for path in _inputs() if inputs is None else inputs:
        digest.update(f"{_name(path)}\0{_sha(path)}\n".encode())
    return digest.hexdigest()


def _sha(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


# -- reading and writing ---------------------------------------------------------------------


def _read(path: Path, expect: str | None, touch: bool = False) -> FindSnapshot | None:
    """The snapshot in ``path`` (None when missing, unreadable, corrupt, or, with ``expect``,
    of another fingerprint), read with the cycle collector paused (see cache._load); ``touch``
    marks a cache entry as used (pruning keeps the entries in use)."""
    try:
        with path.open("rb") as handle:
            first = handle.readline()
            if not first.startswith(_MAGIC):
                return None
            if expect is not None and first[len(_MAGIC) :].strip().decode() != expect:
                return None
            was_enabled = gc.isenabled()
            gc.disable()
            try:
                value: Any = pickle.load(handle)  # noqa: S301 - our own file
            finally:
                if was_enabled:
                    gc.enable()
    except Exception:  # missing, unreadable or corrupt: the caller builds
        return None
    if not isinstance(value, FindSnapshot):
        return None
    if touch:
        with contextlib.suppress(OSError):
            os.utime(path)
    return value


def _from_package(folder: Path, path: Path, inputs: list[str]) -> FindSnapshot | None:
    """The packaged snapshot when it was built from these very inputs, copied into the cache."""
    from triggerpoint.knowledge.cache import write_entry

    if not PACKAGED.exists():
        return None
    try:
        snapshot = _read(PACKAGED, expect=fingerprint(inputs))
        if snapshot is not None:
            write_entry(folder, NAME, path, PACKAGED.read_bytes())
    except OSError:  # an input or the file removed meanwhile
        return None
    return snapshot


def _encode(snapshot: FindSnapshot, print_: str) -> bytes:
    return _MAGIC + print_.encode() + b"\n" + pickle.dumps(snapshot, pickle.HIGHEST_PROTOCOL)


def _store(folder: Path, path: Path, snapshot: FindSnapshot, inputs: list[str]) -> None:
    from triggerpoint.knowledge.cache import write_entry

    try:
        data = _encode(snapshot, fingerprint(inputs))
    except Exception:  # something that cannot be pickled is simply not stored
        return
    write_entry(folder, NAME, path, data)


def write(target: Path = PACKAGED) -> str:
    """Build the snapshot and write it, with its fingerprint, to ``target``; the fingerprint."""
    print_ = fingerprint()
    target.write_bytes(_encode(build(), print_))
    return print_


def check(target: Path = PACKAGED) -> str | None:
    """None when ``target`` holds a snapshot of this copy's inputs, else what is wrong."""
    try:
        with target.open("rb") as handle:
            first = handle.readline()
    except OSError as exc:
        return f"{target}: cannot be read ({exc.strerror})"
    if not first.startswith(_MAGIC):
        return f"{target}: not a find snapshot"
    expect = fingerprint()
    if first[len(_MAGIC) :].strip().decode() != expect:
        return f"{target}: built from other sources or data than this copy's"
    if _read(target, expect) is None:
        return f"{target}: damaged (its snapshot cannot be read)"
    return None


def main(argv: list[str]) -> int:
    """``python -m triggerpoint.knowledge.snapshot [--check]``."""
    if argv not in ([], ["--check"]):
        sys.stderr.write("usage: python -m triggerpoint.knowledge.snapshot [--check]\n")
        return 2
    if argv:
        problem = check()
        if problem:
            sys.stderr.write(
                f"{problem}: run python -m triggerpoint.knowledge.snapshot to rebuild it\n"
            )
            return 1
        sys.stdout.write(f"{PACKAGED.name} is current\n")
        return 0
    sys.stdout.write(f"wrote {PACKAGED} ({write()[:12]})\n")
    return 0


if __name__ == "__main__":
    # through the module's real name, so the pickle refers to it rather than to __main__
    from triggerpoint.knowledge.snapshot import main as _main

    raise SystemExit(_main(sys.argv[1:]))
