"""The agency a record is for, chosen by the hall's own staff in a hall of several agencies.

An agency's officer, and anyone in a hall of one agency, never sees the choice: their records are their agency's
(db/agencies/scope.agency_for_new_record). The row appears once the agencies the signed-in user may act for are
loaded in the background and are more than one."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget


class AgencyChoice(QComboBox):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agency_choice")
        self.context = context
        self.row_label = self.tr("Instansi")

    def attach(self, form: QFormLayout, row: int = 0) -> None:
        """Put the row in `form` (hidden) and load the choices."""
        form.insertRow(row, self.row_label, self)
        self.form = form
        form.setRowVisible(self, False)
        services, actor = self.context.services, self.context.actor
        self.context.runner.run(lambda: services.agencies.for_actor(actor), self._loaded, owner=self)

    def _loaded(self, agencies: list) -> None:
        self.clear()
        if len(agencies) > 1:
            self.addItem(self.tr("(pilih instansi)"), None)
        for agency in agencies:  # ids as text: a combo box compares its data as Qt values
            self.addItem(agency.short_name, str(agency.id))
        self.form.setRowVisible(self, len(agencies) > 1)

    def agency_id(self) -> uuid.UUID | None:
        """The chosen agency; None when none was chosen (the service then says which to choose) or none is asked."""
        chosen = self.currentData()
        return uuid.UUID(chosen) if chosen and self.count() > 1 else None
