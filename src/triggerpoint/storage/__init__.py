"""The journal's storage: SQLite by default, PostgreSQL when configured.

Everything else in triggerpoint uses ``Journal`` (and the export, import and backup functions);
the engine, sessions, tables and migrations stay inside this package.

The names below are imported from their modules on first use (PEP 562): SQLAlchemy is imported
with ``Journal``, not with the package, so the lean ``log`` (``storage.lite``) runs without it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triggerpoint.storage.exchange import (
        FORMAT,
        VERSION,
        backup,
        export_journal,
        import_journal,
    )
    from triggerpoint.storage.failures import UnknownProfile
    from triggerpoint.storage.journal import Journal
    from triggerpoint.storage.models import (
        ImportSummary,
        Profile,
        ProfileRef,
        StoredPainEntry,
        StoredPlan,
        StoredSession,
    )

__all__ = [
    "FORMAT",
    "VERSION",
    "ImportSummary",
    "Journal",
    "Profile",
    "ProfileRef",
    "StoredPainEntry",
    "StoredPlan",
    "StoredSession",
    "UnknownProfile",
    "backup",
    "export_journal",
    "import_journal",
]

#: Where each public name lives.
_HOMES = {
    **dict.fromkeys(("FORMAT", "VERSION", "backup", "export_journal", "import_journal"),
                    "exchange"),
    "UnknownProfile": "failures",
    "Journal": "journal",
    **dict.fromkeys(("ImportSummary", "Profile", "ProfileRef", "StoredPainEntry", "StoredPlan",
                     "StoredSession"), "models"),
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use (then kept here)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
