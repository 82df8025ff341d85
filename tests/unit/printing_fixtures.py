"""Shared helpers for the printing tests: sample records, an ESC/POS reader and a TCP printer on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from io import BytesIO

from PIL import Image

from printing.records import (
    CheckedItem,
    OfficeHeader,
    ReceiptData,
    RequirementLine,
    RequirementListData,
    ReturnSlipData,
    TicketData,
    requirement_label,
)

ISSUED = datetime(2026, 11, 25, 9, 15)  # a Wednesday


def ticket(**changes) -> TicketData:
    values = dict(
        office_name="DPMPTSP Kabupaten Balangan",
        group_code="A",
        group_name="Perizinan Berusaha",
        service_name="Izin Usaha Mikro dan Kecil (IUMK) \u2014 perorangan",
        number="A-001",
        issued_at=ISSUED,
        people_ahead=4,
        estimated_wait_minutes=12,
        priority_label=None,
        qr_payload="LOKET|A-001|2026-11-25",
        motto="BERSAHA",
        motto_text="Bersih, Santun, Hangat dan Jelas",
        reprint=False,
    )
    values.update(changes)
    return TicketData(**values)


def office(logo: bytes | None = None) -> OfficeHeader:
    return OfficeHeader(
        government="Pemerintah Kabupaten Balangan",
        name="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        address="Jl. A. Yani Km.1 Paringin Kota, Kode Pos 71662",
        phone="(0526) 2028114",
        email="dpmptsp.balangan@gmail.com",
        website="dpmptsp.balangkab.go.id",
        logo_png=logo,
        motto="BERSAHA",
        motto_text="Bersih, Santun, Hangat dan Jelas",
    )


def png_logo() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (120, 150), (10, 80, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def requirement_list(count: int = 3, **changes) -> RequirementListData:
    requirements = [
        RequirementLine(
            f"Fotokopi dokumen pendukung nomor {index + 1} yang telah dilegalisir oleh pejabat berwenang",
            mandatory=index % 3 != 2,
            condition="pemohon berbentuk badan usaha" if index % 4 == 1 else None,
            children=[RequirementLine("Akta pendirian", level=1), RequirementLine("SK Kemenkumham", level=1)]
            if index == 0
            else [],
        )
        for index in range(count)
    ]
    values = dict(
        office_name="DPMPTSP Kabupaten Balangan",
        service_code="SIP-DRG",
        service_name="Surat Izin Praktik Dokter Gigi",
        requirements=requirements,
        variants=[("Perpanjangan izin", [RequirementLine("Surat izin praktik yang lama")])],
        sla_text="5 (lima) hari kerja",
        fee_text="Tidak dipungut biaya",
        product="Surat Izin Praktik (SIP)",
        printed_at=ISSUED,
        motto="BERSAHA",
    )
    values.update(changes)
    return RequirementListData(**values)


@dataclass
class Line:
    text: str
    width: int  # character width multiplier in force
    height: int
    bold: bool


@dataclass
class Receipt:
    lines: list[Line] = field(default_factory=list)
    qr_payloads: list[bytes] = field(default_factory=list)
    cuts: int = 0


_ONE_ARG = {b"t", b"a", b"E", b"d", b"M", b"-", b"!"}


def read_escpos(data: bytes) -> Receipt:
    """Split ESC/POS bytes into printed lines (with the size in force) and QR payloads; fail on unknown commands."""
    receipt, text, width, height, bold, i = Receipt(), bytearray(), 1, 1, False, 0
    while i < len(data):
        byte = data[i : i + 1]
        if byte == b"\x1b":
            command = data[i + 1 : i + 2]
            if command == b"@":
                width, height, bold, i = 1, 1, False, i + 2
                continue
            assert command in _ONE_ARG, f"unexpected ESC {command!r}"
            argument = data[i + 2]
            if command == b"!":
                width, height = (2 if argument & 0x20 else 1), (2 if argument & 0x10 else 1)
            elif command == b"E":
                bold = bool(argument)
            i += 3
        elif byte == b"\x1d":
            command = data[i + 1 : i + 2]
            if command == b"!":
                width, height, i = (data[i + 2] >> 4) + 1, (data[i + 2] & 0x0F) + 1, i + 3
            elif command == b"V":
                receipt.cuts += 1
                i += 4 if data[i + 2] in (65, 66) else 3
            elif command == b"(" and data[i + 2 : i + 3] == b"k":
                length = data[i + 3] + 256 * data[i + 4]
                body = data[i + 5 : i + 5 + length]
                if body[:3] == b"1P0":
                    receipt.qr_payloads.append(body[3:])
                i += 5 + length
            else:
                raise AssertionError(f"unexpected GS {command!r}")
        elif byte == b"\n":
            receipt.lines.append(Line(text.decode("cp437"), width, height, bold))
            text = bytearray()
            i += 1
        else:
            assert data[i] >= 0x20, f"control byte {data[i]:#x} in text"
            text += byte
            i += 1
    assert not text.strip(), f"text after the last line feed: {text!r}"
    return receipt


class PrinterServer:
    """A TCP 'printer' on 127.0.0.1 that stores what it receives and answers DLE EOT n status queries.

    status maps the query byte n (1 = online, 4 = paper) to the answer byte; a missing key means no answer.
    """

    def __init__(self, status: dict[int, int] | None = None) -> None:
        self.status = status or {}
        self.received = bytearray()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(10)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            connection, _ = self.listener.accept()
        except OSError:
            return
        with connection:
            connection.settimeout(10)
            while chunk := connection.recv(65536):
                self.received += chunk
                for query, answer in self.status.items():
                    if bytes([0x10, 0x04, query]) in chunk:
                        connection.sendall(bytes([answer]))

    def finish(self) -> bytes:
        """Wait until the client has closed its connection and return everything it sent."""
        self.thread.join(timeout=10)
        self.listener.close()
        assert not self.thread.is_alive(), "the client never closed its connection"
        return bytes(self.received)


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


CHECKED = datetime(2026, 11, 25, 10, 40)  # a Wednesday


def checked_items(count: int = 4) -> list[CheckedItem]:
    """A checklist as the officer found it: a. with two sub-items, then plain items; the last one not applicable."""
    items = [
        CheckedItem("a.", "Fotokopi KTP pemohon yang masih berlaku", "ada_sesuai"),
        CheckedItem("b.", "Dokumen badan usaha", "ada_sesuai"),
        CheckedItem("1)", "Akta pendirian perusahaan", "ada_sesuai", level=1),
        CheckedItem("2)", "SK pengesahan Kemenkumham", "tidak_berlaku", "pemohon perorangan", level=1),
    ]
    items += [
        CheckedItem(
            requirement_label(index, 0), f"Dokumen pendukung nomor {index + 1} yang telah dilegalisir", "ada_sesuai"
        )
        for index in range(2, count)
    ]
    return items


def receipt_data(**changes) -> ReceiptData:
    values = dict(
        registration_number="503/0001/DPMPTSP/XI/2026",
        applicant_name="Siti Rahmah",
        applicant_identity="NIK 6311015508900001",
        proxy_line=None,
        service_code="SIP-DRG",
        service_name="Surat Izin Praktik Dokter Gigi",
        variant="Izin baru",
        items=checked_items(),
        received_on=date(2026, 11, 25),
        due_on=date(2026, 12, 7),
        sla_text="8 hari kerja",
        officer_name="Ahmad Fauzi",
        counter_name="Loket 2",
        qr_payload="LOKET|BERKAS|503/0001/DPMPTSP/XI/2026",
        printed_at=CHECKED,
        reprint=False,
    )
    values.update(changes)
    return ReceiptData(**values)


def problems() -> list[CheckedItem]:
    return [
        CheckedItem("c.", "Surat keterangan sehat dari dokter", "tidak_ada", "belum dilampirkan"),
        CheckedItem("1)", "Pas foto 4x6 berlatar merah", "tidak_sesuai", "latar foto biru, bukan merah", level=1),
        CheckedItem("e.", "Fotokopi STR yang dilegalisir", "tidak_sesuai", "masa berlaku STR sudah habis"),
    ]


def return_slip_data(**changes) -> ReturnSlipData:
    values = dict(
        slip_number="KB/2026/11/0007",
        applicant_name="Siti Rahmah",
        applicant_identity="NIK 6311015508900001",
        service_code="SIP-DRG",
        service_name="Surat Izin Praktik Dokter Gigi",
        variant=None,
        problems=problems(),
        officer_name="Ahmad Fauzi",
        counter_name="Loket 2",
        checked_at=CHECKED,
        printed_at=CHECKED,
        reprint=False,
    )
    values.update(changes)
    return ReturnSlipData(**values)


# Appended with the decree and handover fixtures; the import block above is left as it was.
from printing.records import DecreeData, DecreeSigner, HandoverData  # noqa: E402

SIGNED_ON = date(2026, 11, 25)
# A verification payload of the length the signing service produces: document id, content hash and signature.
DECREE_QR = (
    "https://loket.balangankab.go.id/verifikasi?sk=503%2F0001%2FSK%2FDPMPTSP%2FXI%2F2026"
    "&sha256=9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8"
    "&sig=MEUCIQD3k9Zx1pQ7v2R8tY6wL0aB4cE5fG7hJ9kM1nP3qS5uVwIgX2yZ4a6C8e0G2i4K6m8O0q2S4u6W8y0A2c4E6g8I0k="
)


def decree_signer() -> DecreeSigner:
    return DecreeSigner(
        title="Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Balangan",
        name="H. ABIJI, S.Pd, M.AP",
        rank="Pembina Utama Muda",
        nip="19690813 199412 1 002",
    )


def legal_basis(count: int = 4) -> list[str]:
    laws = [
        "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, "
        "terakhir dengan Undang-Undang Nomor 6 Tahun 2023",
        "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
        "Peraturan Bupati Balangan Nomor 16 Tahun 2021 tentang Standar Operasional Prosedur Penyelenggaraan "
        "Pelayanan Perizinan dan Nonperizinan",
    ]
    laws += [
        f"Peraturan Menteri Kesehatan Nomor {index} Tahun 2020 tentang ketentuan teknis penyelenggaraan pelayanan "
        "kefarmasian di apotek, termasuk standar sarana, prasarana dan ketenagaan"
        for index in range(5, count + 1)
    ]
    return laws[:count]


def decree_data(**changes) -> DecreeData:
    values = dict(
        decree_number="503/0001/SK/DPMPTSP/XI/2026",
        registration_number="503/0001/DPMPTSP/XI/2026",
        title="IZIN APOTEK",
        considerations=[
            "bahwa Saudari Siti Aminah telah mengajukan permohonan Izin Apotek dengan berkas persyaratan yang "
            "lengkap dan benar;",
            "bahwa berdasarkan rekomendasi Dinas Kesehatan Kabupaten Balangan, permohonan tersebut memenuhi "
            "persyaratan teknis;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
            "Keputusan Kepala Dinas tentang Izin Apotek;",
        ],
        legal_basis=legal_basis(),
        decisions=[
            ("KESATU", "Memberikan Izin Apotek kepada:"),
            ("KEDUA", "Izin ini berlaku selama apotek masih beroperasi dan memenuhi ketentuan yang berlaku."),
            ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
        ],
        holder=[
            ("Nama", "Siti Aminah"),
            ("NIK", "6311015508900001"),
            ("Alamat", "Jl. Ahmad Yani No. 5, Paringin, Kabupaten Balangan"),
            ("Nama apotek", "Apotek Sehat Sentosa"),
        ],
        terms=[
            "Wajib mempekerjakan apoteker penanggung jawab yang memiliki surat izin praktik.",
            "Wajib melaporkan kegiatan pelayanan kefarmasian setiap 6 (enam) bulan.",
        ],
        city="Paringin",
        signed_on=SIGNED_ON,
        signer=decree_signer(),
        qr_payload=DECREE_QR,
        copy=False,
        withdrawn_note=None,
    )
    values.update(changes)
    return DecreeData(**values)


HANDED = datetime(2026, 12, 2, 14, 5)  # a Wednesday


def handover_data(**changes) -> HandoverData:
    values = dict(
        receipt_number="SER/2026/11/0001",
        registration_number="503/0001/DPMPTSP/XI/2026",
        applicant_name="Siti Aminah",
        applicant_identity="NIK 6311015508900001",
        service_name="Izin Apotek",
        decree_number="503/0001/SK/DPMPTSP/XI/2026",
        decree_date=SIGNED_ON,
        recipient_name="Budi Santoso",
        recipient_identity="NIK 6311010101850003",
        recipient_role="Kuasa pemohon (surat kuasa: 12/SK/XI/2026)",
        officer_name="Ahmad Fauzi",
        handed_at=HANDED,
        printed_at=HANDED,
        copy=False,
    )
    values.update(changes)
    return HandoverData(**values)
