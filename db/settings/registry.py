"""Every setting Loket knows: its key, scope, meaning (Indonesian), default and validation.

Office-wide settings are shared by every PC of the office (and synced centrally); device settings belong to this PC
(its counter, its printers). A value is stored as text; `parse` turns user input into that text or raises DomainError
with the reason, so the GUI, the CLI and the sync apply the same rules.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import tempfile
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from db.core.errors import DomainError

OFFICE = "office"
DEVICE = "device"

THERMAL_KINDS = {
    "none": "Tidak ada",
    "usb": "USB (VID:PID)",
    "network": "Jaringan (host:port)",
    "serial": "Serial (port:baud)",
    "windows": "Antrean printer Windows",
    "file": "Berkas (uji / cetak ke file)",
}
SIGNING_MODES = {"basah": "Tanda tangan dan cap basah", "elektronik": "Tanda tangan elektronik"}
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


@dataclass(frozen=True)
class SettingDef:
    key: str
    scope: str
    label: str
    meaning: str
    default: str = ""
    choices: dict[str, str] = field(default_factory=dict)
    check: Callable[[str], str] | None = None
    secret: bool = False

    def parse(self, raw: str) -> str:
        """Normalise and validate user input; raises DomainError naming the setting and the problem."""
        value = raw.strip()
        if self.choices and value not in self.choices:
            allowed = ", ".join(self.choices)
            raise DomainError(f"Nilai '{value}' tidak dikenal untuk {self.label}. Pilihan: {allowed}.")
        if self.check:
            try:
                value = self.check(value)
            except ValueError as error:
                raise DomainError(f"{self.label}: {error}") from error
        return value


def _required(value: str) -> str:
    if not value:
        raise ValueError("tidak boleh kosong")
    return value


def _counter_number(value: str) -> str:
    if not value.isdigit() or not 1 <= int(value) <= 99:
        raise ValueError("harus bilangan bulat 1 sampai 99")
    return str(int(value))


def _int_range(value: str, low: int, high: int) -> str:
    if not value.isdigit() or not low <= int(value) <= high:
        raise ValueError(f"harus bilangan bulat {low} sampai {high}")
    return str(int(value))


NUMBER_MAX_LENGTH = 40  # the narrowest number column (return slip, handover receipt, complaint)
ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def registration_number(pattern: str, sequence: int, month: int, year: int) -> str:
    return pattern.format(nomor=sequence, bulan=ROMAN_MONTHS[month - 1], bulan_angka=month, tahun=year)


def _registration_format(value: str) -> str:
    if "{nomor" not in value:
        raise ValueError("format harus memuat {nomor}, misalnya 503/{nomor:04d}/DPMPTSP/{bulan}/{tahun}")
    if "{tahun" not in value:
        # the series restarts every year: without the year the same number would come back next January
        raise ValueError("format harus memuat {tahun}, karena nomor urut dimulai lagi dari 1 setiap tahun")
    try:
        longest = registration_number(value, 9999, 8, 2026)
    except (KeyError, ValueError, IndexError) as error:
        raise ValueError(f"format tidak dapat dipakai ({error}); kolom: nomor, bulan, bulan_angka, tahun") from error
    if len(longest) > NUMBER_MAX_LENGTH:
        raise ValueError(f"nomor terpanjang ({longest}) melebihi {NUMBER_MAX_LENGTH} karakter")
    return value


def _yes_no(value: str) -> str:
    if value not in ("ya", "tidak"):
        raise ValueError("isi ya atau tidak")
    return value


def _paper_width(value: str) -> str:
    if value not in ("58", "80"):
        raise ValueError("harus 58 atau 80 (mm)")
    return value


def _nip(value: str) -> str:
    digits = re.sub(r"\s", "", value)
    if not re.fullmatch(r"\d{18}", digits):
        raise ValueError("NIP harus 18 angka (spasi boleh), misalnya 19690813 199412 1 002")
    if digits[14] not in "12":
        raise ValueError("digit ke-15 NIP (jenis kelamin) harus 1 atau 2")
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


PERBUP_PROMULGATED_YEAR = 2021  # Perbup Balangan 16/2021 was promulgated on 10 March 2021 (001, "Diundangkan")


def _berita_daerah(value: str) -> str:
    """Empty (not yet confirmed) or "Tahun 2021 Nomor N", the Berita Daerah in which Perbup 16/2021 was placed."""
    if not value:
        return value
    match = re.fullmatch(r"tahun\s+(\d{4})\s+nomor\s+(\d{1,4})", " ".join(value.split()), re.IGNORECASE)
    if not match:
        raise ValueError("tulis seperti 'Tahun 2021 Nomor 16' (tahun dan nomor Berita Daerah), atau kosongkan")
    if int(match[1]) != PERBUP_PROMULGATED_YEAR:
        raise ValueError(f"Perbup 16/2021 diundangkan tahun {PERBUP_PROMULGATED_YEAR}, bukan {match[1]}")
    return f"Tahun {match[1]} Nomor {int(match[2])}"


def _email(value: str) -> str:
    if value and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise ValueError("alamat email tidak valid")
    return value


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError("zona waktu tidak dikenal (contoh: Asia/Makassar)") from error
    return value


def _archive_folder(value: str) -> str:
    """An archive folder Loket can really write into, checked now (a wrong one would only show when every later
    backup or decree failed). Empty: the data folder's arsip/. A missing folder is fine if its parent is writable."""
    if not value:
        return ""
    folder = Path(value).expanduser()
    if not folder.is_absolute():
        raise ValueError(f"tulis folder lengkap (mis. {Path.home() / 'Arsip Loket'}), bukan '{value}'")
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"{folder} adalah berkas, bukan folder")
    probe_in = folder if folder.is_dir() else folder.parent
    if not probe_in.is_dir():
        raise ValueError(f"folder {probe_in} tidak ada")
    try:
        with tempfile.NamedTemporaryFile(dir=probe_in, prefix=".loket-uji-"):
            pass
    except OSError as error:
        raise ValueError(f"Loket tidak dapat menulis di {probe_in} ({error.strerror or error})") from None
    return str(folder)


