"""Settings are read through the settings service only: no other module touches the Setting model's rows."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OWNERS = ("db/settings/", "db/models/", "db/migrations/")
# The Setting model by name (OFFICE_SCOPE, the scope constant, may be shared; SettingsService is another word).
RAW_ACCESS = re.compile(r"\bSetting\b")


def offenders() -> list[str]:
    found = []
    for folder in ("db", "desktop", "cli", "server", "bench"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith(OWNERS):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if RAW_ACCESS.search(line):
                    found.append(f"{relative}:{number}: {line.strip()}")
    return found


def test_only_the_settings_feature_reads_or_writes_setting_rows():
    assert offenders() == []


def test_the_check_sees_a_raw_read():
    assert RAW_ACCESS.search('zone = session.scalar(select(Setting.value).where(Setting.key == "office.timezone"))')
    assert not RAW_ACCESS.search("values = services.settings.get_many(keys)  # SettingValue, SettingsService")
