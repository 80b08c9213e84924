"""The journal's storage: SQLite by default, PostgreSQL when configured.

Everything else in triggerpoint uses ``Journal`` (and the export, import and backup functions);
the engine, sessions, tables and migrations stay inside this package.
"""

from triggerpoint.storage.exchange import FORMAT, VERSION, backup, export_journal, import_journal
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
