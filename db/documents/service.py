"""The printing use cases, each split so the database worker never waits on a printer or on reportlab:

    prepare   documents.ticket / requirement_list / handover_receipt   reads only (any thread)
    render    documents.complaint_receipt / outcome_documents          reads, renders the PDF (io pool)
    archive   documents.archive(actor, rendered)                       writes the archive row (database worker)
    send      print_jobs.send(request)                                 the printer, no database (io pool)
    record    print_jobs.record(actor, request, outcome)               writes the print job (database worker)

The CLI runs the same steps in a row (`print_jobs.run`). A printer fault is an outcome, never an exception: the
ticket, the complaint, the registration exist whatever the printer does.
"""

from __future__ import annotations

import uuid

from db.agencies.letterhead import agency_values, values_of_record
from db.catalog.store import CatalogStore
from db.complaints.documents import render_receipt
from db.core.actor import Actor, Clock
from db.core.engine import Database
from db.decrees.handover import HandoverResult
from db.documents import files
from db.documents.archive import ArchiveService
from db.documents.print_jobs import PrintRequest, RenderedDocument
from db.documents.printing import office_header, requirement_list_data, ticket_data
from db.intake.documents import render_outcome
from db.models.intake import Application
from db.queue.views import QueueViews
from db.settings.service import SettingsService, thermal_config


class DocumentService:
    """What an office prints. The public `database`, `settings`, `catalog` and `clock` are what the document
    builders of each feature read (db.intake.documents, db.complaints.documents)."""

    def __init__(
        self,
        database: Database,
        settings: SettingsService,
        queue_views: QueueViews,
        catalog: CatalogStore,
        archive: ArchiveService,
        clock: Clock,
    ):
        self.database, self.settings, self.catalog, self.clock = database, settings, catalog, clock
        self._views, self._archive = queue_views, archive

    # -- prepare (reads only) ----------------------------------------------------------------------------------
    def ticket(self, ticket_id: uuid.UUID, reprint: bool = False) -> PrintRequest:
        from printing.escpos_render import ticket_bytes  # python-escpos: at the first ticket printed

        values = self.settings.values()
        ticket = self._views.ticket_by_id(ticket_id)
        config = thermal_config(values)
        data = ticket_bytes(ticket_data(ticket, values, reprint), config.paper_width_mm)
        return PrintRequest("ticket", ticket.id, ticket.label, config, data, reprint)

    def _service_values(self, code: str):
        """The catalog entry and the settings values with its agency's letterhead (a hall-wide one: the office's)."""
        entry = self.catalog.get(code)
        with self.database.read() as session:
            return entry.service, agency_values(session, entry.agency_id, self.settings.values())

    def requirement_list(self, code: str) -> PrintRequest:
        from printing.escpos_render import requirement_list_bytes

        service, values = self._service_values(code)
        config = thermal_config(values)
        data = requirement_list_data(service, values, self.clock())
        return PrintRequest("requirements", None, code, config, requirement_list_bytes(data, config.paper_width_mm))

    def handover_receipt(self, handed: HandoverResult) -> PrintRequest:
        """The thermal copy of a handover receipt just recorded (its A4/F4 PDF is archived by the handover)."""
        from printing.handover_pdf import handover_bytes

        values = values_of_record(self.database, Application, handed.application_id, self.settings.values())
        config = thermal_config(values)
        data = handover_bytes(handed.receipt, config.paper_width_mm, office_header(values))
        return PrintRequest(
            "handover", handed.application_id, handed.receipt_number, config, data, False, handed.pdf_path
        )

    def requirement_list_pdf(self, code: str, paper: str) -> bytes:
        """The requirement list of one service as an A4 or F4 PDF for the applicant."""
        from printing.requirements_pdf import requirement_list_pdf as render

        service, values = self._service_values(code)
        return render(requirement_list_data(service, values, self.clock()), office_header(values), paper)

    def save_requirement_list_pdf(self, code: str, paper: str, path: str) -> str:
        return str(files.save(path, self.requirement_list_pdf(code, paper)))

    # -- render (reads, reportlab) -----------------------------------------------------------------------------
    def complaint_receipt(self, info, reprint: bool = False) -> RenderedDocument:
        return render_receipt(self, info, reprint)

    def outcome_documents(self, outcome, reprint: bool = False) -> RenderedDocument:
        """The receipt of a complete file check, or the return slip of an incomplete one."""
        return render_outcome(self, outcome, reprint)

    # -- archive (writes) --------------------------------------------------------------------------------------
    def archive(self, actor: Actor, rendered: RenderedDocument) -> PrintRequest:
        """Archive the original once (a reprint is counted as a copy), then say what goes to the printer."""
        if rendered.reprint:
            self._archive.record_copy(actor, rendered.kind, rendered.number)
            path = self._archive.original(rendered.kind, rendered.number).path
        else:
            path = self._archive.store(
                actor, rendered.kind, rendered.number, rendered.pdf, rendered.application_id
            ).path
        return PrintRequest(
            rendered.kind,
            rendered.reference_id,
            rendered.number,
            rendered.config,
            rendered.thermal,
            rendered.reprint,
            str(path),
        )
