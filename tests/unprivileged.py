"""Running the installed CLI as a user whom file modes stop, for the read-only journal tests.

Root's writes ignore file modes, so under root those tests run the program as ``nobody``. That
user must be able to reach the program: a checkout in a folder closed to other users (``mktemp
-d`` makes one of mode 0700) cannot run as ``nobody``, and the tests say so and skip.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

NOBODY = 65534
PROGRAM = Path(sys.executable).with_name("triggerpoint")


def unprivileged() -> list[str]:
    """The prefix that runs a program as a user whom file modes stop ([] when not root)."""
    if os.geteuid() != 0:
        return []
    # (the checkout's folders: the interpreter a virtual environment links to is started by
    # the kernel, but the program's script is opened by name and needs every folder on its way)
    closed = next((p for p in PROGRAM.parents if not p.stat().st_mode & stat.S_IXOTH), None)
    if closed is not None:
        pytest.skip(f"{closed} is closed to other users (mode "
                    f"{stat.S_IMODE(closed.stat().st_mode):o}), so the CLI cannot run as "
                    "nobody; clone into a folder of mode 0755 to run this test")
    if setpriv := shutil.which("setpriv"):
        return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    if runuser := shutil.which("runuser"):
        return [runuser, "-u", "nobody", "--"]
    pytest.skip("running as root without setpriv or runuser: file modes would not stop a write")
