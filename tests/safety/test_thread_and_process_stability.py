"""The screen gives the same answer whatever thread or process asks.

Three ways it once did not: the shared Snowball stemmer keeps its state on the object, so the
web app's worker threads stemming at once got IndexError or each other's stems; the concepts
found in a sentence came out in the order of a set, which follows the process's string hashing;
and of two words as near to a slip, the first in a set's order was taken.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from triggerpoint.safety import lexicon

SUITE = Path(__file__).parent / "suite"
SCREEN_ALL = """
import hashlib, json, sys
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety import screen
kb = KnowledgeBase.load()
texts = json.loads(sys.stdin.read())
out = "\\n".join(json.dumps(screen(kb, text=t).to_json(), default=str) for t in texts)
print(hashlib.sha256(out.encode()).hexdigest())
"""


def _suite_texts() -> list[str]:
    return [json.loads(line)["text"] for path in sorted(SUITE.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_stemming_from_many_threads_gives_the_stems_of_one() -> None:
    words = sorted({w for text in _suite_texts() for w in text.lower().split() if w.isalpha()})
    stem = lexicon.stem.__wrapped__  # past the cache: every call reaches the stemmer
    alone = {w: stem(w) for w in words}

    def stem_all(seed: int) -> dict[str, str]:
        order = words[:]
        random.Random(seed).shuffle(order)
        return {w: stem(w) for w in order}

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(stem_all, range(8)))
    for result in results:
        assert result == alone


#: Slips as near to two words as to each other ("shouldr": "should" or "shoulder"): the nearest
#: word was once the first of a set, so two processes could read the same slip two ways.
SLIPS = ["frozen shouldr", "thigs ache", "sore throt", "templs throb", "my testicls hurt",
         "temperaturs high", "thred of pain down my leg", "calf thickr than the other"]


def test_two_processes_with_different_string_hashing_screen_alike() -> None:
    texts = json.dumps(_suite_texts()[:200] + SLIPS)
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", SCREEN_ALL], input=texts, env=env,
                              capture_output=True, text=True, timeout=600, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        digests.add(done.stdout.strip())
    assert len(digests) == 1
