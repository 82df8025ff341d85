"""The SKM survey on a tablet or touch screen beside the counter (loket --survey): large buttons, Indonesian,
one respondent at a time, reset after each one and after a minute without a touch. Nobody's name is asked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.core.actor import Actor
from db.services import Services
from db.skm.scales import answers
from db.skm.service import ELEMENTS, SurveyService
from desktop import theme
from desktop.ops import Runner
from desktop.service_picker import ServicePicker
from desktop.survey_profile import ProfileForm

IDLE_RESET_MS = 60_000
THANKS_MS = 5_000
QUESTIONS = {
    "U1": "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    "U2": "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    "U3": "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    "U4": "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    "U5": "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan dengan yang tercantum dalam standar?",
    "U6": "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    "U7": "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    "U8": "Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan?",
    "U9": "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
}


def _font(points: int, bold: bool = False) -> QFont:
    """Sizes as designed for a 768-pixel-high tablet, grown with the screen like every Loket window."""
    font = QFont()
    font.setPointSizeF(points * theme.scale())
    font.setBold(bold)
    return font


def _big(text: str, name: str, points: int = 18, height: int = 90) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFont(_font(points, True))
    button.setMinimumHeight(height)
    return button


class SurveyWindow(QWidget):
    """Pages: 0 service, 1..9 the elements, 10 profile and comment, 11 thanks."""

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("survey")
        self.setWindowTitle(self.tr("Survei Kepuasan Masyarakat"))
        self.services, self.runner = services, runner
        self.actor = Actor(username="survei", device_id=services.device_id)
        self.counter_number: int | None = None
        self.service: SurveyService | None = None
        self.scores: list[int] = []
        title = QLabel(self.tr("Survei Kepuasan Masyarakat"))
        title.setFont(_font(26, True))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(self.tr("Tanpa nama. Jawaban Anda membantu kami memperbaiki pelayanan."))
        note.setFont(_font(14))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._service_page())
        for index, (code, name) in enumerate(ELEMENTS):
            self.pages.addWidget(self._element_page(index, code, name))
        self.pages.addWidget(self._profile_page())
        self.pages.addWidget(self._thanks_page())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.pages, 1)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_RESET_MS)
        self.idle.timeout.connect(self.reset)
        self.thanks = QTimer(self)
        self.thanks.setSingleShot(True)
        self.thanks.setInterval(THANKS_MS)
        self.thanks.timeout.connect(self.reset)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.close)  # staff only: no visible way out
        for widget in self.findChildren(QWidget):
            widget.installEventFilter(self)
        self.runner.run(self._load, self._loaded, self._failed, owner=self)

    # -- pages -------------------------------------------------------------------------------------------------
    def _service_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        prompt = QLabel(self.tr("Layanan apa yang baru Anda terima?"))
        prompt.setFont(_font(20, True))
        prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.last_button = _big("", "last_service", 20, 110)
        self.last_button.hide()
        self.last_button.clicked.connect(lambda: self.choose(self.last_service))
        self.picker = ServicePicker()
        self.picker.chosen.connect(self.choose)  # one touch on a name starts the survey
        self.service_list = self.picker.listing
        choose = _big(self.tr("Mulai survei"), "start")
        choose.clicked.connect(self._choose_listed)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setFont(_font(14))
        self.message.setWordWrap(True)
        layout.addWidget(prompt)
        layout.addWidget(self.last_button)
        layout.addWidget(self.picker, 1)
        layout.addWidget(choose)
        layout.addWidget(self.message)
        return page

    def _element_page(self, index: int, code: str, name: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(f"{index + 1}/{len(ELEMENTS)} · {name}")
        heading.setFont(_font(16))
        question = QLabel(QUESTIONS[code])
        question.setFont(_font(22, True))
        question.setWordWrap(True)
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        for score, label in answers(code).items():  # each element's own words (annex of PermenPANRB 14/2017)
            button = _big(f"{score}\n{label}", f"score_{code}_{score}", 20, 150)
            button.clicked.connect(lambda _checked=False, value=score: self.answer(value))
            row.addWidget(button)
        back = _big(self.tr("Kembali"), f"back_{code}", 14, 60)
        back.clicked.connect(self.back)
        layout.addWidget(heading)
        layout.addWidget(question, 1)
        layout.addLayout(row)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _profile_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        prompt = QLabel(self.tr("Tentang Anda (boleh dilewati)"))
        prompt.setFont(_font(20, True))
        layout.addWidget(prompt)
        self.profile_form = ProfileForm(_font, _big)
        layout.addWidget(self.profile_form)
        self.comment = QLineEdit()
        self.comment.setObjectName("comment")
        self.comment.setFont(_font(16))
        self.comment.setMinimumHeight(60)
        self.comment.setPlaceholderText(self.tr("Saran atau masukan (boleh dikosongkan)"))
        layout.addWidget(self.comment)
        send = _big(self.tr("Kirim jawaban"), "send", 22, 100)
        send.clicked.connect(self.send)
        layout.addWidget(send)
        return page

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.thanks_label = QLabel()
        self.thanks_label.setObjectName("thanks")
        self.thanks_label.setFont(_font(28, True))
        self.thanks_label.setWordWrap(True)
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.thanks_label, 1)
        return page

    # -- flow --------------------------------------------------------------------------------------------------
    def _load(self):
        values = self.services.settings.values()
        counter = int(values["counter.number"]) if values.get("counter.number", "").isdigit() else None
        last = self.services.skm.last_finished_service(counter) if counter is not None else None
        return counter, self.services.skm.services(), last

    def _loaded(self, loaded) -> None:
        self.counter_number, catalog, self.last_service = loaded
        self.picker.set_services(catalog)
        if self.last_service is not None:
            self.last_button.setText(self.last_service.name)
            self.last_button.show()
        else:
            self.last_button.hide()

    def _failed(self, message: str) -> None:
        text = self.tr("Maaf, terjadi gangguan. Silakan hubungi petugas.\n{reason}")
        self.message.setText(text.format(reason=message))
        self.pages.setCurrentIndex(0)

    def _choose_listed(self) -> None:
        service = self.picker.current()
        if service is None:
            self.message.setText(self.tr("Pilih layanan yang Anda terima lebih dulu."))
            return
        self.choose(service)

    def choose(self, service: SurveyService | None) -> None:
        if service is None:
            return
        self.service, self.scores = service, []
        self.message.clear()
        self.pages.setCurrentIndex(1)
        self.idle.start()

    def answer(self, score: int) -> None:
        self.scores.append(score)
        self.pages.setCurrentIndex(len(self.scores) + 1)
        if len(self.scores) == len(ELEMENTS):
            self.profile_form.begin()
        self.idle.start()

    def back(self) -> None:
        """One question back; from the first question, back to choosing the service."""
        if self.scores:
            self.scores.pop()
            self.pages.setCurrentIndex(len(self.scores) + 1)
        else:
            self.pages.setCurrentIndex(0)

    def send(self) -> None:
        if self.service is None or len(self.scores) != len(ELEMENTS):
            self.reset()
            return
        profile = self.profile_form.profile()
        code, scores, comment = self.service.code, list(self.scores), self.comment.text()
        skm, actor, counter, ticket = self.services.skm, self.actor, self.counter_number, self.service.ticket_id
        self.idle.stop()
        self.runner.run(
            lambda: skm.submit(
                actor, code, scores, counter_number=counter, profile=profile, comment=comment, ticket_id=ticket
            ),
            self._sent,
            self._refused,
            owner=self,
        )

    def _refused(self, message: str) -> None:
        """The service refused the answers (an age out of range): the respondent corrects them on the same page."""
        self.profile_form.show_message(message)
        self.idle.start()

    def _sent(self, _response_id) -> None:
        self.thanks_label.setText(self.tr("Terima kasih atas penilaian Anda!"))
        self.pages.setCurrentIndex(self.pages.count() - 1)
        self.thanks.start()

    def reset(self) -> None:
        """Ready for the next respondent: nothing of the previous one stays on screen."""
        self.idle.stop()
        self.thanks.stop()
        self.service, self.scores = None, []
        self.profile_form.clear()
        self.comment.clear()
        self.thanks_label.clear()
        self.message.clear()
        self.picker.clear_choice()
        self.pages.setCurrentIndex(0)
        self.runner.run(self._load, self._loaded, self._failed, owner=self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Any touch or key restarts the idle countdown while a respondent is part-way through."""
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress) and self.pages.currentIndex() > 0:
            self.idle.start()
        return super().eventFilter(watched, event)
