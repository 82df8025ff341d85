"""Permohonan: every registered application, the files waiting for the signed-in role first, then the most urgent;
its steps, history and scans; the action of its current step named after that step ("Paraf Kasi", "Tandatangani
SK"). The list refreshes itself when shown, as the search is typed, after every action and every half minute."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.intake.tracking import STATUS_LABELS, ApplicationInfo
from db.lifecycle import roles
from desktop.context import ScreenContext
from desktop.screens import chat_link, decree_actions
from desktop.screens.applications_model import ApplicationsModel
from desktop.widgets import MessageBanner, office_today

REFRESH_MS = 30_000
TYPING_PAUSE_MS = 300


class ApplicationsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("applications_screen")
        self.context = context
        self._build_filters()
        self.model = ApplicationsModel(self)
        self.table = QTableView()
        self.table.setObjectName("applications")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self.show_detail(current.row()))
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setOpenLinks(False)  # the only links are "send this message by WhatsApp" (chat_link)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.banner = MessageBanner()
        top = QHBoxLayout()
        top.addWidget(self.query, 3)
        top.addWidget(self.status, 1)
        top.addWidget(self.use_dates)
        top.addWidget(self.date_from)
        top.addWidget(QLabel("–"))
        top.addWidget(self.date_to)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot in [
            ("step", self.tr("&Catat langkah"), self.record_step),
            ("reject", self.tr("&Tolak..."), self.reject),
            ("preview", self.tr("&Lihat SK"), lambda: decree_actions.preview(self)),
            ("print", self.tr("C&etak SK"), lambda: decree_actions.print_decree(self)),
            ("decree_status", self.tr("&Koreksi / tarik SK..."), lambda: decree_actions.change_status(self)),
            ("archive", self.tr("&Arsipkan"), self.archive),
            ("attach", self.tr("Lampirkan &pindaian..."), self.attach),
        ]:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        # Keyboard: Ctrl+Enter does the selected file's current step (Paraf, Tandatangani SK, ...).
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record_step)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.record_step)
        self.refresh_timer = QTimer(self, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(lambda: self.search(keep_selection=True))
        self._update_buttons(None)
        self.search()

    def _build_filters(self) -> None:
        """The search (followed as it is typed), the status and the received-date range."""
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("Cari: nomor pendaftaran, NIK/NIB, nama atau layanan"))
        self.typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.typing.timeout.connect(lambda: self.search(keep_selection=True))
        self.query.textChanged.connect(lambda _text: self.typing.start())
        self.query.returnPressed.connect(lambda: self.search(keep_selection=True))
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(self.tr("Semua status"), None)
        for code, label in STATUS_LABELS.items():
            self.status.addItem(label, code)
        self.status.currentIndexChanged.connect(lambda _index: self.search())
        self.use_dates = QCheckBox(self.tr("&Diterima"))
        self.use_dates.setObjectName("use_dates")
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        today = office_today(self.context.services)
        for name, edit in [("date_from", self.date_from), ("date_to", self.date_to)]:
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(today)
            edit.dateChanged.connect(lambda _date: self.use_dates.isChecked() and self.search())
        self.date_from.setDate(today.addMonths(-1))
        self.use_dates.toggled.connect(lambda _checked: self.search())

    # -- refreshing --------------------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh_timer.start()
        self.search(keep_selection=True)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.refresh_timer.stop()

    def selected(self, quiet: bool = False) -> ApplicationInfo | None:
        row = self.table.currentIndex().row()
        if row < 0 or row >= len(self.model.rows):
            if not quiet:
                self.banner.show_error(self.tr("Pilih permohonan di tabel lebih dulu."))
            return None
        return self.model.rows[row]

    def search(self, _index: int = -1, keep_row: int = -1, keep_selection: bool = False) -> None:
        text, status = self.query.text(), self.status.currentData()
        tracking, role = self.context.services.tracking, self.context.user.role
        current = self.selected(quiet=True)
        keep_id = current.id if keep_selection and current else None
        dates = (
            (self.date_from.date().toPython(), self.date_to.date().toPython())
            if self.use_dates.isChecked()
            else (None, None)
        )

        def show(rows: list[ApplicationInfo]) -> None:
            # The file selected when the rows arrive stays selected (a refresh never takes it from the officer).
            chosen = self.selected(quiet=True)
            wanted = keep_id or (chosen.id if chosen else None)
            self.model.set_rows(rows)
            row = next((i for i, info in enumerate(rows) if info.id == wanted), keep_row)
            if row < 0 and wanted is None and rows and role in rows[0].waiting_roles:
                row = 0  # nothing chosen yet: the first file waiting for me is ready for Ctrl+Enter
            if 0 <= row < len(rows):
                self.table.setCurrentIndex(self.model.index(row, 0))  # current and selected, even when shown
                self.table.selectRow(row)
                self.show_detail(row)
            else:
                self._update_buttons(None)

        actor = self.context.actor  # an agency's officer lists only that agency's files
        self.context.runner.run(
            lambda: tracking.search(text, status, *dates, waiting_for=role, actor=actor),
            show,
            self.banner.show_error,
            owner=self,
        )

    # -- the selected file -------------------------------------------------------------------------------------------
    def show_detail(self, row: int) -> None:
        if row < 0 or row >= len(self.model.rows):
            return
        app = self.model.rows[row]
        self._update_buttons(app)
        services, actor = self.context.services, self.context.actor
        self.context.runner.run(
            lambda: (
                services.tracking.history(app.id, actor),
                services.attachments.of_application(app.id, actor),
                services.messages.for_application(app.id, actor),
                services.messages.declined(app.id),
            ),
            lambda loaded: self._render(app, *loaded),
            self.banner.show_error,
            owner=self,
        )

    def action_text(self, app: ApplicationInfo) -> str:
        """The current step's action, translated: Paraf Kasi, Tandatangani SK, ..."""
        kind = app.step_kind
        if kind is None:
            return self.tr("Tidak ada langkah lagi")
        actor = app.steps[app.current_step]["actor"]
        return {
            roles.SIGN: self.tr("Tandatangani SK"),
            roles.HANDOVER: self.tr("Serahkan SK (layar Penyerahan)"),
            roles.INITIAL: self.tr("Paraf {actor}").format(actor=actor),
            roles.DRAFT: self.tr("Draf selesai (Back Office)"),
        }.get(kind, self.tr("Selesai: {actor}").format(actor=actor))

    def _update_buttons(self, app: ApplicationInfo | None) -> None:
        step = self.buttons["step"]
        step.setText(self.action_text(app) if app else self.tr("&Catat langkah"))
        step.setEnabled(bool(app and app.open and app.step_kind != roles.HANDOVER))
        self.buttons["reject"].setEnabled(bool(app and app.status == "in_progress"))
        signed = bool(app and app.signed)
        self.buttons["preview"].setEnabled(bool(app and app.has_decree))
        self.buttons["print"].setEnabled(signed)
        self.buttons["decree_status"].setEnabled(signed)
        self.buttons["archive"].setEnabled(bool(app and app.status in ("handed_over", "completed", "rejected")))

    def _render(self, app: ApplicationInfo, history, scans, messages=(), declined=False) -> None:
        lines = [
            f"<h3>{app.registration_number} — {app.service_name}</h3>",
            f"<p>{app.applicant_name} · {app.applicant_identity}<br>{self.tr('Status')}: {app.status_label}"
            f" · {app.step_label}</p><ol>",
        ]
        for index, step in enumerate(app.steps):
            mark = "✔" if index < app.current_step else ("▶" if index == app.current_step and app.open else "")
            lines.append(f"<li>{mark} <b>{step['actor']}</b>: {step['text']}</li>")
        lines.append(f"</ol><h4>{self.tr('Riwayat')}</h4><ul>")
        for entry in history:
            lines.append(f"<li>{entry.at:%d-%m-%Y %H:%M} — {entry.what} ({entry.who}) {entry.note}</li>")
        lines.append(f"</ul><h4>{self.tr('Pindaian')}</h4><ul>")
        for scan in scans:
            lines.append(f"<li>{scan.file_name} · SHA-256 {scan.sha256[:16]}…</li>")
        heading = self.tr("Pesan ke pemohon")
        lines.append(f"</ul><h4>{heading}</h4><ul>")
        if declined:
            refused = self.tr("Pemohon menolak SMS/WhatsApp saat pendaftaran.")
            lines.append(f"<li>{refused}</li>")
        for message in messages:
            link = chat_link.anchor(message, self.tr("Kirim lewat WhatsApp"))
            note = f" — {message.last_error}" if message.last_error and message.status != "sent" else ""
            lines.append(
                f"<li>{message.created_at.astimezone():%d-%m-%Y %H:%M} {message.event_label}: "
                f"<b>{message.status_label}</b>{note} {link}</li>"
            )
        lines.append("</ul>")
        self.detail.setHtml("".join(lines))

    # -- actions -----------------------------------------------------------------------------------------------------
    def _link_clicked(self, url) -> None:
        message = chat_link.message_id(url)
        if message is not None:
            chat_link.open_chat(self.context, self, message, self._handed, self.banner.show_error)

    def _handed(self) -> None:
        self.banner.show_info(self.tr("WhatsApp dibuka dengan pesannya: tekan kirim di sana."))
        self.search(keep_selection=True)

    def record_step(self) -> None:
        app = self.selected()
        if app is None:
            return
        if app.step_kind == roles.SIGN:
            decree_actions.preview(self, sign=True)
            return
        note, ok = QInputDialog.getText(self, self.action_text(app), self.tr("Catatan (opsional):"))
        if ok:
            lifecycle = self.context.services.lifecycle
            self._act(
                lambda actor: lifecycle.advance(actor, app.id, note),
                self.tr("{action}: dicatat.").format(action=self.action_text(app)),
            )

    def reject(self) -> None:
        app = self.selected()
        if app is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Tolak permohonan"), self.tr("Alasan penolakan:"))
        if ok:
            lifecycle = self.context.services.lifecycle
            self._act(
                lambda actor: lifecycle.reject(actor, app.id, reason),
                lambda result: self.tr("Permohonan ditolak; surat penolakan {number}: {path}").format(
                    number=result.letter_number, path=result.pdf_path
                ),
            )

    def archive(self) -> None:
        app = self.selected()
        if app is not None:
            lifecycle = self.context.services.lifecycle
            self._act(lambda actor: lifecycle.archive(actor, app.id), self.tr("Berkas diarsipkan."))

    def attach(self, path: str | None = None) -> None:
        app = self.selected()
        if app is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Lampirkan pindaian"),
                "",
                self.tr("PDF atau gambar (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
            )
        if path:
            services = self.context.services
            self._act(lambda actor: services.attachments.attach(actor, app.id, path), self.tr("Pindaian dilampirkan."))

    def _act(self, operation, done_text, *, io: bool = False) -> None:
        """Run one service call as the signed-in officer, then say what changed and refresh (keeping the file)."""
        actor = self.context.actor

        def done(result) -> None:
            self.banner.show_info(done_text(result) if callable(done_text) else done_text)
            self.search(keep_selection=True)

        self.context.runner.run(lambda: operation(actor), done, self.banner.show_error, io=io, owner=self)
