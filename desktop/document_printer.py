"""Printing a PDF on the office's document printer without a dialog, at its exact paper size (F4 stays F4)."""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from db.core.errors import DomainError

DPI = 300


def exact_page_size(width_pt: float, height_pt: float) -> QPageSize:
    """The page's own size, matched exactly (QPageSize would otherwise snap 215 x 330 mm to a nearby size)."""
    return QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)


def print_pdf(pdf: bytes, printer_name: str, output_file: str | None = None) -> int:
    """Print every page; `output_file` prints to a PDF file instead (tests, and 'print to file' setups).
    Returns the number of pages printed. Runs off the GUI thread (QPrinter and QPainter on a QImage allow it)."""
    if not printer_name and not output_file:
        raise DomainError("Printer dokumen belum diatur: pilih di Pengaturan > PC ini, atau simpan sebagai PDF.")
    printer = QPrinter(
        QPrinterInfo.printerInfo(printer_name) if printer_name else QPrinterInfo(), QPrinter.PrinterMode.HighResolution
    )
    if output_file:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(output_file)
    elif not printer.isValid():
        raise DomainError(f"Printer dokumen '{printer_name}' tidak ditemukan di PC ini.")
    document = pypdfium2.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
        printer.setPageLayout(
            QPageLayout(exact_page_size(width, height), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise DomainError("Printer dokumen tidak dapat dipakai (sedang sibuk atau luring).")
        try:
            for index in range(len(document)):
                if index:
                    printer.newPage()
                bitmap = document[index].render(scale=DPI / 72)
                image = bitmap.to_pil()
                qimage = QImage(
                    image.tobytes("raw", "RGB"), image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
                )
                painter.drawImage(QRectF(painter.viewport()), qimage)
        finally:
            painter.end()
        return len(document)
    finally:
        document.close()