def _logo(value: str) -> str:
    """A logo is stored inline (base64 PNG/JPEG) so every PC of a shared database sees the same one."""
    if not value:
        return ""
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as error:
        raise ValueError("data logo tidak valid") from error
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise ValueError("logo harus berkas PNG atau JPEG")
    if len(data) > 2_000_000:
        raise ValueError("logo terlalu besar (maksimal 2 MB)")
    return value


def _load_office_defaults() -> dict[str, str]:
    text = resources.files("resources").joinpath("office/office.json").read_text(encoding="utf-8")
    return {key: value for key, value in json.loads(text).items() if not key.startswith("_")}


_OFFICE_DEFAULTS = _load_office_defaults()


def _office(key: str, label: str, meaning: str, check: Callable[[str], str] | None = _required) -> SettingDef:
    return SettingDef(key, OFFICE, label, meaning, _OFFICE_DEFAULTS.get(key, ""), check=check)


DEFINITIONS: list[SettingDef] = [
    _office("office.government", "Pemerintah daerah", "Baris pertama kop surat"),
    _office("office.name", "Nama kantor", "Nama lengkap instansi pada kop surat"),
    _office("office.short_name", "Nama singkat", "Nama kantor di tiket, layar antrian dan bilah status"),
    _office("office.address", "Alamat", "Alamat kantor pada kop surat dan tanda terima"),
    _office("office.city", "Kota penetapan", "Tempat penetapan surat keputusan (Ditetapkan di ...)"),
    _office("office.phone", "Telepon", "Nomor telepon kantor", check=None),
    _office("office.fax", "Faksimile", "Nomor faksimile kantor", check=None),
    _office("office.email", "Email", "Alamat email kantor", check=_email),
    _office("office.website", "Situs web", "Alamat situs web kantor", check=None),
    _office("office.motto", "Motto", "Motto pelayanan (ditampilkan ke publik)"),
    _office("office.motto_text", "Arti motto", "Kepanjangan motto pelayanan", check=None),
    _office("office.maklumat", "Maklumat pelayanan", "Janji layanan yang ditampilkan ke publik"),
    SettingDef("office.logo", OFFICE, "Logo", "Logo instansi (PNG/JPEG, disimpan di basis data)", "", check=_logo),
    SettingDef("office.timezone", OFFICE, "Zona waktu", "Zona waktu kantor", "Asia/Makassar", check=_timezone),
    _office("signing.title", "Jabatan penandatangan", "Jabatan pejabat yang menandatangani SK"),
    _office("signing.name", "Nama penandatangan", "Nama pejabat penandatangan beserta gelar"),
    _office("signing.rank", "Pangkat/golongan", "Pangkat dan golongan pejabat penandatangan"),
    _office("signing.nip", "NIP penandatangan", "Nomor Induk Pegawai pejabat penandatangan", check=_nip),
    SettingDef(
        "signing.mode",
        OFFICE,
        "Cara penandatanganan SK",
        "basah: tanda tangan dan cap basah, kode QR untuk memeriksa keaslian (Perbup 16/2021 Pasal 8 ayat (2)); "
        "elektronik: tanda tangan elektronik dengan kode QR (praktik DPMPTSP Provinsi Kalimantan Utara)",
        "basah",
        choices=SIGNING_MODES,
    ),
    SettingDef(
        "decree.berita_daerah_perbup",
        OFFICE,
        "Berita Daerah Perbup 16/2021",
        "Tahun dan nomor Berita Daerah Kabupaten Balangan tempat Perbup 16/2021 diundangkan, mis. 'Tahun 2021 Nomor "
        "16'. Nomor ini TIDAK ADA di salinan seed: konfirmasi dengan Bagian Hukum Setda sebelum mengisinya. Kosong: "
        "SK mengutip Perbup 16/2021 tanpa nomor Berita Daerah",
        "",
        check=_berita_daerah,
    ),
    SettingDef(
        "queue.priority_mode",
        OFFICE,
        "Aturan prioritas",
        "interleave: selang-seling; dedicated: meja khusus",
        "interleave",
        choices={"interleave": "Selang-seling", "dedicated": "Meja pelayanan khusus"},
    ),
    SettingDef(
        "queue.priority_max_in_row",
        OFFICE,
        "Maks. prioritas berturut-turut",
        "Panggilan prioritas berturut-turut paling banyak di satu loket bila antrian biasa menunggu",
        "3",
        check=lambda v: _int_range(v, 1, 20),
    ),
    SettingDef(
        "decree.number_format",
        OFFICE,
        "Format nomor SK",
        "Kolom: {nomor:04d} urut per tahun, {bulan} Romawi, {bulan_angka}, {tahun}",
        "503/{nomor:04d}/SK/DPMPTSP/{bulan}/{tahun}",
        check=_registration_format,
    ),
    SettingDef(
        "intake.registration_format",
        OFFICE,
        "Format nomor pendaftaran",
        "Kolom: {nomor:04d} urut per tahun, {bulan} Romawi, {bulan_angka}, {tahun}",
        "503/{nomor:04d}/DPMPTSP/{bulan}/{tahun}",
        check=_registration_format,
    ),
    *[
        SettingDef(
            f"{kind}.number_format",
            OFFICE,
            f"Format nomor {label}",
            "Kolom: {nomor:04d} urut per tahun, {bulan} Romawi, {bulan_angka}, {tahun}; bawaan: kode klasifikasi 503 "
            "(perizinan) seperti nomor pendaftaran dan SK, tanda dokumen, unit, bulan Romawi, tahun",
            f"503/{{nomor:04d}}/{mark}/DPMPTSP/{{bulan}}/{{tahun}}",
            check=_registration_format,
        )
        for kind, label, mark in (
            ("return_slip", "surat pengembalian berkas", "KB"),
            ("handover", "tanda terima penyerahan SK", "SER"),
            ("complaint", "pengaduan", "ADU"),
            ("rejection", "surat penolakan permohonan", "TOLAK"),  # the lifecycle's letter (issue 14)
        )
    ],
    *[
        SettingDef(
            f"complaint.days_{priority}",
            OFFICE,
            f"Batas penyelesaian pengaduan prioritas {priority} (hari kerja)",
            "Hari kerja sejak pengaduan diterima; seed tidak menetapkannya (SOP pengaduan merujuk PermenPANRB "
            "62/2018 tentang SP4N-LAPOR), jadi kantor menetapkannya sendiri",
            str(days),
            check=lambda v: _int_range(v, 1, 60),
        )
        for priority, days in (("tinggi", 5), ("sedang", 10), ("rendah", 14))
    ],
    SettingDef(
        "complaint.team",
        OFFICE,
        "Tim Pengaduan",
        "Anggota Tim Pengaduan yang ditunjuk Kepala Dinas (nama, pisahkan dengan koma); pelaksana langkah telaah "
        "dan penyelesaian pengaduan",
        "",
    ),
    SettingDef(
        "lifecycle.near_due_days",
        OFFICE,
        "Peringatan jatuh tempo (hari kerja)",
        "Berkas dengan sisa hari kerja sebanyak ini atau kurang tampil di beranda pemegang langkahnya dan supervisor",
        "2",
        check=lambda v: _int_range(v, 0, 30),
    ),
    SettingDef(
        "lifecycle.near_due_days",
        OFFICE,
        "Peringatan jatuh tempo (hari kerja)",
        "Berkas dengan sisa hari kerja sebanyak ini atau kurang tampil di beranda pemegang langkahnya dan supervisor",
        "2",
        check=lambda v: _int_range(v, 0, 30),
    ),
    SettingDef(
        "calendar.cuti_bersama",
        OFFICE,
        "Cuti bersama libur",
        "ya: cuti bersama tidak dihitung hari kerja",
        "ya",
        check=_yes_no,
    ),
    SettingDef(
        "display.running_text",
        OFFICE,
        "Teks berjalan layar antrian",
        "Teks berjalan di layar ruang tunggu (kosong = motto dan maklumat pelayanan)",
        "",
    ),
    SettingDef(
        "report.wait_target_minutes",
        OFFICE,
        "Target waktu tunggu (menit)",
        "Batas waktu tunggu antrian yang dipakai laporan dan dasbor supervisor (1-240 menit)",
        "15",
        check=lambda v: _int_range(v, 1, 240),
    ),
    SettingDef("counter.number", DEVICE, "Nomor loket", "Nomor loket PC ini", "1", check=_counter_number),
    SettingDef("counter.name", DEVICE, "Nama loket", "Nama loket PC ini", "Loket 1", check=_required),
    SettingDef(
        "printer.thermal.kind",
        DEVICE,
        "Jenis printer termal",
        "Cara PC ini terhubung ke printer tiket ESC/POS",
        "none",
        choices=THERMAL_KINDS,
    ),
    SettingDef(
        "printer.thermal.target",
        DEVICE,
        "Alamat printer termal",
        "USB: VID:PID (0416:5011); jaringan: host:port; serial: port:baud; Windows: nama antrean; berkas: path",
        "",
    ),
    SettingDef("printer.thermal.paper_width", DEVICE, "Lebar kertas termal", "58 atau 80 mm", "80", check=_paper_width),
    SettingDef(
        "printer.document.name",
        DEVICE,
        "Printer dokumen",
        "Nama printer untuk SK dan tanda terima (kosong = simpan PDF)",
        "",
    ),
    SettingDef(
        "documents.paper",
        DEVICE,
        "Ukuran kertas dokumen",
        "A4 atau F4 (215 x 330 mm) untuk tanda terima dan surat",
        "A4",
        choices={"A4": "A4", "F4": "F4 (215 x 330 mm)"},
    ),
    SettingDef(
        "archive.dir",
        DEVICE,
        "Folder arsip",
        "Folder arsip dokumen terbit (kosong = folder data Loket/arsip)",
        "",
        check=_archive_folder,
    ),
    SettingDef("ui.language", DEVICE, "Bahasa", "Bahasa tampilan", "id", choices=LANGUAGES),
    SettingDef(
        "backup.keep",
        DEVICE,
        "Jumlah cadangan disimpan",
        "Berapa cadangan harian terakhir yang disimpan di folder cadangan (yang lebih lama dihapus)",
        "14",
        check=lambda v: _int_range(v, 1, 365),
    ),
]


