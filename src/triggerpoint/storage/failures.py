"""Turn database failures into StorageError messages a person can act on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc

from triggerpoint.errors import ReadOnlyJournal, StorageError, UnknownNameError

__all__ = ["UnknownProfile", "storage_errors"]


class UnknownProfile(UnknownNameError):
    """A profile name that is not in the journal; ``suggestions`` holds similar names."""

    kind = "profile"


@contextmanager
def storage_errors(action: str) -> Iterator[None]:
    """Re-raise SQLAlchemy errors met while doing ``action`` as StorageError."""
    try:
        yield
    except exc.OperationalError as error:
        if "readonly" in _reason(error):  # e.g. made read-only while open, or a read-only mount
            raise ReadOnlyJournal(
                f"Could not {action}: the journal cannot be written ({_reason(error)}). Nothing "
                "was changed. Make the journal file and its folder writable for you, or use --db "
                "(or TRIGGERPOINT_DATABASE_URL) to pick another journal."
            ) from error
        raise StorageError(f"Could not {action}: {_operational(error)}") from error
    except (exc.IntegrityError, exc.DataError) as error:
        raise StorageError(
            f"Could not {action}: the journal refused the data ({_reason(error)}). "
            "Nothing was saved."
        ) from error
    except exc.SQLAlchemyError as error:
        raise StorageError(f"Could not {action}: {_reason(error)}") from error


def _operational(error: exc.OperationalError) -> str:
    """Explain the common operational failures: a lock held too long, an unreachable server."""
    reason = _reason(error)
    if "locked" in reason or "busy" in reason:
        return (
            "the journal database stayed locked by another program for too long. Close other "
            "triggerpoint windows (or raise TRIGGERPOINT_SQLITE_BUSY_TIMEOUT_S) and try again. "
            "Nothing was saved."
        )
    if "connect" in reason or "connection" in reason:
        return f"cannot reach the database server ({reason}). Is PostgreSQL running?"
    return reason


def _reason(error: exc.SQLAlchemyError) -> str:
    """The driver's own message, first line only (no SQL, no parameters: they hold health data)."""
    origin = error.orig if isinstance(error, exc.DBAPIError) else error
    text = str(origin).strip() or type(origin).__name__
    return text.splitlines()[0]
