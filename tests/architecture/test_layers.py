"""The layers of docs/architecture.md, enforced: who may import whom inside triggerpoint.

Every ``import triggerpoint.x`` / ``from triggerpoint.x import ...`` in the package (including
imports inside functions and under TYPE_CHECKING) is checked against the table below.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "triggerpoint"

LEAVES = {"errors", "inputs", "lazy", "names", "records", "yamlio", "(root)"}
CORE = {"atlas", "knowledge", "finder", "safety", "plans", "sessions", "analytics"}
#: Layer -> the packages it may import (besides itself). Front ends never import storage.
ALLOWED: dict[str, set[str]] = {
    **dict.fromkeys(LEAVES, LEAVES),
    "settings": LEAVES,
    **dict.fromkeys(CORE, CORE | LEAVES),
    "storage": CORE | LEAVES | {"settings"},
    "reports": CORE | LEAVES | {"storage"},
    "services": CORE | LEAVES | {"settings", "storage", "reports"},
    "cli": CORE | LEAVES | {"services", "reports", "web"},
    "web": CORE | LEAVES | {"services", "reports"},
    "__main__": {"cli"},
}


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, top-level triggerpoint package) of every triggerpoint import in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "triggerpoint":
                found.append((node.lineno, parts[1] if len(parts) > 1 else "(root)"))
    return found


def _layer(path: Path) -> str:
    first = path.relative_to(PACKAGE).parts[0]
    return "(root)" if first == "__init__.py" else first.removesuffix(".py")


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if _layer(p) != "(root)")


def test_every_package_has_a_layer() -> None:
    unknown = sorted({_layer(p) for p in MODULES} - set(ALLOWED))
    assert not unknown, (f"packages {unknown} have no layer: add them to ALLOWED here and to "
                         "the table in docs/architecture.md")


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_follow_the_layers(module: Path) -> None:
    layer = _layer(module)
    wrong = [f"line {line}: triggerpoint.{target}" for line, target in _imports(module)
             if target != layer and target not in ALLOWED[layer]]
    assert not wrong, (
        f"{module.relative_to(PACKAGE)} ({layer}) may not import {', '.join(wrong)}. Move the "
        "logic to a layer that may (docs/architecture.md says where a feature goes): front ends "
        "call a use case in triggerpoint.services; the core never imports storage, services, "
        "reports or front ends."
    )


def test_the_rule_catches_a_front_end_importing_storage(tmp_path: Path) -> None:
    fake = tmp_path / "bad.py"
    fake.write_text("def f():\n    from triggerpoint.storage import Journal\n", encoding="utf-8")
    assert _imports(fake) == [(2, "storage")]
    assert "storage" not in ALLOWED["cli"]
