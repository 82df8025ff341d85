"""Settings of the messages to applicants: the gateway (URL, token, request shape) and one template per event.

Every office-wide: one gateway account serves the whole hall, and the CLI's `messages send` (a server's cron) reads
the same values as the app. The token is a secret: audited as changed, shown only by its last characters.
"""

from __future__ import annotations

import re
import string
from urllib.parse import urlsplit

from db.settings.registry import OFFICE, SettingDef

GATEWAY_FORMATS = {
    "form": "POST formulir (application/x-www-form-urlencoded), mis. Fonnte, Wablas",
    "json": "POST JSON",
    "query": "GET dengan parameter di alamat",
}
REQUEST_FIELDS = ("nomor", "pesan", "kunci", "token")  # {kunci}: the message's idempotency key
# What each template may use; {tautan} is the file's public page once the office has one (empty until then).
TEMPLATE_FIELDS = {
    "signed": ("nama", "layanan", "nomor", "kantor", "tautan"),
    "returned": ("nama", "layanan", "nomor", "kantor", "kekurangan", "tautan"),
    "rejected": ("nama", "layanan", "nomor", "kantor", "alasan", "nomor_surat", "tautan"),
}
DEFAULT_TEMPLATES = {
    "signed": (
        "Yth. {nama}, SK {layanan} dengan nomor pendaftaran {nomor} sudah ditandatangani dan siap diambil di "
        "{kantor}. Bawa tanda terima berkas dan KTP asli; bila diwakilkan, surat kuasa dan KTP penerima kuasa. "
        "{tautan}"
    ),
    "returned": (
        "Yth. {nama}, berkas {layanan} dikembalikan karena belum lengkap (surat pengembalian {nomor}). "
        "Yang perlu dilengkapi: {kekurangan}. Silakan datang kembali ke {kantor}. {tautan}"
    ),
    "rejected": (
        "Yth. {nama}, permohonan {layanan} dengan nomor pendaftaran {nomor} tidak dapat disetujui. Alasan: "
        "{alasan}. Surat penolakan {nomor_surat} dapat diambil di {kantor}. {tautan}"
    ),
}
EVENT_NAMES = {"signed": "SK ditandatangani", "returned": "berkas dikembalikan", "rejected": "permohonan ditolak"}
TEMPLATE_MAX = 1000


def _gateway_url(value: str) -> str:
    if not value:
        return ""  # no gateway: the officer sends each message by hand through a click-to-chat link
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("tulis alamat lengkap, mis. https://api.fonnte.com/send")
    return value


def _placeholders(value: str) -> set[str]:
    try:
        return {name for _text, name, _spec, _conv in string.Formatter().parse(value) if name is not None}
    except ValueError as error:
        raise ValueError(f"kurung kurawal tidak berpasangan ({error})") from None


def _known(value: str, allowed: tuple[str, ...]) -> str:
    unknown = sorted(_placeholders(value) - set(allowed))
    if unknown:
        fields = ", ".join("{" + name + "}" for name in allowed)
        raise ValueError(f"kolom {{{unknown[0]}}} tidak dikenal; kolom yang dapat dipakai: {fields}")
    return value


def _request_fields(value: str) -> str:
    """key=value pairs joined by &, as in a query string: target={nomor}&message={pesan}."""
    pairs = [pair for pair in value.split("&") if pair.strip()]
    if not pairs or any("=" not in pair or not pair.split("=", 1)[0].strip() for pair in pairs):
        raise ValueError("tulis pasangan nama=nilai dipisah &, mis. target={nomor}&message={pesan}")
    _known(value, REQUEST_FIELDS)
    if not {"nomor", "pesan"} <= _placeholders(value):
        raise ValueError("harus memuat {nomor} dan {pesan}")
    return "&".join(pair.strip() for pair in pairs)


def _auth_header(value: str) -> str:
    if not value:
        return ""
    if not re.fullmatch(r"[A-Za-z0-9-]+:\s*\S.*", value):
        raise ValueError("tulis Nama-Header: nilai, mis. Authorization: {token} atau Authorization: Bearer {token}")
    return _known(value, ("token",))


