"""loket-admin skm import / report and complaint list as real processes on a private LOKET_HOME."""

import json
import os
import subprocess
import sys

import pytest


def admin(*args, home):
    env = {**os.environ, "LOKET_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def home(sqlite_url, loket_home):
    return loket_home


HEADER = "u1,u2,u3,u4,u5,u6,u7,u8,u9,service_code,date,age,sex,education,occupation\n"


def test_import_refuses_the_whole_file_then_accepts_a_good_one(home, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER + "4,4,4,4,4,4,4,4,4,DPM-007,2025-06-02,34,P,S1,PNS\n4,4,4,4,4,4,4,4,0,DPM-007,2025-06-02,,,,\n",
        encoding="utf-8",
    )
    refused = admin("skm", "import", str(bad), home=home)
    assert refused.returncode == 1
    assert "baris 3" in refused.stderr and "u9" in refused.stderr
    empty = json.loads(admin("skm", "report", "--from", "2025-06-01", "--to", "2025-06-30", home=home).stdout)
    assert empty["overall"] is None and empty["sample"]["respondents"] == 0
    good = tmp_path / "good.csv"
    good.write_text(
        HEADER + "4,4,4,4,4,4,4,4,4,DPM-007,2025-06-02,34,P,S1,PNS\n3,3,3,3,3,3,3,3,3,DPM-007,2025-06-03,,,,\n",
        encoding="utf-8",
    )
    imported = admin("skm", "import", str(good), home=home)
    assert imported.returncode == 0, imported.stderr
    assert "2 jawaban" in imported.stdout

    result = admin(
        "skm",
        "report",
        "--from",
        "2025-06-01",
        "--to",
        "2025-06-30",
        "--service",
        "DPM-007",
        "--population",
        "100",
        home=home,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    overall = report["overall"]
    assert overall["respondents"] == 2 and overall["ikm_converted"] == 87.5 and overall["grade"] == "B"
    assert [e["nrr"] for e in overall["elements"]] == [3.5] * 9
    assert report["sample"]["minimum"] == 80 and report["sample"]["met"] is False
    occupation = next(section for section in report["profile"] if section["key"] == "occupation")
    assert {row["value"]: row["count"] for row in occupation["rows"]}["PNS"] == 1

    pdf, xlsx = tmp_path / "skm.pdf", tmp_path / "skm.xlsx"
    for fmt, out in (("pdf", pdf), ("xlsx", xlsx)):
        made = admin(
            "skm",
            "report",
            "--from",
            "2025-06-01",
            "--to",
            "2025-06-30",
            "--format",
            fmt,
            "--out",
            str(out),
            home=home,
        )
        assert made.returncode == 0, made.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx)["IKM"]
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert (None, "IKM konversi", None, None, 87.5) in values
    profile = list(load_workbook(xlsx)["Profil responden"].iter_rows(values_only=True))
    assert ("Umur", "30-39", 1, 50.0) in profile and ("Pendidikan", "S3", 0, 0.0) in profile
    needs_out = admin("skm", "report", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "pdf", home=home)
    assert needs_out.returncode == 1 and "--out" in needs_out.stderr


def test_complaint_list_runs(home):
    listed = admin("complaint", "list", "--format", "json", home=home)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []


def test_one_paper_questionnaire_with_its_profile(home):
    answered = admin(
        "skm",
        "answer",
        "--service",
        "DPM-007",
        "--scores",
        "4,3,4,4,3,4,4,3,4",
        "--date",
        "2025-06-04",
        "--age",
        "41",
        "--sex",
        "L",
        "--education",
        "S2",
        "--occupation",
        "Lainnya",
        "--occupation-other",
        "Petani",
        home=home,
    )
    assert answered.returncode == 0, answered.stderr
    refused = admin("skm", "answer", "--service", "DPM-007", "--scores", "4,4,4,4,4,4,4,4,4", "--age", "7", home=home)
    assert refused.returncode == 1 and "Umur harus 15 sampai 100 tahun" in refused.stderr
    wrong = admin("skm", "answer", "--service", "DPM-007", "--scores", "4,4,4", "--education", "S1", home=home)
    assert wrong.returncode == 1 and "9 nilai unsur" in wrong.stderr
    report = json.loads(admin("skm", "report", "--from", "2025-06-01", "--to", "2025-06-30", home=home).stdout)
    assert report["sample"]["respondents"] == 1
    seen = {s["key"]: {r["value"]: r["count"] for r in s["rows"]} for s in report["profile"]}
    assert seen["age"]["40-49"] == 1 and seen["education"]["S2"] == 1 and seen["occupation_other"] == {"Petani": 1}
    helped = admin("skm", "answer", "--help", home=home)
    assert (
        "SD, SMP, SMA, S1, S2, S3" in helped.stdout and "PNS, TNI, POLRI, SWASTA, WIRAUSAHA, Lainnya" in helped.stdout
    )
