"""The seed documents (Indonesian regulations, OCR) the catalog tools read: in ../shared/seeds beside the checkout.

A test that reads them is marked `@pytest.mark.seeds`. Where the folder is absent (a laptop with only the
repository) such a test is skipped; under CI (CI=true), where the seeds are always laid beside the clone, their
absence fails the test instead, so the catalog checks can never go quietly green by not running.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SEEDS = Path(os.environ.get("LOKET_SEEDS_DIR") or Path(__file__).resolve().parents[2] / "shared" / "seeds")


def seed(name: str) -> Path:
    return SEEDS / name


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Runs before the test's fixtures, so a fixture may read a seed without checking for it."""
    if item.get_closest_marker("seeds") is None or SEEDS.is_dir():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"the seeds are required under CI but {SEEDS} is missing", pytrace=False)
    pytest.skip(f"no seeds at {SEEDS}")