def _template(event: str):
    def check(value: str) -> str:
        if not value:
            raise ValueError("tidak boleh kosong")
        if len(value) > TEMPLATE_MAX:
            raise ValueError(f"paling panjang {TEMPLATE_MAX} karakter")
        return _known(value, TEMPLATE_FIELDS[event])

    return check


def _range(low: int, high: int):
    def check(value: str) -> str:
        if not value.isdigit() or not low <= int(value) <= high:
            raise ValueError(f"harus bilangan bulat {low} sampai {high}")
        return str(int(value))

    return check


def _yes_no(value: str) -> str:
    if value not in ("ya", "tidak"):
        raise ValueError("isi ya atau tidak")
    return value


DEFINITIONS: list[SettingDef] = [
    SettingDef(
        "messages.enabled",
        OFFICE,
        "Pesan ke pemohon",
        "ya: pemohon mendapat SMS/WhatsApp saat SK ditandatangani, berkas dikembalikan atau permohonan ditolak "
        "(kecuali yang menolaknya saat pendaftaran)",
        "ya",
        check=_yes_no,
    ),
    SettingDef(
        "messages.gateway.url",
        OFFICE,
        "Alamat gateway SMS/WhatsApp",
        "Alamat API pengirim pesan, mis. https://api.fonnte.com/send (kosong = petugas mengirim sendiri lewat "
        "tautan wa.me di layar berkas)",
        "",
        check=_gateway_url,
    ),
    SettingDef(
        "messages.gateway.token",
        OFFICE,
        "Token gateway",
        "Token API dari penyedia gateway (rahasia: tidak pernah dicatat atau ditampilkan utuh)",
        "",
        secret=True,
    ),
    SettingDef(
        "messages.gateway.format",
        OFFICE,
        "Bentuk permintaan gateway",
        "form: POST formulir; json: POST JSON; query: GET dengan parameter di alamat",
        "form",
        choices=GATEWAY_FORMATS,
    ),
    SettingDef(
        "messages.gateway.fields",
        OFFICE,
        "Isi permintaan gateway",
        "Pasangan nama=nilai dipisah &; kolom: {nomor} (628...), {pesan}, {kunci} (kunci unik pesan), {token}",
        "target={nomor}&message={pesan}",
        check=_request_fields,
    ),
    SettingDef(
        "messages.gateway.auth_header",
        OFFICE,
        "Header otorisasi gateway",
        "Header yang membawa token, mis. Authorization: {token} (kosong = tanpa header)",
        "Authorization: {token}",
        check=_auth_header,
    ),
    SettingDef(
        "messages.gateway.timeout",
        OFFICE,
        "Batas waktu gateway (detik)",
        "Berapa lama menunggu jawaban gateway untuk satu pesan",
        "15",
        check=_range(1, 120),
    ),
    SettingDef(
        "messages.gateway.idempotent",
        OFFICE,
        "Gateway menolak kiriman ganda",
        "ya: gateway mengabaikan permintaan kedua dengan header Idempotency-Key yang sama, sehingga kiriman yang "
        "hasilnya tidak pasti (waktu habis, sambungan putus) diulang otomatis; tidak: kiriman seperti itu ditandai "
        "'perlu dicek' dan hanya diulang oleh petugas, agar pemohon tidak menerima pesan dua kali",
        "tidak",
        check=_yes_no,
    ),
    SettingDef(
        "messages.max_attempts",
        OFFICE,
        "Percobaan kirim paling banyak",
        "Setelah sekian kali gagal, pesan berhenti dicoba dan ditandai gagal (jeda antarpercobaan 1, 2, 4, ... "
        "menit, paling lama 1 jam)",
        "6",
        check=_range(1, 20),
    ),
    *[
        SettingDef(
            f"messages.template.{event}",
            OFFICE,
            f"Templat pesan: {EVENT_NAMES[event]}",
            "Kolom: " + ", ".join("{" + name + "}" for name in TEMPLATE_FIELDS[event]),
            DEFAULT_TEMPLATES[event],
            check=_template(event),
        )
        for event in TEMPLATE_FIELDS
    ],
]
