"""The SK from the Permohonan screen: read it (the draft before signing), sign it, print it at its exact F4 size on
the document printer or save it (a reprint is a counted SALINAN), correct or withdraw it with a reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from db.core.errors import DomainError
from desktop.print_flow import run_steps

STATUS_CHOICES = ("corrected", "withdrawn", "revoked")


def preview(screen, sign: bool = False) -> None:
    """Render the SK off the GUI thread and show it; with `sign` the dialog's button signs it."""
    from desktop.screens.decree_preview import DecreePreviewDialog, render_pages  # pypdfium2: at the first preview

    app = screen.selected()
    if app is None:
        return
    lifecycle = screen.context.services.lifecycle

    def show(pages) -> None:
        title = QCoreApplication.translate("DecreeActions", "SK {number} - pratinjau").format(
            number=app.registration_number
        )
        dialog = DecreePreviewDialog(
            title, pages, QCoreApplication.translate("DecreeActions", "Tandatangani SK") if sign else None, screen
        )
        screen.preview_dialog = dialog
        if sign:
            dialog.accepted.connect(lambda: _sign(screen, app))
        dialog.open()

    actor = screen.context.actor
    screen.context.runner.run(
        lambda: render_pages(lifecycle.decree_preview(app.id, actor)),
        show,
        screen.banner.show_error,
        io=True,
        owner=screen,
    )


def _sign(screen, app) -> None:
    lifecycle = screen.context.services.lifecycle
    screen._act(
        lambda actor: lifecycle.advance(actor, app.id),
        lambda result: QCoreApplication.translate(
            "DecreeActions", "SK {number} ditandatangani dan diarsipkan; berkas siap diambil."
        ).format(number=result.decree.decree_number),
    )


def print_decree(screen, output_file: str | None = None) -> None:
    """On the document printer without a dialog; without one set, saved where the officer chooses. The first print
    is the original, every later one a SALINAN, counted."""
    app = screen.selected()
    if app is None:
        return
    services, actor = screen.context.services, screen.context.actor
    printer = services.settings.get("printer.document.name")
    target = output_file
    if not printer and not target:
        target, _ = QFileDialog.getSaveFileName(
            screen,
            QCoreApplication.translate("DecreeActions", "Simpan SK"),
            f"SK-{app.registration_number.replace('/', '-')}.pdf",
            "PDF (*.pdf)",
        )
        if not target:
            return

    def send(printable):  # io pool: the printer or the file, never the database
        from desktop.document_printer import print_pdf  # pypdfium2 and QtPrintSupport: at the first print

        if printer or output_file:
            pages = print_pdf(printable.pdf, printer, output_file)
        else:
            Path(target).write_bytes(printable.pdf)
            pages = 0
        return printable, pages

    def done(result) -> None:
        printable, pages = result
        kind = (
            QCoreApplication.translate("DecreeActions", "SALINAN ke-{n}").format(n=printable.copies_printed)
            if printable.copy
            else QCoreApplication.translate("DecreeActions", "asli")
        )
        if pages:
            text = QCoreApplication.translate("DecreeActions", "SK {number} ({kind}) dicetak, {pages} halaman.")
        else:
            text = QCoreApplication.translate("DecreeActions", "SK {number} ({kind}) disimpan ke {path}.")
        screen.banner.show_info(text.format(number=printable.decree_number, kind=kind, pages=pages, path=target))

    # The print is recorded (original once, then a counted SALINAN) on the database worker, then sent on the io pool.
    steps = [(lambda _none: services.lifecycle.decree_to_print(actor, app.id), False), (send, True)]
    run_steps(screen.context.runner, steps, None, done, screen.banner.show_error, screen)


def change_status(screen) -> None:
    """Koreksi, penarikan or pencabutan (Perbup 16/2021 Pasal 10(2)): the Kepala Dinas decides, with a reason."""
    app = screen.selected()
    if app is None:
        return
    labels = [
        QCoreApplication.translate("DecreeActions", "Koreksi (SK diganti)"),
        QCoreApplication.translate("DecreeActions", "Tarik"),
        QCoreApplication.translate("DecreeActions", "Cabut"),
    ]
    choice, ok = QInputDialog.getItem(
        screen,
        QCoreApplication.translate("DecreeActions", "Ubah status SK"),
        QCoreApplication.translate("DecreeActions", "Tindakan:"),
        labels,
        0,
        False,
    )
    if not ok:
        return
    reason, ok = QInputDialog.getText(
        screen,
        QCoreApplication.translate("DecreeActions", "Ubah status SK"),
        QCoreApplication.translate("DecreeActions", "Alasan:"),
    )
    if not ok:
        return
    status = STATUS_CHOICES[labels.index(choice)]
    services = screen.context.services

    def run(actor):
        decree = services.decrees.for_application(app.id)
        if decree is None:
            raise DomainError("SK permohonan ini belum terbit.")
        return services.decrees.change_status(actor, decree.decree_number, status, reason)

    screen._act(
        run,
        lambda info: QCoreApplication.translate("DecreeActions", "SK {number}: {status}.").format(
            number=info.decree_number, status=info.status_label
        ),
    )
