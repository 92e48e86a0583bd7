"""Helpers for the browser tests: start the real app on a free port, drive headless Debian Chromium,
and record every request the pages make (so a test can assert none leaves the machine)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--enable-unsafe-swiftshader",
]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}
LOCAL_SCHEMES = {"data", "blob", "about"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_app(data_dir: Path) -> Iterator[str]:
    """`streamlit run app.py -- --data DATA_DIR` on a free port; yields its base URL."""
    port = free_port()
    log = tempfile.TemporaryFile()  # noqa: SIM115 -- not a PIPE (a full pipe blocks the server); closed below
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",
            "--",
            "--data",
            str(data_dir),
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.25)
        else:
            log.seek(0)
            raise RuntimeError("streamlit did not start:\n" + log.read().decode(errors="replace"))
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@dataclass
class Browser:
    """One Chromium page and the URL of every request (and web socket) made from its context."""

    page: object
    requests: list[str] = field(default_factory=list)

    def outside(self) -> list[str]:
        """The recorded requests that went anywhere but this machine."""
        return [url for url in self.requests if not is_local(url)]


def is_local(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in LOCAL_SCHEMES or (parsed.hostname or "") in LOCAL_HOSTS


@contextmanager
def chromium(sync_api) -> Iterator[Browser]:
    """Headless Debian Chromium with one page; every request from it is recorded."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 1000})
        recorded = Browser(context.new_page())
        context.on("request", lambda request: recorded.requests.append(request.url))
        recorded.page.on("websocket", lambda socket: recorded.requests.append(socket.url))
        try:
            yield recorded
        finally:
            browser.close()


def wait_for_app(page) -> None:
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=30_000)
    page.wait_for_timeout(300)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=30_000)
    page.wait_for_timeout(800)


def wait_for_maps(page) -> None:
    """Give the pydeck maps time to draw (and to fetch a basemap, were they going to)."""
    page.wait_for_selector("[data-testid='stDeckGlJsonChart']", timeout=20_000)
    page.wait_for_timeout(2500)


def shoot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
