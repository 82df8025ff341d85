"""The visitor's phone in the journey: loket-public serving the journey's database on loopback, and Debian's
chromium (playwright, never a browser of its own) photographing the ticket's and the file's pages at a phone's size."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Phone:
    def __init__(self, home: Path, port: int):
        self.base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "LOKET_HOME": str(home)}
        command = [sys.executable, "-m", "server.public.cli", "serve", "--port", str(port)]
        self.server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{self.base}/sehat", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                if self.server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"loket-public tidak jalan: {self.server.stderr.read().decode()}") from None
                time.sleep(0.2)
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = self._browser.new_context(
            viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True, locale="id-ID"
        )
        self.page = context.new_page()

    def snap(self, url: str, target: Path, expect: str) -> None:
        """Open the page as the QR would and photograph it; `expect` must be on it, or the journey stops here."""
        response = self.page.goto(url)
        text = self.page.inner_text("main")
        if response is None or response.status != 200 or expect not in text:
            raise SystemExit(f"halaman publik {url} tidak menunjukkan '{expect}': {text[:300]}")
        self.page.screenshot(path=str(target), full_page=True)

    def close(self) -> None:
        self._browser.close()
        self._playwright.stop()
        self.server.terminate()
        self.server.wait(timeout=10)
