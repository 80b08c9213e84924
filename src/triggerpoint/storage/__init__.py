"""The journal's storage: SQLite by default, PostgreSQL when configured.

Everything else in triggerpoint uses ``Journal`` (and the export, import and backup functions);
the engine, sessions, tables and migrations stay inside this package.

The names below are imported from their modules on first use (PEP 562): SQLAlchemy is imported
with ``Journal``, not with the package, so the lean ``log`` (``storage.lite``) runs without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from triggerpoint.lazy import lazy_names

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


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
