"""The one place input is bounded and checked, so every front end and use case inherits it.

Text from a person, a file or the environment is checked for its length, for characters that
cannot be stored (NUL, text that was not valid UTF-8) and, for documents, for nesting depth and
size; output files are checked and written privately (``write_private``). Every error says what
was wrong and what would be right, and quotes the input shortened, with control characters made
visible (``shown``). docs/hardening.md lists the bounds.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

from triggerpoint.errors import InputError, StorageError

__all__ = [
    "MAX_ARGUMENT",
    "MAX_DEPTH",
    "MAX_ITEMS",
    "MAX_LINE_BYTES",
    "MAX_NAME",
    "MAX_NOTE",
    "MAX_TEXT",
    "MAX_WORD",
    "check_arguments",
    "check_depth",
    "check_items",
    "check_name",
    "check_output",
    "check_text",
    "check_words",
    "loads_json",
    "message_text",
    "private_temp",
    "read_document_bytes",
    "shown",
    "terminal_safe",
    "write_private",
]

#: Any one command-line argument or option value, in characters.
MAX_ARGUMENT: Final = 4_000
#: A name: a profile, a medication, a region or muscle name, a quality.
MAX_NAME: Final = 100
#: A note (as the journal's records allow).
MAX_NOTE: Final = 4_000
#: A description of where it hurts (find, plan --from-find, a batch line's text).
MAX_TEXT: Final = 2_000
#: One word of a description; no word people use for the body is longer.
MAX_WORD: Final = 60
#: Repeated items: regions, spots, symptoms or medications in one command or batch line.
MAX_ITEMS: Final = 50
#: Nesting of a JSON or YAML document (an export is 5 deep, a plan file 6).
MAX_DEPTH: Final = 32
#: One line of a ``find --batch`` file, in bytes.
MAX_LINE_BYTES: Final = 64 * 1024
#: A document read whole: an export, a plan file, an answers file (bytes).
MAX_DOCUMENT_BYTES: Final = 200 * 1024 * 1024
#: The largest integer a document may hold (what SQLite and PostgreSQL store: 64 bits).
MAX_INT: Final = 2**63 - 1
#: Characters of the input quoted back in an error message.
QUOTE: Final = 80

# C0 controls except tab and newline, DEL, C1 controls, and lone surrogates (bytes that were
# not valid UTF-8, as Python decodes command-line arguments and file names).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_ALL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(value: object, limit: int = QUOTE) -> str:
    """``value`` quoted for a message: at most ``limit`` characters, controls made visible.

    >>> shown("temple\\x1b[31m")
    "'temple\\\\x1b[31m'"
    """
    text = value if isinstance(value, str) else str(value)
    cut = text[:limit]
    quoted = "'" + _CONTROL_ALL.sub(_escape, cut) + "'"
    if len(text) > limit:
        quoted += f"… ({len(text):,} characters)"
    return quoted


def terminal_safe(text: str) -> str:
    """``text`` with terminal control sequences made visible; newline and tab are kept.

    Stored text is data: an ESC or a C1 control written raw could move the cursor, rewrite the
    screen or set the window title.
    """
    return _CONTROL.sub(_escape, text) if _CONTROL.search(text) else text


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def check_arguments(args: Iterable[str]) -> None:
    """Every command-line argument: at most MAX_ARGUMENT characters, storable text."""
    for arg in args:
        check_text(arg, "A command-line argument", MAX_ARGUMENT)


def message_text(message: str, limit: int = 1_000) -> str:
    """An error message for a terminal: controls made visible, at most ``limit`` characters."""
    safe = terminal_safe(message)
    return safe if len(safe) <= limit else safe[:limit] + "… (message shortened)"


def check_text(value: str, what: str, limit: int = MAX_NOTE, *, empty: bool = True) -> str:
    """``value`` if it can be stored: at most ``limit`` characters, no NUL, valid UTF-8."""
    if len(value) > limit:
        raise InputError(
            f"{what} is {len(value):,} characters long, {shown(value)}; give at most {limit:,}."
        )
    if "\x00" in value:
        raise InputError(f"{what} contains a NUL character (\\x00): {shown(value)}; remove it.")
    if _SURROGATE.search(value):
        raise InputError(
            f"{what} is not valid UTF-8 text: {shown(value)}; type it again or "
            "save the file as UTF-8."
        )
    if not empty and not value.strip():
        raise InputError(f"{what} is empty; give some text.")
    return value


def check_name(value: str, what: str, limit: int = MAX_NAME) -> str:
    """A name: stripped, 1 to ``limit`` characters, one line, storable."""
    cleaned = check_text(value, what, limit).strip()
    if not cleaned:
        raise InputError(f"{what} is empty; give 1 to {limit} characters.")
    if _CONTROL_ALL.search(cleaned):
        raise InputError(
            f"{what} {shown(cleaned)} contains control characters; use plain text on one line."
        )
    return cleaned


def check_words(text: str, what: str, limit: int = MAX_TEXT, word: int = MAX_WORD) -> str:
    """A description: at most ``limit`` characters and no word longer than ``word``."""
    check_text(text, what, limit)
    longest = max(text.split(), key=len, default="")
    if len(longest) > word:
        raise InputError(
            f"{what} has a word of {len(longest):,} characters, {shown(longest)}; "
            f"words are at most {word} characters: put spaces between words."
        )
    return text


def check_items(
    items: Iterable[str], what: str, limit: int = MAX_ITEMS, length: int = MAX_NAME
) -> list[str]:
    """A repeated option or list: at most ``limit`` items, each at most ``length`` characters."""
    found = list(items)
    if len(found) > limit:
        raise InputError(f"{len(found):,} {what} given; give at most {limit}.")
    for item in found:
        check_text(item, f"One of the {what}", length)
    return found


def check_depth(data: Any, what: str, limit: int = MAX_DEPTH) -> Any:
    """``data`` if its lists and objects nest at most ``limit`` deep (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    seen: set[int] = set()  # YAML aliases share nodes: each is walked once
    while stack:
        item, depth = stack.pop()
        children: Iterable[Any]
        if id(item) in seen:
            continue
        if isinstance(item, dict | list | tuple):
            seen.add(id(item))
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        if depth > limit:
            raise InputError(
                f"{what} nests lists or objects more than {limit} deep; "
                "a triggerpoint document never does."
            )
        stack.extend((child, depth + 1) for child in children)
    return data


def loads_json(text: str | bytes, what: str, limit: int = MAX_DEPTH) -> Any:
    """Strict JSON: NaN and Infinity refused, at most ``limit`` deep; InputError otherwise.

    The message names the problem and where it is; ValueError is not raised.
    """
    try:
        data = json.loads(
            text, parse_constant=_no_constant, parse_float=_finite_float, parse_int=_bounded_int
        )
    except RecursionError:
        raise InputError(
            f"{what} nests lists or objects more than {limit} deep; "
            "a triggerpoint document never does."
        ) from None
    except json.JSONDecodeError as error:
        raise InputError(
            f"{what} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from None
    except _Constant as error:
        raise InputError(
            f"{what} holds {error}, which is not a number triggerpoint can "
            "store; write a finite number, or null."
        ) from None
    return check_depth(data, what, limit)


class _Constant(ValueError):
    """NaN, Infinity or -Infinity met in a JSON document."""


def _no_constant(name: str) -> Any:
    raise _Constant(name)


def _bounded_int(text: str) -> int:
    """A JSON integer a database can store (64-bit); 10**30 is refused, not overflowed."""
    value = int(text) if len(text) <= 20 else MAX_INT + 1
    if abs(value) > MAX_INT:
        raise _Constant(f"the integer {shown(text, 40)} (too large: at most {MAX_INT:,})")
    return value


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Constant(f"{shown(text, 30)} (too large)")
    return value


def read_document_bytes(path: Path, what: str, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of a file (or a pipe) of at most ``limit`` bytes; InputError saying why not.

    A named pipe nobody writes to reads as empty instead of waiting for ever: it is opened
    without blocking, then read normally (a pipe with a writer, such as /dev/stdin, is read
    to its end).
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise InputError(
            f"{what} {shown(str(path))} cannot be read: {error.strerror or error}."
        ) from None
    if len(data) > limit:
        raise InputError(
            f"{what} {shown(str(path))} is over {limit:,} bytes; no triggerpoint "
            "document is that large."
        )
    return data


# Output files


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def check_output(path: Path, *, replace: bool = True) -> Path:
    """``path`` if a private file can be written there: a new name in a writable folder, or
    (``replace``) a regular file. InputError says what is wrong and what would be right."""
    text = str(path)
    check_text(text, "The output file name", 4_096)
    if not text.strip() or text.endswith(os.sep) or path.name in ("", ".", ".."):
        raise InputError(
            f"The output file {shown(text)} names no file; give a file name, "
            "e.g. --out report.html."
        )
    limit = _name_max(path.parent)
    if len(os.fsencode(path.name)) > limit:
        raise InputError(
            f"The output file name is {len(os.fsencode(path.name))} bytes long, "
            f"{shown(path.name)}; this file system allows {limit}."
        )
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        found = None
    except OSError as error:
        raise InputError(_cannot(path, error)) from None
    if found is not None:
        kind = next((word for test, word in _KINDS if test(found.st_mode)), None)
        if kind is not None:
            raise InputError(
                f"The output file {shown(text)} is {kind}; triggerpoint only "
                "writes regular files. Give a new file name."
            )
        if not replace:
            raise InputError(f"{shown(text)} already exists; choose another name.")
    folder = path.parent
    if not folder.is_dir():
        raise InputError(
            f"The folder {shown(str(folder))} does not exist; create it first or "
            "write somewhere else."
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(
            f"The folder {shown(str(folder))} is not writable by you; write somewhere else."
        )
    return path


def write_private(path: Path, content: bytes, *, replace: bool = True) -> Path:
    """Write ``content`` whole to ``path``, readable only by the user (0600).

    The file is written to a temporary file in the same folder and renamed over ``path``, so a
    reader never sees half a file. Folders, links, pipes and devices are refused
    (``check_output``); an existing regular file is replaced only when ``replace``.
    """
    check_output(path, replace=replace)
    descriptor, partial = tempfile.mkstemp(
        prefix=".triggerpoint-", suffix=".partial", dir=path.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(partial, 0o600)
        check_output(path, replace=replace)  # nothing was swapped in meanwhile
        os.replace(partial, path)
    except BaseException as error:
        Path(partial).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise StorageError(_cannot(path, error)) from error
        raise
    return path


def private_temp(folder: Path) -> Path:
    """A new empty private file in ``folder`` (0600), for a writer that renames it into place."""
    descriptor, partial = tempfile.mkstemp(prefix=".triggerpoint-", suffix=".partial", dir=folder)
    os.close(descriptor)
    return Path(partial)


def _name_max(folder: Path) -> int:
    """The longest file name the folder's file system allows, in bytes (255 when unknown)."""
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def _cannot(path: Path, error: OSError) -> str:
    return f"Could not write {shown(str(path))}: {error.strerror or error}."
