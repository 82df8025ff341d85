from PySide6.QtCore import Qt

from desktop.screens.queue_setup_page import QueueSetupPage


def test_administrator_maps_services_to_a_new_group_and_a_counter(qtbot, screen_context, sqlite_services):
    page = QueueSetupPage(screen_context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.groups.count() == 4 and page.counters.count() == 3)
    page.add_group()
    dialog = page.dialog
    dialog.code.setText("E")
    dialog.name.setText("Perizinan Kesehatan")
    dialog.filter.setText("apotek")
    visible = [
        dialog.services.item(r) for r in range(dialog.services.count()) if not dialog.services.item(r).isHidden()
    ]
    assert visible
    visible[0].setCheckState(Qt.CheckState.Checked)
    dialog.submitted.emit()
    qtbot.waitUntil(lambda: page.groups.count() == 5)
    group = next(g for g in sqlite_services.queue_setup.groups() if g.code == "E")
    assert group.service_codes == (visible[0].data(Qt.ItemDataRole.UserRole),)
    page.add_counter()
    counter = page.dialog
    counter.number.setValue(4)
    counter.name.setText("Meja Khusus")
    counter.submitted.emit()
    qtbot.waitUntil(lambda: "kosong" in counter.banner.text())
    for row in range(counter.groups.count()):
        counter.groups.item(row).setCheckState(Qt.CheckState.Checked)
    counter.priority_desk.setChecked(True)
    counter.submitted.emit()
    qtbot.waitUntil(lambda: page.counters.count() == 4)
    saved = next(c for c in sqlite_services.queue_setup.counters() if c.number == 4)
    assert saved.priority_desk and "E" in saved.group_codes
