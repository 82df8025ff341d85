"""The hall's public service as a real process (loket-public serve) and Debian's chromium driven by playwright."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

CHROMIUM = "/usr/bin/chromium"
# Debian's chromium, never a browser of playwright's own (nothing is downloaded here).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_command(home: Path, *args: str) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "LOKET_HOME": str(home)}
    env.pop("LOKET_DATABASE_URL", None)
    return [sys.executable, "-m", "server.public.cli", "serve", *args], env


@contextlib.contextmanager
def public_server(home: Path, *args: str, port: int | None = None) -> Iterator[str]:
    """loket-public serving the database of `home` on loopback; yields its base URL once it answers."""
    port = port or free_port()
    command, env = serve_command(home, "--port", str(port), *args)
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise AssertionError(f"loket-public stopped: {process.stderr.read()}")
            try:
                if httpx.get(f"{base}/sehat", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("loket-public did not answer within 30 s")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


@contextlib.contextmanager
def phone_browser() -> Iterator[object]:
    """A new page of headless chromium the size of a cheap phone's screen."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(**PHONE, locale="id-ID")
            yield context.new_page()
        finally:
            browser.close()


def shots_folder(fallback: Path) -> Path:
    """Where the phone screenshots go: LOKET_SHOTS (the journey's folder) when set, else the test's own folder."""
    folder = Path(os.environ.get("LOKET_SHOTS") or fallback) / "telepon"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