def _agency_codes(value: str) -> str:
    codes = [code.strip().upper() for code in value.split(",") if code.strip()]
    if any(not re.fullmatch(r"[A-Z0-9][A-Z0-9-]{0,19}", code) for code in codes):
        raise ValueError("isi kode instansi dipisah koma, mis. DPMPTSP-BLG, SETDA-BLG")
    return ", ".join(dict.fromkeys(codes))


def _clock_time(value: str) -> str:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", value)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError("isi jam dengan bentuk JJ:MM, misalnya 21:00")
    return f"{int(match[1]):02d}:{match[2]}"


DEFINITIONS += [
    SettingDef(
        "display.agencies",
        DEVICE,
        "Zona layar antrian",
        "Kode instansi yang ditampilkan dan dipanggil layar antrian PC ini, dipisah koma, mis. SETDA-BLG "
        "(kosong = seluruh aula)",
        "",
        check=_agency_codes,
    ),
    SettingDef(
        "sync.hour",
        DEVICE,
        "Jam sinkronisasi",
        "Jam sinkronisasi harian ke server pusat selagi Loket terbuka (JJ:MM)",
        "21:00",
        check=_clock_time,
    ),
    SettingDef(
        "sync.ca_file",
        DEVICE,
        "Sertifikat CA server",
        "Berkas CA kantor untuk memeriksa TLS server sinkronisasi (kosong = CA sistem)",
        "",
    ),
    SettingDef(
        "sync.last_success",
        DEVICE,
        "Sinkronisasi terakhir",
        "Waktu sinkronisasi terakhir yang berhasil (otomatis)",
        "",
    ),
]

