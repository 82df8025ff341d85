from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from db.core.actor import Actor
from db.models import Role
from desktop.survey import SurveyWindow


def press(qtbot, window, name):
    button = window.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_one_respondent_then_the_window_resets(qtbot, sqlite_services, runner):
    officer = Actor("budi", sqlite_services.device_id, role=Role.PETUGAS_LOKET, counter_number=1)
    sqlite_services.queue.issue(officer, "A", service_code="DPM-007")
    sqlite_services.queue.call_next(officer, 1)
    sqlite_services.queue.finish(officer, 1)
    window = SurveyWindow(sqlite_services, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.last_button.isVisible())
    assert window.last_button.text() == "Izin Apotek"
    press(qtbot, window, "last_service")
    for code, score in zip([f"U{i}" for i in range(1, 10)], [4, 3, 4, 4, 3, 4, 4, 3, 4], strict=True):
        assert window.pages.currentIndex() == int(code[1:])
        press(qtbot, window, f"score_{code}_{score}")
    assert window.focusWidget() is window.profile_form.age  # a keyboard types the age at once
    for digit in "347":
        press(qtbot, window, f"age_key_{digit}")
    press(qtbot, window, "age_key_erase")
    press(qtbot, window, "profile_sex_P")
    press(qtbot, window, "profile_education_S1")
    press(qtbot, window, "profile_occupation_WIRAUSAHA")
    window.comment.setText("Pelayanan cepat")
    press(qtbot, window, "send")
    qtbot.waitUntil(lambda: "Terima kasih" in window.thanks_label.text())
    window.thanks.setInterval(0)  # the thank-you page would otherwise stay for a few seconds
    window.thanks.start()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 0 and window.service is None)
    assert window.scores == [] and window.comment.text() == ""
    assert all(group.checkedButton() is None for group in window.profile_form.groups.values())
    assert window.profile_form.age.text() == ""
    report = sqlite_services.skm.report(
        date(2000, 1, 1), date(2100, 1, 1), actor=Actor("kepala", sqlite_services.device_id, role=Role.SUPERVISOR)
    )
    assert report["overall"]["respondents"] == 1
    assert report["overall"]["elements"][1]["total"] == 3
    counts = {s["key"]: {r["value"]: r["count"] for r in s["rows"]} for s in report["profile"]}
    assert counts["age"]["30-39"] == 1 and counts["sex"]["P"] == 1 and counts["education"]["S1"] == 1
    assert counts["occupation"]["WIRAUSAHA"] == 1 and report["comments"] == ["Pelayanan cepat"]
    qtbot.waitUntil(lambda: window.last_button.isHidden())  # that ticket has had its survey: not offered again


def test_idle_resets_a_half_finished_survey(qtbot, sqlite_services, runner):
    window = SurveyWindow(sqlite_services, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.service_list.count() > 1)
    window.service_list.setCurrentRow(1)  # row 0 is the first group's heading
    press(qtbot, window, "start")
    press(qtbot, window, "score_U1_2")
    assert window.pages.currentIndex() == 2
    press(qtbot, window, "back_U2")
    assert window.pages.currentIndex() == 1 and window.scores == []
    assert window.idle.isActive() and window.idle.interval() == 60_000
    window.idle.setInterval(0)
    window.idle.start()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 0 and window.service is None)


def test_each_element_answers_in_the_annex_words(qtbot, sqlite_services, runner):
    """PermenPANRB 14/2017 annex: U4 cost from "Sangat mahal" to "Gratis", U8 complaints from "Tidak ada" to
    "Dikelola dengan baik", keyed by element, whatever position the questionnaire gives the question."""
    window = SurveyWindow(sqlite_services, runner)
    qtbot.addWidget(window)

    def label(code, score):
        return window.findChild(QPushButton, f"score_{code}_{score}").text().split("\n", 1)[1]

    assert [label("U4", score) for score in range(1, 5)] == ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]
    assert label("U8", 1) == "Tidak ada" and label("U8", 4) == "Dikelola dengan baik"
    assert label("U9", 1) == "Buruk" and label("U9", 4) == "Sangat baik"
    assert label("U1", 3) == "Sesuai" and label("U6", 4) == "Sangat kompeten"


