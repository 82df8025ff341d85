"""Pendaftaran Berkas: the applicant, the service, the checklist marked from the keyboard, then register or return.

Keys in the checklist: 1 ada dan sesuai, 2 ada tetapi tidak sesuai (asks the reason), 3 tidak ada, 4 tidak berlaku,
Ctrl+Shift+A marks every remaining item "ada dan sesuai", Ctrl+Enter submits.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.core.errors import DomainError
from db.core.validators import format_phone, messaging_number, typed_identifier
from db.intake.applicants import ApplicantInfo, BusinessInput, PersonInput
from db.intake.checklist import ApplicantFacts
from db.intake.registration import CheckOutcome, ProxyInput, RecommendationInput, needs_recommendation
from desktop.context import ScreenContext
from desktop.intake_documents import print_outcome
from desktop.screens.checklist_model import ChecklistModel
from desktop.screens.payment_slip import ask_payment_slip
from desktop.widgets import MessageBanner, office_today

KEYS = {
    Qt.Key.Key_1: "ada_sesuai",
    Qt.Key.Key_2: "tidak_sesuai",
    Qt.Key.Key_3: "tidak_ada",
    Qt.Key.Key_4: "tidak_berlaku",
}


class IntakeScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("intake_screen")
        self.context = context
        self.applicant: ApplicantInfo | None = None
        self.entry = None
        self.ticket = None
        self.outcome: CheckOutcome | None = None
        self.banner = MessageBanner()
        self.banner.reserve_space()  # a message must not move the buttons above it
        layout = QVBoxLayout(self)
        layout.addWidget(self._applicant_box())
        layout.addWidget(self._service_box())
        self.recommendation_box = self._recommendation_box()
        layout.addWidget(self.recommendation_box)
        self.model = ChecklistModel(self)
        self.table = QTableView()
        self.table.setObjectName("checklist")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.decision = QLabel()
        self.decision.setObjectName("decision")
        layout.addWidget(self.decision)
        buttons = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Semua sisa &ada dan sesuai (Ctrl+Shift+A)"))
        self.all_button.clicked.connect(self.mark_remaining)
        self.submit_button = QPushButton(self.tr("&Simpan hasil periksa (Ctrl+Enter)"))
        self.submit_button.setObjectName("submit")
        self.submit_button.clicked.connect(self.submit)
        self.reprint_button = QPushButton(self.tr("Cetak &ulang"))
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(lambda: self._print(True))
        self.new_button = QPushButton(self.tr("Berkas &baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.reset)
        for button in (self.all_button, self.submit_button, self.reprint_button, self.new_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.mark_remaining)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.submit)
        QShortcut(QKeySequence("Ctrl+N"), self, self.reset)
        self.model.dataChanged.connect(self._show_decision)
        self.model.modelReset.connect(self._show_decision)
        self._show_decision()
        self.context.runner.run(self._load_services, self._services_loaded, self.banner.show_error, owner=self)

    # -- applicant ---------------------------------------------------------------------------------------------
    def _applicant_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pemohon"))
        form = self.applicant_form = QFormLayout(box)
        self.ticket_label = QLabel(self.tr("(tanpa nomor antrian)"))
        self.lookup = QLineEdit()
        self.lookup.setObjectName("lookup")
        self.lookup.setPlaceholderText(self.tr("NIK atau NIB, lalu Enter"))
        self.lookup.returnPressed.connect(self.find_applicant)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Perorangan"), "person")
        self.kind.addItem(self.tr("Badan usaha"), "business")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.fields: dict[str, QLineEdit] = {}
        row = QHBoxLayout()
        for key, placeholder in [
            ("nik", self.tr("NIK")),
            ("name", self.tr("Nama lengkap")),
            ("birth_place", self.tr("Tempat lahir")),
            ("phone", self.tr("Telepon")),
            ("email", self.tr("Email")),
        ]:
            self.fields[key] = self._field(key, placeholder, row)
        business = QHBoxLayout()
        for key, placeholder in [
            ("nib", self.tr("NIB")),
            ("company", self.tr("Nama badan usaha")),
            ("npwp", self.tr("NPWP")),
        ]:
            self.fields[key] = self._field(key, placeholder, business)
        self.fields["address"] = QLineEdit()
        self.fields["address"].setObjectName("address")
        self.fields["address"].setPlaceholderText(self.tr("Alamat"))
        self.business_row = QWidget()
        self.business_row.setLayout(business)
        self.save_applicant_button = QPushButton(self.tr("Simpan &pemohon"))
        self.save_applicant_button.clicked.connect(self.save_applicant)
        self.proxy = QGroupBox(self.tr("Dikuasakan (dengan surat kuasa)"))
        self.proxy.setCheckable(True)
        self.proxy.setChecked(False)
        self.proxy.toggled.connect(self._update_facts)
        proxy_row = QHBoxLayout(self.proxy)
        self.proxy_fields = {}
        for key, placeholder in [
            ("name", self.tr("Nama penerima kuasa")),
            ("nik", self.tr("NIK penerima kuasa")),
            ("letter", self.tr("Surat kuasa (nomor/tanggal)")),
        ]:
            self.proxy_fields[key] = self._field(f"proxy_{key}", placeholder, proxy_row)
        # the proxy's fields only once the box is ticked: a 1366x768 counter screen keeps room for the checklist
        for field in self.proxy_fields.values():
            field.setVisible(False)
            self.proxy.toggled.connect(field.setVisible)
        self.proxy.setFlat(True)  # no empty frame while nobody is represented
        self.proxy.toggled.connect(lambda ticked: self._show_proxy(proxy_row, ticked))
        self._show_proxy(proxy_row, False)
        self.applicant_label = QLabel(self.tr("Belum ada pemohon."))
        self.applicant_label.setObjectName("applicant_label")
        self.decline_messages = QCheckBox(self.tr("Pemohon &tidak ingin menerima SMS/WhatsApp tentang berkas ini"))
        self.decline_messages.setObjectName("decline_messages")
        self.decline_messages.toggled.connect(self._show_messaging)
        self.messaging = QLabel()
        self.messaging.setObjectName("messaging")
        form.addRow(self.tr("Antrian"), self.ticket_label)
        form.addRow(self.tr("&Cari"), self.lookup)
        form.addRow(self.tr("Jenis"), self.kind)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow(self.tr("Orang"), holder)
        form.addRow(self.tr("Usaha"), self.business_row)
        address_row = QHBoxLayout()  # the button beside the address: one row less on a 768-pixel screen
        address_row.addWidget(self.fields["address"], 1)
        address_row.addWidget(self.save_applicant_button)
        form.addRow(self.tr("Alamat"), address_row)
        form.addRow("", self.proxy)
        form.addRow(self.tr("Terpilih"), self.applicant_label)
        form.addRow(self.tr("Pesan"), self.decline_messages)
        form.addRow("", self.messaging)
        self._kind_changed()
        self._show_messaging()
        return box

    def _show_proxy(self, row: QHBoxLayout, ticked: bool) -> None:
        self.proxy.setFlat(not ticked)
        margin = 9 if ticked else 0
        row.setContentsMargins(margin, margin, margin, margin)

    def _field(self, key: str, placeholder: str, row: QHBoxLayout) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(key)
        field.setPlaceholderText(placeholder)
        row.addWidget(field)
        return field

    def _kind_changed(self) -> None:
        self.applicant_form.setRowVisible(self.business_row, self.kind.currentData() == "business")

    def find_applicant(self) -> None:
        identifier, actor = self.lookup.text(), self.context.actor
        self.context.runner.run(
            lambda: self.context.services.applicants.find(identifier, actor),
            self._found,
            self.banner.show_error,
            owner=self,
        )

    def _found(self, applicant: ApplicantInfo | None) -> None:
        if applicant is None:
            typed = typed_identifier(self.lookup.text())
            self.kind.setCurrentIndex(self.kind.findData(typed.kind))
            self.fields["nib" if typed.kind == "business" else "nik"].setText(typed.digits)
            self.banner.show_info(self.tr("Pemohon baru: lengkapi data lalu simpan."))
            return
        self._fill_form(applicant)
        self._use_applicant(applicant)
        self.banner.show_info(
            self.tr("Pemohon lama ditemukan: periksa telepon dan alamat; bila berubah, ubah lalu Simpan pemohon.")
        )

    def _fill_form(self, applicant: ApplicantInfo) -> None:
        """A returning applicant's data on the form, so phone and address can be checked and updated."""
        business = applicant.kind == "business"
        self.kind.setCurrentIndex(1 if business else 0)
        values = {
            "nik": applicant.nik or "",
            "name": (applicant.contact_name or "") if business else applicant.name,
            "birth_place": applicant.birth_place or "",
            "phone": applicant.phone or "",
            "email": applicant.email or "",
            "nib": applicant.nib or "",
            "company": applicant.name if business else "",
            "npwp": applicant.npwp or "",
            "address": applicant.address or "",
        }
        for key, value in values.items():
            self.fields[key].setText(value)

    def save_applicant(self) -> None:
        f = {key: field.text() for key, field in self.fields.items()}
        person = PersonInput(f["nik"], f["name"], f["birth_place"], None, f["address"], f["phone"], f["email"])
        applicants, actor = self.context.services.applicants, self.context.actor
        # in a hall of several agencies the applicant goes on the register of the agency serving the chosen service
        agency = self._chosen_agency()
        if self.kind.currentData() == "business":
            business = BusinessInput(f["nib"], f["company"], f["npwp"], f["address"], person)
            operation = lambda: applicants.save_business(actor, business, agency)  # noqa: E731
        else:
            operation = lambda: applicants.save_person(actor, person, agency)  # noqa: E731
        self.context.runner.run(operation, self._saved_applicant, self.banner.show_error, owner=self)

    def _saved_applicant(self, applicant: ApplicantInfo) -> None:
        self._use_applicant(applicant)
        self.banner.show_info(self.tr("Data pemohon disimpan."))

    def _use_applicant(self, applicant: ApplicantInfo) -> None:
        self.applicant = applicant
        self._update_facts()
        contact = f" — {applicant.contact_name}" if applicant.contact_name else ""
        self.applicant_label.setText(f"<b>{applicant.name}</b> · {applicant.identity}{contact}")
        self._show_messaging()
        self.service.setFocus()

    def _show_messaging(self, *_args) -> None:
        """Where this file's SMS/WhatsApp will go (the SK signed, the file returned or rejected), or why none will."""
        if self.decline_messages.isChecked():
            self.messaging.setText(self.tr("Pemohon menolak pesan: tidak ada SMS/WhatsApp tentang berkas ini."))
            return
        if self.applicant is None:
            self.messaging.setText("")
            return
        phone = self.applicant.phone or self.applicant.contact_phone
        if not phone:
            self.messaging.setText(self.tr("Tanpa nomor HP: tidak ada pesan. Isi Telepon lalu Simpan pemohon."))
            return
        try:
            messaging_number(phone)
        except DomainError:
            self.messaging.setText(
                self.tr("{phone} bukan nomor HP: tidak ada pesan.").format(phone=format_phone(phone))
            )
            return
        self.messaging.setText(
            self.tr("Pesan SMS/WhatsApp tentang berkas ini dikirim ke {phone}.").format(phone=format_phone(phone))
        )

    def _update_facts(self, *_args) -> None:
        """Items for a legal entity or for a proxy follow the chosen applicant and the proxy box."""
        facts = None
        if self.applicant is not None:
            facts = ApplicantFacts(legal_entity=self.applicant.kind == "business", represented=self.proxy.isChecked())
        self.model.set_facts(facts)

    # -- service -------------------------------------------------------------------------------------------------
    def _recommendation_box(self) -> QGroupBox:
        """Where the SOP has the front office receive the file "lengkap dengan rekomendasi": the SKPD Teknis's
        letter, so the report shows the technical agency's days beside the office's."""
        box = QGroupBox(self.tr("Rekomendasi SKPD Teknis"))
        box.setObjectName("recommendation")
        grid = QGridLayout(box)  # two rows: a 1366-pixel counter screen holds it beside the sidebar
        self.recommendation_number = QLineEdit()
        self.recommendation_number.setObjectName("recommendation_number")
        self.recommendation_number.setPlaceholderText(self.tr("Nomor surat rekomendasi"))
        today = office_today(self.context.services)
        self.recommendation_received = QDateEdit(today)
        self.recommendation_received.setObjectName("recommendation_received")
        self.recommendation_issued = QDateEdit(today)
        self.recommendation_issued.setObjectName("recommendation_issued")
        number_label = QLabel(self.tr("Nomor rek&omendasi"))
        number_label.setBuddy(self.recommendation_number)
        grid.addWidget(number_label, 0, 0)
        grid.addWidget(self.recommendation_number, 0, 1, 1, 3)
        for column, (label, edit) in enumerate(
            [
                (self.tr("Berkas diterima SKPD"), self.recommendation_received),
                (self.tr("Tanggal rekomendasi"), self.recommendation_issued),
            ]
        ):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
            grid.addWidget(QLabel(label), 1, column * 2)
            grid.addWidget(edit, 1, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        box.hide()
        return box

    def recommendation(self) -> RecommendationInput | None:
        if self.recommendation_box.isHidden() or not self.recommendation_number.text().strip():
            return None
        return RecommendationInput(
            self.recommendation_number.text(),
            self.recommendation_received.date().toPython(),
            self.recommendation_issued.date().toPython(),
        )

    def _service_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Layanan"))
        row = QHBoxLayout(box)
        self.service = QLineEdit()
        self.service.setObjectName("service")
        self.service.setPlaceholderText(self.tr("Ketik nama layanan..."))
        self.variant = QComboBox()
        self.variant.setObjectName("variant")
        self.variant.setMinimumWidth(260)
        self.load_button = QPushButton(self.tr("&Muat daftar periksa"))
        self.load_button.clicked.connect(self.load_checklist)
        # The hall's own staff in a hall of several agencies: whose register a hall-wide service's applicant goes on
        # (a service of one agency decides it itself, shown here).
        self.agency_label = QLabel(self.tr("&Instansi:"))
        self.agency = QComboBox()
        self.agency.setObjectName("agency")
        self.agency_label.setBuddy(self.agency)
        self.agency_label.setVisible(False)
        self.agency.setVisible(False)
        row.addWidget(self.service, 2)
        row.addWidget(self.variant, 1)
        row.addWidget(self.agency_label)
        row.addWidget(self.agency, 1)
        row.addWidget(self.load_button)
        return box

    def _chosen_agency(self):
        """The agency the file and its applicant go to: the service's own, else the one picked (None: the
        service decides, or the officer's own agency)."""
        if self.entry is not None and self.entry.agency_id is not None:
            return self.entry.agency_id
        picked = self.agency.currentData() if self.agency.count() else None
        return uuid.UUID(picked) if picked else None

    def _show_service_agency(self) -> None:
        if not self.agency.count():
            return
        own = self.entry.agency_id if self.entry is not None else None
        if own is not None:
            index = self.agency.findData(str(own))
            self.agency.setCurrentIndex(max(index, 0))
        self.agency.setEnabled(own is None)

    def _load_services(self):
        services = self.context.services
        number = self.context.counter_number
        ticket = services.queue_views.current_ticket(number) if number else None
        offered = services.agencies.offered_codes(self.context.actor)  # an agency's officer: its services only
        hits = services.catalog.search("", limit=10_000)
        agencies = services.agencies.list() if offered is None else []
        return [hit for hit in hits if offered is None or hit.code in offered], ticket, agencies

    def _services_loaded(self, loaded) -> None:
        hits, self.ticket, agencies = loaded
        self.agency.clear()
        if len(agencies) > 1:
            self.agency.addItem(self.tr("— pilih instansi —"), None)
            for agency in agencies:
                self.agency.addItem(agency.short_name, str(agency.id))  # text: Qt finds it again by value
        self.agency.setEnabled(True)
        self.agency_label.setVisible(bool(self.agency.count()))
        self.agency.setVisible(bool(self.agency.count()))
        self.service_codes = {f"{hit.name} ({hit.code})": hit.code for hit in hits}
        completer = QCompleter(list(self.service_codes))
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda _text: self.load_checklist())
        self.service.setCompleter(completer)
        self.service.returnPressed.connect(self.load_checklist)
        if self.ticket:
            self.ticket_label.setText(self.tr("{label} (sedang dilayani di loket ini)").format(label=self.ticket.label))
            if self.ticket.service_code:
                name = next((k for k, v in self.service_codes.items() if v == self.ticket.service_code), "")
                self.service.setText(name)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The ticket called at this counter since the screen was built belongs to the next file."""
        super().showEvent(event)
        number = self.context.counter_number
        if number and self.applicant is None and hasattr(self, "service_codes"):
            queue_views = self.context.services.queue_views
            self.context.runner.run(lambda: queue_views.current_ticket(number), self._ticket_loaded, owner=self)

    def _ticket_loaded(self, ticket) -> None:
        self.ticket = ticket
        if ticket is None:
            self.ticket_label.setText(self.tr("(tanpa nomor antrian)"))
            return
        self.ticket_label.setText(self.tr("{label} (sedang dilayani di loket ini)").format(label=ticket.label))
        if ticket.service_code and not self.service.text():
            self.service.setText(next((k for k, v in self.service_codes.items() if v == ticket.service_code), ""))

    def _chosen_code(self) -> str | None:
        text = self.service.text().strip()
        if text in self.service_codes:
            return self.service_codes[text]
        upper = text.upper()
        return upper if upper in self.service_codes.values() else None

    def load_checklist(self) -> None:
        code = self._chosen_code()
        if code is None:
            self.banner.show_error(self.tr("Pilih layanan dari daftar saran."))
            return
        variant = self.variant.currentData() if self.entry and self.entry.service.code == code else None
        intake = self.context.services.intake

        def load():
            entry = self.context.services.catalog.get(code)
            chosen = variant or (entry.service.variants[0].name if entry.service.variants else None)
            return intake.checklist(code, chosen), chosen

        self.context.runner.run(load, self._checklist_loaded, self.banner.show_error, owner=self)

    def _checklist_loaded(self, loaded) -> None:
        (entry, items), chosen = loaded
        first_load = self.entry is None or self.entry.service.code != entry.service.code
        self.entry = entry
        if first_load:
            self.variant.blockSignals(True)
            self.variant.clear()
            for variant in entry.service.variants:
                self.variant.addItem(variant.name, variant.name)
            self.variant.setEnabled(bool(entry.service.variants))
            self.variant.blockSignals(False)
            self.variant.currentIndexChanged.connect(self.load_checklist)
        self.model.load(items)
        self._show_service_agency()
        self.recommendation_box.setVisible(needs_recommendation(entry.service))
        self.outcome = None
        self.reprint_button.setEnabled(False)
        self.table.setFocus()
        self.table.selectRow(0)
        sla = entry.service.sla_text or "-"
        self.banner.show_info(
            self.tr("{name}: {count} butir. Jangka waktu: {sla}.").format(
                name=entry.service.name, count=sum(1 for i in items if not i.heading), sla=sla
            )
        )

    # -- marking -------------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() in KEYS:
            row = self.table.currentIndex().row()
            if row >= 0:
                self.mark_row(row, KEYS[event.key()])
            return True
        return super().eventFilter(watched, event)

    def mark_row(self, row: int, status: str, reason: str | None = None) -> None:
        item = self.model.items[row]
        if status == "tidak_sesuai" and reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Tidak sesuai"), self.tr("Mengapa {label} tidak sesuai?").format(label=item.label)
            )
            if not ok or not reason.strip():
                return
        payment = None
        if status == "ada_sesuai" and item.evidence == "bukti_setor":
            payment = ask_payment_slip(self, item.label)
            if payment is None:
                return
        if not self.model.mark(row, status, reason, payment):
            self.banner.show_error(
                self.tr("Butir {label} wajib (atau judul kelompok); tidak dapat diberi tanda itu.").format(
                    label=item.label
                )
            )
            return
        following = row + 1
        while following < self.model.rowCount() and not self.model.items[following].markable:
            following += 1
        if following < self.model.rowCount():
            self.table.selectRow(following)

    def mark_remaining(self) -> None:
        self.model.mark_remaining()

    def _show_decision(self, *_args) -> None:
        if not self.model.items:
            self.decision.setText(self.tr("Pilih pemohon dan layanan, lalu periksa berkas."))
            return
        decision = self.model.decision()
        if decision.complete:
            self.decision.setText(self.tr("<b style='color:#1b5e20'>LENGKAP</b> — berkas dapat didaftarkan."))
            self.submit_button.setText(self.tr("&Daftarkan dan cetak tanda terima (Ctrl+Enter)"))
        else:
            self.decision.setText(
                self.tr(
                    "<b style='color:#a40000'>BELUM LENGKAP</b> — {problems} bermasalah, {unmarked} belum diperiksa."
                ).format(problems=len(decision.problems), unmarked=len(decision.unmarked))
            )
            self.submit_button.setText(self.tr("&Kembalikan berkas dan cetak surat (Ctrl+Enter)"))

    # -- submitting ----------------------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.applicant is None or self.entry is None:
            self.banner.show_error(self.tr("Pilih pemohon dan layanan lebih dulu."))
            return
        proxy = None
        if self.proxy.isChecked():
            proxy = ProxyInput(*(self.proxy_fields[key].text() for key in ("name", "nik", "letter")))
        intake, actor = self.context.services.intake, self.context.actor
        applicant_id, revision_id = self.applicant.id, self.entry.revision_id
        variant = self.variant.currentData() if self.entry.service.variants else None
        marks, ticket_id = dict(self.model.marks), self.ticket.id if self.ticket else None
        recommendation = self.recommendation()
        declined = self.decline_messages.isChecked()
        self.submit_button.setEnabled(False)

        def failed(message: str) -> None:
            self.submit_button.setEnabled(True)
            self.banner.show_error(message)

        self.context.runner.run(
            lambda: intake.submit(
                actor, applicant_id, revision_id, variant, marks, ticket_id, proxy, recommendation, declined
            ),
            self._submitted,
            failed,
            owner=self,
        )

    def _submitted(self, outcome: CheckOutcome) -> None:
        self.submit_button.setEnabled(True)
        self.outcome = outcome
        self.reprint_button.setEnabled(True)
        if outcome.complete:
            self.banner.show_info(
                self.tr("Terdaftar dengan nomor {number}. Mencetak tanda terima...").format(
                    number=outcome.registration_number
                )
            )
        else:
            self.banner.show_info(
                self.tr("Berkas dikembalikan ({slip}). Mencetak surat pengembalian...").format(slip=outcome.slip_number)
            )
        self._print(False)

    def _print(self, reprint: bool) -> None:
        if self.outcome is not None:
            outcome = self.outcome  # the file printed, even if the officer starts the next one meanwhile (Ctrl+N)
            print_outcome(
                self.context,
                outcome,
                reprint,
                lambda result: self._printed(outcome, result),
                self.banner.show_error,
                self,
            )

    def _printed(self, outcome: CheckOutcome, result) -> None:
        printed, pdf_path = result
        what = outcome.registration_number or outcome.slip_number
        if printed.state == "printed":
            self.banner.show_info(
                self.tr("{what}: tercetak; PDF diarsipkan di {path}.").format(what=what, path=pdf_path)
            )
        else:
            self.banner.show_error(
                self.tr("{what}: tidak tercetak ({reason}); PDF diarsipkan di {path}.").format(
                    what=what, reason=printed.message, path=pdf_path
                )
            )

    def reset(self) -> None:
        """Ready for the next file: nothing of the previous applicant stays on screen."""
        self.applicant = self.entry = self.outcome = None
        self.model.set_facts(None)
        for field in (*self.fields.values(), *self.proxy_fields.values(), self.lookup, self.service):
            field.clear()
        self.proxy.setChecked(False)
        self.decline_messages.setChecked(False)
        self._show_messaging()
        self.recommendation_number.clear()
        self.recommendation_box.hide()
        self.variant.clear()
        self.model.load([])
        self.applicant_label.setText(self.tr("Belum ada pemohon."))
        self.reprint_button.setEnabled(False)
        self.banner.clear_message()
        self.lookup.setFocus()
        self.context.runner.run(self._load_services, self._services_loaded, self.banner.show_error, owner=self)
