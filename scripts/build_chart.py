#!/usr/bin/env python3
"""Build the body chart and the region neighbours; the code is in ``tools/chartbuild``.

Run ``.venv/bin/python scripts/build_chart.py`` to rebuild chart.json and the neighbours in
regions.yaml, or add ``--check`` to exit 1 when either is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from chartbuild.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