def test_the_office_s_own_services_come_first_grouped_and_searchable(qtbot, sqlite_services, runner):
    window = SurveyWindow(sqlite_services, runner)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.service_list.count() > 100)
    listing = window.service_list
    headings = [
        listing.item(row).text()
        for row in range(listing.count())
        if listing.item(row).flags() == Qt.ItemFlag.NoItemFlags
    ]
    assert headings[:3] == ["Perizinan Berusaha", "Perizinan Non Berusaha", "Informasi dan Non Perizinan"]
    assert headings[-1] == "Sekretariat Daerah Kabupaten Balangan"
    assert listing.wordWrap()
    window.picker.search.setText("apotek")
    names = [listing.item(row).text() for row in range(listing.count())]
    found = [
        listing.item(row).text() for row in range(listing.count()) if listing.item(row).data(Qt.ItemDataRole.UserRole)
    ]
    assert names[:2] == ["Perizinan Berusaha", "Izin Apotek"] and all("apotek" in n.lower() for n in found)
    qtbot.mouseClick(
        listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(listing.item(1)).center()
    )
    assert window.pages.currentIndex() == 1 and window.service.code == "DPM-007"


def answer_all(qtbot, window):
    press(qtbot, window, "start")
    for i in range(1, 10):
        press(qtbot, window, f"score_U{i}_4")


def test_the_profile_follows_the_annex_and_a_refusal_keeps_the_answers(qtbot, sqlite_services, runner):
    """PermenPANRB 14/2017's profile: age in years (typed or touched), L/P, SD ... S3, PNS ... Lainnya with its
    name. An age out of range is refused by the service with its message on the same page, nothing is lost."""
    window = SurveyWindow(sqlite_services, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.service_list.count() > 1)
    window.service_list.setCurrentRow(1)
    answer_all(qtbot, window)
    form = window.profile_form
    names = {key: [b.property("value") for b in group.buttons()] for key, group in form.groups.items()}
    assert names == {
        "sex": ["L", "P"],
        "education": ["SD", "SMP", "SMA", "S1", "S2", "S3"],
        "occupation": ["PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "Lainnya"],
    }
    assert not form.other.isEnabled()
    qtbot.keyClicks(form.age, "7x")  # only digits reach the field
    assert form.age.text() == "7"
    press(qtbot, window, "profile_occupation_Lainnya")
    assert form.other.isEnabled()
    qtbot.keyClicks(form.other, "Petani")
    press(qtbot, window, "send")
    qtbot.waitUntil(lambda: "Umur harus" in form.message.text())
    assert window.pages.currentIndex() == 10 and form.other.text() == "Petani" and len(window.scores) == 9
    form.age.clear()
    qtbot.keyClicks(form.age, "52")
    press(qtbot, window, "send")
    qtbot.waitUntil(lambda: "Terima kasih" in window.thanks_label.text())
    with sqlite_services.database.read() as session:
        from sqlalchemy import select

        from db.models import SkmResponse

        row = session.scalars(select(SkmResponse)).one()
        stored = (row.age, row.occupation, row.occupation_other, row.sex, row.source)
    assert stored == (52, "Lainnya", "Petani", None, "tablet")


def test_choosing_another_occupation_drops_the_named_one(qtbot, sqlite_services, runner):
    window = SurveyWindow(sqlite_services, runner)
    qtbot.addWidget(window)
    window.show()
    form = window.profile_form
    form.findChild(QPushButton, "profile_occupation_Lainnya").click()
    form.other.setText("Nelayan")
    form.findChild(QPushButton, "profile_occupation_PNS").click()
    assert not form.other.isEnabled() and form.other.text() == ""
    assert form.profile().occupation == "PNS" and form.profile().occupation_other is None
