"""The respondent's profile on the survey window, as the annex of PermenPANRB 14/2017 asks it: age in years, sex,
education, occupation ("Lainnya" with a line to name it). Large buttons for a finger, a field that takes typed
digits for a keyboard; every answer may be left out. The choices come from db.skm.profile (the annex's list); the
service checks what is sent and this form shows its message."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.skm import profile as profiles
from db.skm.profile import Profile

CHOICES = ("sex", "education", "occupation")
KEYPAD_HEIGHT = 56


class ProfileForm(QWidget):
    def __init__(self, font, button, parent: QWidget | None = None):
        """`font(points, bold)` and `button(text, name, points, height)` give the survey window's look."""
        super().__init__(parent)
        self._button = button
        titles = {
            "age": self.tr("Umur"),
            "sex": self.tr("Jenis kelamin"),
            "education": self.tr("Pendidikan"),
            "occupation": self.tr("Pekerjaan"),
        }
        grid = QGridLayout()
        for row, key in enumerate(titles):
            heading = QLabel(titles[key])
            heading.setFont(font(14, True))
            grid.addWidget(heading, row, 0, Qt.AlignmentFlag.AlignTop)
        self.age = QLineEdit()
        self.age.setObjectName("profile_age")
        self.age.setFont(font(18, True))
        self.age.setMaxLength(3)
        self.age.setFixedWidth(int(KEYPAD_HEIGHT * 1.8))
        self.age.setMinimumHeight(KEYPAD_HEIGHT)
        self.age.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), self.age))
        self.age.setPlaceholderText(self.tr("tahun"))
        grid.addLayout(self._keypad(), 0, 1)
        self.groups: dict[str, QButtonGroup] = {}
        for row, key in enumerate(CHOICES, start=1):
            grid.addLayout(self._choices(key), row, 1)
        self.other = QLineEdit()
        self.other.setObjectName("profile_occupation_other")
        self.other.setFont(font(14))
        self.other.setMinimumHeight(KEYPAD_HEIGHT)
        self.other.setMaxLength(profiles.spec()["occupation"]["other_max_length"])
        self.other.setPlaceholderText(self.tr("Sebutkan pekerjaan Anda (boleh dikosongkan)"))
        self.other.setEnabled(False)
        grid.addWidget(self.other, len(titles), 1)
        self.groups["occupation"].buttonToggled.connect(self._occupation_toggled)
        self.message = QLabel()
        self.message.setObjectName("profile_message")
        self.message.setFont(font(14, True))
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.message)

    def _keypad(self) -> QHBoxLayout:
        """The age field and digits to touch; a keyboard types into the field."""
        line = QHBoxLayout()
        line.addWidget(self.age)
        line.addWidget(QLabel(self.tr("tahun")))
        for digit in "1234567890":
            key = self._button(digit, f"age_key_{digit}", 14, KEYPAD_HEIGHT)
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typing stays in the age field
            key.clicked.connect(lambda _checked=False, d=digit: self._type(d))
            line.addWidget(key)
        erase = self._button(self.tr("Hapus"), "age_key_erase", 13, KEYPAD_HEIGHT)
        erase.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        erase.clicked.connect(self.age.backspace)
        line.addWidget(erase)
        return line

    def _choices(self, key: str) -> QHBoxLayout:
        line = QHBoxLayout()
        group = QButtonGroup(self)
        group.setExclusive(True)
        self.groups[key] = group
        for value, shown in profiles.options(key).items():
            choice: QPushButton = self._button(shown, f"profile_{key}_{value}", 13, KEYPAD_HEIGHT)
            choice.setCheckable(True)
            choice.setProperty("value", value)
            group.addButton(choice)
            line.addWidget(choice)
        return line

    def _type(self, digit: str) -> None:
        if len(self.age.text()) < self.age.maxLength():
            self.age.setText(self.age.text() + digit)

    def _occupation_toggled(self, choice: QPushButton, checked: bool) -> None:
        if choice.property("value") == profiles.other_option():
            self.other.setEnabled(checked)
            if not checked:
                self.other.clear()

    def _chosen(self, key: str) -> str | None:
        checked = self.groups[key].checkedButton()
        return checked.property("value") if checked is not None else None

    def profile(self) -> Profile:
        """What the respondent gave; the service checks it (age range, a named occupation only for Lainnya)."""
        age = self.age.text().strip()
        return Profile(
            age=int(age) if age else None,
            sex=self._chosen("sex"),
            education=self._chosen("education"),
            occupation=self._chosen("occupation"),
            occupation_other=self.other.text().strip() or None,
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def clear(self) -> None:
        """Nothing of the previous respondent stays."""
        self.age.clear()
        for group in self.groups.values():
            group.setExclusive(False)
            for choice in group.buttons():
                choice.setChecked(False)
            group.setExclusive(True)
        self.other.clear()
        self.message.clear()

    def begin(self) -> None:
        """The page is shown: a keyboard user types the age straight away."""
        self.age.setFocus()
