"""Translated names of the roles (the database keeps their codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.models.accounts import Role


def role_label(role: Role) -> str:
    labels = {
        Role.PETUGAS_LOKET: QCoreApplication.translate("Role", "Petugas Loket (Front Office)"),
        Role.CUSTOMER_SERVICE: QCoreApplication.translate("Role", "Customer Service"),
        Role.SUPERVISOR: QCoreApplication.translate("Role", "Supervisor"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Role", "Administrator"),
        Role.BACK_OFFICE: QCoreApplication.translate("Role", "Back Office"),
        Role.KASI: QCoreApplication.translate("Role", "Kepala Seksi (Kasi)"),
        Role.KABID: QCoreApplication.translate("Role", "Kepala Bidang (Kabid)"),
        Role.KEPALA_DINAS: QCoreApplication.translate("Role", "Kepala Dinas"),
    }
    return labels[role]
