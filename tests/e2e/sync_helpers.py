"""A real loket-server process on loopback over a dedicated PostgreSQL database, and loket-admin as a process."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from tests.conftest import PG_URL  # noqa: F401 - the same server the pg fixtures use


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def create_database(pg_server: str) -> tuple[str, str]:
    name = f"loket_sync_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    base = pg_server.rsplit("/", 1)[0]
    return name, f"{base}/{name}"


def drop_database(pg_server: str, name: str) -> None:
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


class ServerProcess:
    def __init__(self, database_url: str, log: Path):
        self.database_url = database_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--database-url", database_url, "--port", str(self.port)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        for _attempt in range(150):  # bounded: 15 s
            if self.process.poll() is not None:
                raise RuntimeError(f"loket-server exited: {log.read_text()}")
            try:
                if httpx.get(f"{self.url}/api/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError("loket-server did not answer within 15 s")

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "server.cli", "--database-url", self.database_url, *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    def add_device(self, office: str = "6308", master: bool = False) -> tuple[str, str]:
        name = f"pc-{uuid.uuid4().hex[:8]}"
        result = self.cli("device", "add", name, "--office", office, *(["--master"] if master else []))
        assert result.returncode == 0, result.stderr
        return name, result.stdout.strip().splitlines()[-1]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.log.close()


def admin(home: Path, *args: str, env: dict | None = None, timeout: float = 90) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "LOKET_HOME": str(home), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args], capture_output=True, text=True, env=full_env, timeout=timeout
    )


def admin_until_pause(home: Path, point: str) -> subprocess.Popen:
    """Start `loket-admin sync` paused at `point` (the client's test hook) and return it once it is there."""
    env = {**os.environ, "LOKET_HOME": str(home), "LOKET_SYNC_TEST_PAUSE": point, "LOKET_SYNC_TEST_PAUSE_SECONDS": "60"}
    process = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "sync"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    for _line in range(10_000):  # bounded; readline returns "" at EOF
        line = process.stdout.readline()
        if line.startswith(f"LOKET_SYNC_PAUSE {point}"):
            return process
        if not line:
            process.wait(timeout=10)
            raise AssertionError(f"sync ended before {point}: {process.stderr.read()}")
    raise AssertionError("no pause marker")


def token(home: Path) -> dict:
    return json.loads((home / "keys" / "sync-token").read_text())


class CuttingProxy:
    """A loopback TCP proxy that forwards the first `limit` bytes of a request and then drops both connections."""

    def __init__(self, target_port: int, limit: int):
        self.limit = limit
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(10)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve_one, daemon=True)
        self.thread.start()

    def _serve_one(self) -> None:
        try:
            client, _address = self.listener.accept()
        except TimeoutError:
            return
        upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
        client.settimeout(10)
        forwarded = 0
        try:
            while forwarded < self.limit:
                chunk = client.recv(min(65536, self.limit - forwarded))
                if not chunk:
                    break
                upstream.sendall(chunk)
                forwarded += len(chunk)
        except OSError:
            pass
        finally:
            client.close()
            upstream.close()
            self.listener.close()

    def join(self) -> None:
        self.thread.join(timeout=15)