PUBLIC_URL_MAX = 100  # the QR of a link stays small enough for a 58 mm slip


def _public_url(value: str) -> str:
    """Empty (no public pages: nothing is printed), or an http(s) address without query, at most 100 characters."""
    if not value:
        return ""
    parsed = urllib.parse.urlsplit(value)
    if parsed.scheme not in ("http", "https") or not parsed.hostname or parsed.query or parsed.fragment:
        raise ValueError("isi alamat lengkap, misalnya https://antrian.dpmptsp.go.id (tanpa ? atau #)")
    if len(value) > PUBLIC_URL_MAX:
        raise ValueError(f"alamat terlalu panjang (maksimal {PUBLIC_URL_MAX} karakter)")
    return value.rstrip("/")


def _existing_file(value: str) -> str:
    if value and not Path(value).expanduser().is_file():
        raise ValueError(f"berkas {value} tidak ada")
    return str(Path(value).expanduser()) if value else ""


DEFINITIONS += [
    SettingDef(
        "public.base_url",
        OFFICE,
        "Alamat halaman publik",
        "Alamat layanan halaman publik aula (loket-public), mis. https://antrian.dpmptsp.go.id; tiket dan tanda "
        "terima mencetak kode QR ke halamannya. Kosong: tidak ada QR halaman publik",
        "",
        check=_public_url,
    ),
    SettingDef(
        "public.file_base_url",
        OFFICE,
        "Alamat halaman berkas (luar aula)",
        "Alamat halaman berkas untuk QR tanda terima, mis. server pusat yang dapat dibuka dari rumah; "
        "kosong = alamat halaman publik",
        "",
        check=_public_url,
    ),
    SettingDef(
        "public.tls_cert",
        DEVICE,
        "Sertifikat TLS halaman publik",
        "Berkas sertifikat (PEM) loket-public di PC ini; wajib bila melayani alamat selain 127.0.0.1",
        "",
        check=_existing_file,
    ),
    SettingDef(
        "public.tls_key",
        DEVICE,
        "Kunci TLS halaman publik",
        "Berkas kunci privat (PEM) sertifikat di atas",
        "",
        check=_existing_file,
    ),
]

