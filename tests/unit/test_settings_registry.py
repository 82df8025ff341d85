import base64

import pytest

from db.core.errors import DomainError
from db.settings import registry
from printing.config import PrinterConfigError, ThermalConfig, parse_network, parse_usb, validate


def test_office_defaults_come_from_the_seed():
    defaults = registry.office_defaults()
    assert defaults["office.motto"] == "BERSAHA"
    assert defaults["office.motto_text"] == "Bersih, Santun, Hangat dan Jelas"
    assert "Paringin" in defaults["office.address"]
    assert defaults["office.phone"] == "(0526) 2028114"
    assert defaults["office.maklumat"].startswith("Dengan ini kami menyatakan sanggup")
    assert "Janji" not in defaults["office.maklumat"] and "janji" in defaults["office.maklumat"]
    assert defaults["signing.nip"] == "19690813 199412 1 002"


@pytest.mark.parametrize(
    ("raw", "stored"),
    [("196908131994121002", "19690813 199412 1 002"), (" 19690813 199412 1 002 ", "19690813 199412 1 002")],
)
def test_nip_is_normalised(raw, stored):
    assert registry.definition("signing.nip").parse(raw) == stored


@pytest.mark.parametrize("raw", ["1969081319941210", "19690813199412300x", "196908131994123002"])
def test_bad_nip_is_refused_in_indonesian(raw):
    with pytest.raises(DomainError, match="NIP"):
        registry.definition("signing.nip").parse(raw)


@pytest.mark.parametrize("raw", ["0", "100", "satu", "-1", ""])
def test_counter_number_must_be_1_to_99(raw):
    with pytest.raises(DomainError, match="Nomor loket"):
        registry.definition("counter.number").parse(raw)


def test_choices_are_enforced():
    with pytest.raises(DomainError, match="Pilihan"):
        registry.definition("ui.language").parse("fr")
    assert registry.definition("ui.language").parse("en") == "en"


def test_unknown_key_names_the_command_to_list_them():
    with pytest.raises(DomainError, match="loket-admin settings get"):
        registry.definition("tidak.ada")


def test_logo_must_be_png_or_jpeg(tmp_path):
    text_file = tmp_path / "logo.txt"
    text_file.write_text("bukan gambar")
    with pytest.raises(DomainError, match="PNG atau JPEG"):
        registry.logo_from_file(str(text_file))
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    assert base64.b64decode(registry.logo_from_file(str(png))).startswith(b"\x89PNG")
    with pytest.raises(DomainError, match="tidak dapat dibaca"):
        registry.logo_from_file(str(tmp_path / "hilang.png"))


def test_printer_targets_are_checked_per_kind():
    assert parse_usb("0416:5011") == (0x0416, 0x5011)
    assert parse_network("192.168.1.50") == ("192.168.1.50", 9100)
    with pytest.raises(PrinterConfigError, match="VID:PID"):
        validate(ThermalConfig("usb", "printer"))
    with pytest.raises(PrinterConfigError, match="port"):
        validate(ThermalConfig("network", "host:99999"))
    with pytest.raises(PrinterConfigError, match="belum diisi"):
        validate(ThermalConfig("file", ""))
    assert validate(ThermalConfig("none")).configured is False
