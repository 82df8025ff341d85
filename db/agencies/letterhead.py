"""An agency's letterhead, signer and numbering in the shape documents already read: the office settings' keys.

Documents are built from a dict of settings values (office.name, signing.name, decree.number_format, ...); a
file's documents print its agency's, so `agency_values` lays the agency's record over those keys. In a hall of one
agency the office settings are that agency's: `write_through` keeps the record equal to them when the
administrator edits them on the settings screen or with `loket-admin settings set`, as before agencies existed.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.agencies import Agency, Hall

# office setting -> agency column
LETTERHEAD = {
    "office.government": "government",
    "office.name": "name",
    "office.short_name": "short_name",
    "office.address": "address",
    "office.city": "city",
    "office.phone": "phone",
    "office.fax": "fax",
    "office.email": "email",
    "office.website": "website",
    "office.logo": "logo",
    "office.motto": "motto",
    "office.motto_text": "motto_text",
    "office.maklumat": "maklumat",
    "signing.mode": "signing_mode",
}
SIGNER = {"signing.title": "title", "signing.name": "name", "signing.rank": "rank", "signing.nip": "nip"}
# office setting -> the agency's number_formats key (db/documents/numbering.KINDS)
NUMBERING = {
    "intake.registration_format": "registration",
    "decree.number_format": "decree",
    "return_slip.number_format": "return_slip",
    "handover.number_format": "handover",
    "complaint.number_format": "complaint",
    "rejection.number_format": "rejection",
}
AGENCY_SETTINGS = frozenset(LETTERHEAD) | frozenset(SIGNER) | frozenset(NUMBERING)


def agency_values(session: Session, agency_id: uuid.UUID | None, values: Mapping[str, str]) -> dict[str, str]:
    """`values` (settings) with the agency's letterhead, first signer and numbering patterns in their place; a logo
    the agency lacks is the hall's, then the office setting's. No agency (a record from before): `values`."""
    merged = dict(values)
    agency = session.get(Agency, agency_id) if agency_id is not None else None
    if agency is None:
        return merged
    for key, column in LETTERHEAD.items():
        if key in merged:
            merged[key] = getattr(agency, column) or ""
    if "office.logo" in merged and not agency.logo:
        merged["office.logo"] = session.scalar(select(Hall.logo).limit(1)) or values["office.logo"]
    if agency.signers:
        for key, field in SIGNER.items():
            if key in merged:
                merged[key] = agency.signers[0].get(field, "")
    for key, kind in NUMBERING.items():
        if key in merged and agency.number_formats.get(kind):
            merged[key] = agency.number_formats[kind]
    return merged


def write_through(session: Session, key: str, value: str) -> None:
    """An office setting of the letterhead, signer or numbering, written to the hall's agency when it is the only
    one (with several, each agency's own record is edited on the agencies screen)."""
    if key not in AGENCY_SETTINGS:
        return
    agencies = list(session.scalars(select(Agency).limit(2)))
    if len(agencies) != 1:
        return
    (agency,) = agencies
    if key in LETTERHEAD:
        setattr(agency, LETTERHEAD[key], value)
    elif key in SIGNER:
        signers = [dict(s) for s in agency.signers] or [{"role": "kepala_dinas"}]
        signers[0][SIGNER[key]] = value
        agency.signers = signers
    else:
        agency.number_formats = {**agency.number_formats, NUMBERING[key]: value}


def values_of_record(database, model, record_id: uuid.UUID, values: Mapping[str, str]) -> dict[str, str]:
    """`agency_values` for the agency of one record (a file check, an application, a complaint): what its
    documents print. `model` is any scoped model (it has agency_id); read in its own short transaction."""
    with database.read() as session:
        agency_id = session.scalar(select(model.agency_id).where(model.id == record_id))
        return agency_values(session, agency_id, values)
