"""The legal text data of the decree (resources/legal/bases.json, the decree templates) against the seeds."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from db.catalog.store import shipped_catalog
from db.decrees import legal, templates

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"  # beside the repository, as the catalog tests


def seed_lines(name: str) -> list[str]:
    return (SEEDS / name).read_text(encoding="utf-8").splitlines()


def quoted(source: str) -> str:
    name, lines = source.split(":")
    start, _, end = lines.partition("-")
    text = seed_lines(name)[int(start) - 1 : int(end or start)]
    return " ".join(" ".join(text).split())


def test_every_general_basis_quotes_its_seed_line():
    for key, entry in legal.data()["bases"].items():
        assert " ".join(entry["quote"].split()).lower() in quoted(entry["source"]).lower(), key
    for code, entry in legal.data()["validity"].items():
        if not code.startswith("_"):
            assert entry["quote"] in quoted(entry["source"]), code


def test_perbup_title_is_the_real_one_and_its_berita_daerah_is_never_guessed():
    """The seeds hold the Perbup's title but not its Berita Daerah number (001 orders the promulgation, line 353,
    and stops): the decree cites the Perbup without a number until the office confirms one in its settings."""
    entry = legal.data()["bases"]["perbup_16_2021"]
    assert "NON PERIZINAN YANG TERINTEGRASI" in quoted(entry["source"])
    promulgation = entry["promulgation"]
    assert promulgation["quote"] in quoted(promulgation["source"])
    whole_seed = " ".join(seed_lines("001_e49251e3d62d5902.txt"))
    assert not re.search(r"berita daerah kabupaten balangan tahun 2021", whole_seed, re.IGNORECASE)
    assert "TIDAK ADA di seed" in promulgation["review_note"] and "dikonfirmasi" in promulgation["review_note"]
    text = legal.basis("perbup_16_2021")
    assert "Pelayanan Perizinan dan Non Perizinan Yang Terintegrasi" in text
    assert "Berita Daerah" not in text and "Nomor 16);" not in text
    setting = promulgation["setting"]
    assert [item.setting for item in legal.unconfirmed({})] == [setting]
    confirmed = {setting: "Tahun 2021 Nomor 7"}
    assert legal.basis("perbup_16_2021", confirmed).endswith(
        "Yang Terintegrasi (Berita Daerah Kabupaten Balangan Tahun 2021 Nomor 7);"
    )
    assert legal.unconfirmed(confirmed) == []
    assert any("Tahun 2021 Nomor 7" in text for text in templates.general_bases(templates.load("default"), confirmed))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("tahun 2021  nomor 07", "Tahun 2021 Nomor 7"), ("", ""), ("Tahun 2021 Nomor 16", "Tahun 2021 Nomor 16")],
)
def test_the_berita_daerah_setting_takes_only_a_2021_number(typed, stored):
    from db.settings import registry

    assert registry.definition("decree.berita_daerah_perbup").parse(typed) == stored


@pytest.mark.parametrize(("typed", "reason"), [("16", "Tahun 2021 Nomor 16"), ("Tahun 2017 Nomor 35", "2021")])
def test_the_berita_daerah_setting_refuses_other_text(typed, reason):
    from db.core.errors import DomainError
    from db.settings import registry

    with pytest.raises(DomainError, match=reason):
        registry.definition("decree.berita_daerah_perbup").parse(typed)


@pytest.mark.parametrize("kind", ["default", "perizinan_berusaha"])
def test_templates_cite_local_government_law_and_the_delegation(kind):
    template = templates.load(kind)
    bases = templates.general_bases(template)
    assert any(text.startswith("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah") for text in bases)
    assert any("Pasal 8 ayat (3)" in text and "pendelegasian" in text for text in bases)
    texts = templates.decision_texts(template)
    assert sum("mulai berlaku" in text or "berlaku sejak" in text for text in texts) == 1
    labels = [label for label, _ in templates.labelled(texts)]
    assert labels == list(templates.ORDINALS[: len(texts)])


def test_mengingat_orders_by_hierarchy_and_drops_twins():
    points = legal.mengingat(
        [legal.basis("uu_25_2009"), legal.basis("perbup_16_2021")],
        [
            "Peraturan Menteri Kesehatan Nomor 26 Tahun 2018 tentang Pelayanan Perizinan Berusaha Pasal 30",
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
            "Peraturan Daerah Kabupaten Balangan Nomor 16 Tahun 2014 Tentang Perizinan Tenaga Kesehatan.",
        ],
    )
    assert [point.split(" Nomor")[0] for point in points] == [
        "Undang-Undang",
        "Peraturan Menteri Kesehatan",
        "Peraturan Daerah Kabupaten Balangan",
        "Peraturan Bupati Balangan",
    ]
    assert all(point.endswith(";") and not point.endswith(".;") for point in points)


def test_every_catalog_legal_basis_has_a_rank():
    """A regulation the hierarchy does not know would sink to the end of Mengingat: the ranks cover every citation
    (type, Nomor, Tahun) in the catalog."""
    unknown = {
        text
        for service in shipped_catalog().services
        for text in service.legal_basis
        if re.search(r"Nomor .+ Tahun \d{4}", text) and legal.rank(text) == legal.UNRANKED
    }
    assert not unknown, sorted(unknown)[:5]


def test_validity_only_where_the_seed_gives_one():
    optikal = legal.validity("DPM-057")
    assert optikal and optikal.words() == "5 (lima) tahun"
    assert optikal.until(date(2026, 11, 25)) == date(2031, 11, 24)
    assert optikal.until(date(2028, 2, 29)) == date(2033, 2, 27)
    assert legal.validity("DPM-007") is None


def test_tembusan_names_the_agency_whose_rekomendasi_is_required():
    services = {service.code: service for service in shipped_catalog().services}
    assert legal.copies_to(services["DPM-007"], "Kabupaten Balangan") == [
        "Bupati Balangan di Paringin (sebagai laporan)",
        "Kepala Dinas Kesehatan Kabupaten Balangan",
        "Arsip",
    ]
    plain = legal.copies_to(services["DPM-051"], "Kabupaten Balangan")
    assert plain[0].startswith("Bupati") and plain[-1] == "Arsip"


def test_shipped_templates_are_valid_json_with_sources():
    folder = resources.files("resources").joinpath("templates/decree")
    for name in ("default.json", "perizinan_berusaha.json"):
        template = json.loads(folder.joinpath(name).read_text(encoding="utf-8"))
        for source in template["_sources"].values():
            assert re.fullmatch(r"\d{3}_[0-9a-f]+\.txt:\d+(-\d+)?", source)
            assert quoted(source)


def test_the_visitors_requirement_list_says_how_each_kind_is_met():
    from datetime import UTC, datetime

    from db.documents.printing import office_header, requirement_list_data
    from db.settings.registry import office_defaults
    from printing.requirements_pdf import requirement_list_pdf
    from tests.unit.test_printing_pdf import pages_text

    services = {service.code: service for service in shipped_catalog().services}
    values = office_defaults()
    data = requirement_list_data(services["KALTARA-02"], values, datetime(2026, 11, 25, tzinfo=UTC))
    fee = next(
        line
        for _name, lines in data.variants
        for line in lines
        if line.text.startswith("Membayar biaya permohonan izin UGB")
    )
    assert fee.note == (
        "dipenuhi setelah permohonan disetujui, sebelum SK diserahkan; dengan bukti setor; kantor tidak menerima "
        "uang tunai"
    )
    consult = requirement_list_data(services["SETDA-ORG-05"], values, datetime(2026, 11, 25, tzinfo=UTC))
    text = " ".join(pages_text(requirement_list_pdf(consult, office_header(values), "A4")))
    assert "(cukup salah satu)" in " ".join(text.split())


def test_every_services_mengingat_is_ordered_and_cites_each_instrument_once():
    """For each service of the catalog, the decree's Mengingat (its template's bases and its own Dasar Hukum rows,
    000) climbs down the hierarchy of legislation and never cites the same instrument twice."""
    from db.catalog.schema import ServiceKind

    for service in shipped_catalog().services:
        kind = "perizinan_berusaha" if service.kind == ServiceKind.PERIZINAN_BERUSAHA else "default"
        points = legal.mengingat(templates.general_bases(templates.load(kind)), list(service.legal_basis))
        ranks = [legal.rank(point) for point in points]
        assert ranks == sorted(ranks), service.code
        identities = [legal._identity(point) for point in points]
        assert len(identities) == len(set(identities)), service.code
        assert sum(point.startswith("Peraturan Bupati Balangan Nomor 16 Tahun 2021") for point in points) == 1


def test_an_office_template_may_name_its_own_tembusan():
    service = next(s for s in shipped_catalog().services if s.code == "DPM-007")
    own = {"copies_to_first": ["Bupati Tabalong di Tanjung (sebagai laporan)"], "copies_to_last": ["Pertinggal"]}
    assert legal.copies_to(service, "Kabupaten Tabalong", own) == [
        "Bupati Tabalong di Tanjung (sebagai laporan)",
        "Kepala Dinas Kesehatan Kabupaten Tabalong",
        "Pertinggal",
    ]
