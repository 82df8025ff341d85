"""National holidays are asked of the `holidays` package once per package version, then read from the cache."""

import json
import os
import subprocess
import sys

ASK = """
import json, sys
from db.calendar.working_days import national_holidays
found = national_holidays(2026)
print(json.dumps({"package_loaded": "holidays" in sys.modules, "days": {d.isoformat(): n for d, n in found.items()}}))
"""


def ask(cache_home):
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    result = subprocess.run(
        [sys.executable, "-c", ASK], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return json.loads(result.stdout)


def test_the_second_process_reads_the_answer_without_loading_the_package(tmp_path):
    first, second = ask(tmp_path), ask(tmp_path)
    assert first["package_loaded"] and not second["package_loaded"]
    assert second["days"] == first["days"] and "2026-08-17" in first["days"]  # Hari Proklamasi Kemerdekaan


def test_an_unreadable_cache_file_means_asking_the_package_again(tmp_path):
    ask(tmp_path)
    for path in tmp_path.rglob("ID-2026-*.json"):
        path.write_text("bukan json")
    again = ask(tmp_path)
    assert again["package_loaded"] and "2026-08-17" in again["days"]