from db.settings import message_settings  # noqa: E402 - its definitions use SettingDef from above

DEFINITIONS += message_settings.DEFINITIONS

BY_KEY: dict[str, SettingDef] = {definition.key: definition for definition in DEFINITIONS}


def definition(key: str) -> SettingDef:
    try:
        return BY_KEY[key]
    except KeyError:
        raise DomainError(f"Pengaturan '{key}' tidak dikenal. Lihat daftar dengan: loket-admin settings get") from None


def masked(value: str) -> str:
    """A secret as it may be shown back: enough to tell which token is set, never the token."""
    if not value:
        return "<tidak ada>"
    return "<rahasia: ****" + (value[-4:] if len(value) >= 12 else "") + ">"


def office_defaults() -> dict[str, str]:
    """The office identity taken from the seeds, written into a new database."""
    return {d.key: d.default for d in DEFINITIONS if d.scope == OFFICE and d.default}


def logo_from_file(path: str) -> str:
    """Read an image file into the stored (base64) form of office.logo; DomainError when it cannot be used."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(2_000_001)
    except OSError as error:
        raise DomainError(f"Berkas logo tidak dapat dibaca: {path} ({error.strerror}).") from error
    return BY_KEY["office.logo"].parse(base64.b64encode(data).decode("ascii"))
