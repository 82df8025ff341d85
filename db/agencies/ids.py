"""Stable ids of the hall, its agencies and their units, derived from their codes.

Every PC seeded from the same data (the migration of an office's database, the shipped agencies, an import) names
the same agency by the same id, so a synced row that points at an agency (a catalog entry, a user, a file) resolves
on every PC and on the central server without an id map. Revision `agencies` computes the same ids.
"""

from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("6f0b8f1e-2c1a-4b7e-9d3a-5e6c7f8a9b10")


def hall_id() -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, "hall")


def agency_id(code: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, "agency:" + code)


def unit_id(agency_code: str, unit_code: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"unit:{agency_code}:{unit_code}")
