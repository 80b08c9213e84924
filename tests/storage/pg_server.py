"""A throwaway PostgreSQL server for the storage tests: initdb + pg_ctl in a temp folder.

PostgreSQL refuses to run as root, so under root (CI on a clean Debian machine) the server runs
as the ``postgres`` user, which the Debian ``postgresql`` package creates. It listens on a free
port on 127.0.0.1 only, trusts local connections, and is deleted at the end of the session.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import psycopg
from psycopg import sql

__all__ = ["PostgresUnavailable", "TemporaryPostgres", "find_bindir", "throwaway_database"]

INSTALL_HINT = (
    "Install the Debian package 'postgresql' (scripts/system-deps does), set "
    "TRIGGERPOINT_TEST_POSTGRES_URL to a server you may create databases on, or set "
    "TRIGGERPOINT_SKIP_POSTGRES=1 to skip the PostgreSQL half of the storage tests."
)


class PostgresUnavailable(RuntimeError):
    """The test server cannot be started; the message says why and what to do."""


def find_bindir() -> Path | None:
    """The newest PostgreSQL server bin folder (TRIGGERPOINT_PG_BINDIR wins)."""
    if override := os.environ.get("TRIGGERPOINT_PG_BINDIR"):
        return Path(override)
    candidates = Path("/usr/lib/postgresql").glob("*/bin/initdb")
    versions = sorted(candidates, key=lambda p: _version(p.parent.parent.name), reverse=True)
    if versions:
        return versions[0].parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


class TemporaryPostgres:
    """One PostgreSQL server in a temp folder; ``url`` connects as its superuser."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = _free_port()
        # Under root, the postgres user must be able to reach the folder: /tmp, not $TMPDIR.
        shared = "/tmp" if os.geteuid() == 0 and Path("/tmp").is_dir() else None
        self.root = Path(tempfile.mkdtemp(prefix="triggerpoint-pg-", dir=shared))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        """initdb and start; PostgresUnavailable with the server log when it fails."""
        self._give_to_server_user(self.root)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--no-locale", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories="
                   f"{self.data} -c fsync=off -c full_page_writes=off -c synchronous_commit=off")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                  "-o", options, "start")

    def stop(self) -> None:
        """Stop the server at once and delete its files."""
        with suppress(PostgresUnavailable):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        """Run a server program, as the postgres user when we are root."""
        command = [str(self.bindir / program), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise PostgresUnavailable(
                f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}{log}"
            )

    def _give_to_server_user(self, path: Path) -> None:
        """Under root, hand the folder to 'postgres' (PostgreSQL will not run as root)."""
        if os.geteuid() != 0:
            return
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable(f"Running as root and there is no 'postgres' user. "
                                      f"{INSTALL_HINT}") from None
        os.chown(path, user.pw_uid, user.pw_gid)


@contextmanager
def throwaway_database(admin_url: str) -> Iterator[str]:
    """A new empty database on the server, dropped afterwards; yields its URL."""
    name = f"triggerpoint_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def wait_until_ready(url: str, timeout_s: float = 30.0) -> None:
    """Poll until the server accepts connections."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _version(name: str) -> tuple[int, ...]:
    """'15' -> (15,), for sorting installed server versions."""
    return tuple(int(part) for part in re.findall(r"\d+", name))
