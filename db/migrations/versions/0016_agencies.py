"""a hall with its agencies (issue 19): halls, agencies, agency_units, and the agency of every scoped row

An existing database is one office: it becomes one agency (its letterhead, signer, numbering and logo taken from the
office settings, so every document looks as before) in one hall; every row it holds belongs to that agency, and every
number series continues where it was (registration_sequences gain the agency).

Revision ID: agencies
Revises: 0009
"""

import json
import uuid
from importlib import resources

import sqlalchemy as sa
from alembic import op

import db.models.base

revision = "agencies"
down_revision = "0009"
branch_labels = None
depends_on = None

# Stable ids (db/agencies/ids.py computes the same): every PC seeded from the same shipped data names the hall and
# each agency by the same id, so synced rows that point at an agency resolve on every PC.
_NAMESPACE = uuid.UUID("6f0b8f1e-2c1a-4b7e-9d3a-5e6c7f8a9b10")
RECORD_TABLES = (
    "queue_groups",
    "counters",
    "tickets",
    "applicants",
    "file_checks",
    "applications",
    "issued_documents",
    "complaints",
    "info_consultations",
    "skm_responses",
)
NUMBER_SETTINGS = {
    "registration": "intake.registration_format",
    "decree": "decree.number_format",
    "return_slip": "return_slip.number_format",
    "handover": "handover.number_format",
    "complaint": "complaint.number_format",
    "rejection": "rejection.number_format",
}


def _scoped(table: str) -> None:
    with op.batch_alter_table(table) as batch:
        batch.add_column(sa.Column("agency_id", sa.Uuid(), nullable=True))
        batch.create_index(batch.f(f"ix_{table}_agency_id"), ["agency_id"], unique=False)
        batch.create_foreign_key(batch.f(f"fk_{table}_agency_id"), "agencies", ["agency_id"], ["id"])


def _create_tables() -> None:
    now = sa.Column("updated_at", db.models.base.UtcDateTime(timezone=True), nullable=False)
    op.create_table(
        "halls",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("logo", sa.Text(), nullable=False),
        sa.Column("maklumat", sa.Text(), nullable=False),
        sa.Column("opening_hours", sa.JSON(), nullable=False),
        now,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_halls")),
    )
    text_columns = ("government", "city", "phone", "fax", "email", "website", "motto", "motto_text")
    sizes = {"government": 200, "city": 100, "phone": 60, "fax": 60, "email": 200, "website": 200, "motto": 60}
    op.create_table(
        "agencies",
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("short_name", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        *(sa.Column(name, sa.String(length=sizes.get(name, 200)), nullable=False) for name in text_columns[:1]),
        sa.Column("address", sa.Text(), nullable=False),
        *(sa.Column(name, sa.String(length=sizes.get(name, 200)), nullable=False) for name in text_columns[1:6]),
        sa.Column("logo", sa.Text(), nullable=False),
        *(sa.Column(name, sa.String(length=sizes.get(name, 200)), nullable=False) for name in text_columns[6:]),
        sa.Column("maklumat", sa.Text(), nullable=False),
        sa.Column("signers", sa.JSON(), nullable=False),
        sa.Column("signing_mode", sa.String(length=12), nullable=False),
        sa.Column("number_formats", sa.JSON(), nullable=False),
        sa.Column("general_services", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("updated_at", db.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_agencies_hall_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agencies")),
        sa.UniqueConstraint("code", name=op.f("uq_agencies_code")),
        sa.UniqueConstraint("short_name", name=op.f("uq_agencies_short_name")),
    )
    with op.batch_alter_table("agencies") as batch:
        batch.create_index(batch.f("ix_agencies_hall_id"), ["hall_id"], unique=False)
    op.create_table(
        "agency_units",
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name=op.f("fk_agency_units_agency_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_units")),
        sa.UniqueConstraint("agency_id", "code", name="uq_agency_units_agency_code"),
        sa.UniqueConstraint("agency_id", "name", name="uq_agency_units_agency_name"),
    )
    with op.batch_alter_table("agency_units") as batch:
        batch.create_index(batch.f("ix_agency_units_agency_id"), ["agency_id"], unique=False)


def _shipped() -> dict:
    text = resources.files("resources").joinpath("agencies/agencies.json").read_text(encoding="utf-8")
    return json.loads(text)


def _office_settings(connection) -> dict[str, str]:
    """The office's settings as stored, filled with the shipped identity where a key was never written."""
    from db.settings import registry

    stored = dict(connection.execute(sa.text("SELECT key, value FROM settings WHERE scope = 'office'")).all())
    return {**registry.office_defaults(), **{key: value for key, value in stored.items() if value}}


def _the_agency(office: dict[str, str], shipped: dict) -> dict:
    """The one agency an existing database is: its identity from the office settings; the shipped record of the
    same name gives its code and the hall-wide services it offers."""
    from db.settings import registry

    match = next((a for a in shipped["agencies"] if a["short_name"] == office.get("office.short_name")), None)
    formats = {kind: office.get(key) or registry.BY_KEY[key].default for kind, key in NUMBER_SETTINGS.items()}
    signer = {
        "role": "kepala_dinas",
        **{field: office.get(f"signing.{field}", "") for field in ("title", "name", "rank", "nip")},
    }
    return {
        "id": uuid.uuid5(_NAMESPACE, "agency:" + (match["code"] if match else "INSTANSI-1")),
        "code": match["code"] if match else "INSTANSI-1",
        "short_name": office.get("office.short_name", "") or "Instansi",
        "name": office.get("office.name", "") or office.get("office.short_name", "") or "Instansi",
        **{
            field: office.get(f"office.{field}", "")
            for field in (
                "government",
                "address",
                "city",
                "phone",
                "fax",
                "email",
                "website",
                "logo",
                "motto",
                "motto_text",
                "maklumat",
            )
        },
        "signers": [signer],
        "signing_mode": office.get("signing.mode") or "basah",
        "number_formats": formats,
        "general_services": list(match["general_services"]) if match else list(shipped["general_services"]["codes"]),
        "sort_order": 0,
        "active": True,
        "source": "dari pengaturan kantor saat pemutakhiran ke basis data aula (revisi agencies)",
    }


_TYPES = {
    "id": sa.Uuid(),
    "hall_id": sa.Uuid(),
    "agency_id": sa.Uuid(),
    "updated_at": db.models.base.UtcDateTime(timezone=True),
    "opening_hours": sa.JSON(),
    "signers": sa.JSON(),
    "number_formats": sa.JSON(),
    "general_services": sa.JSON(),
}


def _table(name: str, *columns: str) -> sa.TableClause:
    """A table of this revision's shape (never the models', which move on), its columns typed for the binds."""
    return sa.table(name, *(sa.column(column, _TYPES.get(column)) for column in columns))


def _backfill() -> None:
    connection = op.get_bind()
    shipped = _shipped()
    office = _office_settings(connection)
    hall_id = uuid.uuid5(_NAMESPACE, "hall")
    now = db.models.base.utc_now()
    halls = _table("halls", "id", "name", "short_name", "address", "logo", "maklumat", "updated_at", "opening_hours")
    # a single office is its own hall: the public sees the office's name, logo and pledge as before
    connection.execute(
        halls.insert().values(
            id=hall_id,
            name=office.get("office.short_name", "") or "Aula Pelayanan",
            short_name=office.get("office.short_name", "") or "Aula Pelayanan",
            address=office.get("office.address", ""),
            logo=office.get("office.logo", ""),
            maklumat=office.get("office.maklumat", ""),
            opening_hours=shipped["hall"]["opening_hours"],
            updated_at=now,
        )
    )
    agency = _the_agency(office, shipped)
    agencies = _table("agencies", "hall_id", "updated_at", *agency)
    connection.execute(agencies.insert().values(hall_id=hall_id, updated_at=now, **agency))
    agency_id = agency["id"]
    for table in RECORD_TABLES:
        connection.execute(_table(table, "agency_id").update().values(agency_id=agency_id))
    # the office's staff serve its agency; administrators run the hall (in a one-agency hall the same thing)
    users = _table("users", "agency_id", "role")
    connection.execute(users.update().where(users.c.role != "administrator").values(agency_id=agency_id))
    general = list(shipped["general_services"]["codes"])
    catalog = _table("catalog_services", "agency_id", "code")
    connection.execute(catalog.update().where(catalog.c.code.not_in(general)).values(agency_id=agency_id))
    connection.execute(_table("registration_sequences", "agency_id").update().values(agency_id=agency_id))


def upgrade() -> None:
    _create_tables()
    for table in (*RECORD_TABLES, "users", "catalog_services"):
        _scoped(table)
    with op.batch_alter_table("catalog_services") as batch:
        batch.add_column(sa.Column("unit_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(batch.f("fk_catalog_services_unit_id"), "agency_units", ["unit_id"], ["id"])
    with op.batch_alter_table("registration_sequences") as batch:
        batch.add_column(sa.Column("agency_id", sa.Uuid(), nullable=True))
    _backfill()
    with op.batch_alter_table("registration_sequences") as batch:
        batch.alter_column("agency_id", existing_type=sa.Uuid(), nullable=False)
        batch.drop_constraint(batch.f("uq_registration_sequences_kind_year"), type_="unique")
        batch.create_unique_constraint("uq_registration_sequences_agency_kind_year", ["agency_id", "kind", "year"])
        batch.create_foreign_key(batch.f("fk_registration_sequences_agency_id"), "agencies", ["agency_id"], ["id"])
    # each agency keeps its own register of applicants: NIK and NIB are unique within the agency
    with op.batch_alter_table("applicants") as batch:
        batch.drop_constraint(batch.f("uq_applicants_nib"), type_="unique")
        batch.drop_constraint(batch.f("uq_applicants_nik"), type_="unique")
        batch.create_index(batch.f("ix_applicants_nib"), ["nib"], unique=False)
        batch.create_index(batch.f("ix_applicants_nik"), ["nik"], unique=False)
        batch.create_unique_constraint("uq_applicants_agency_nib", ["agency_id", "nib"])
        batch.create_unique_constraint("uq_applicants_agency_nik", ["agency_id", "nik"])


def downgrade() -> None:
    with op.batch_alter_table("applicants") as batch:
        batch.drop_constraint("uq_applicants_agency_nik", type_="unique")
        batch.drop_constraint("uq_applicants_agency_nib", type_="unique")
        batch.drop_index(batch.f("ix_applicants_nik"))
        batch.drop_index(batch.f("ix_applicants_nib"))
        batch.create_unique_constraint(batch.f("uq_applicants_nik"), ["nik"])
        batch.create_unique_constraint(batch.f("uq_applicants_nib"), ["nib"])
    with op.batch_alter_table("registration_sequences") as batch:
        batch.drop_constraint(batch.f("fk_registration_sequences_agency_id"), type_="foreignkey")
        batch.drop_constraint("uq_registration_sequences_agency_kind_year", type_="unique")
        batch.create_unique_constraint(batch.f("uq_registration_sequences_kind_year"), ["kind", "year"])
        batch.drop_column("agency_id")
    with op.batch_alter_table("catalog_services") as batch:
        batch.drop_constraint(batch.f("fk_catalog_services_unit_id"), type_="foreignkey")
        batch.drop_column("unit_id")
    for table in (*RECORD_TABLES, "users", "catalog_services"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(batch.f(f"fk_{table}_agency_id"), type_="foreignkey")
            batch.drop_index(batch.f(f"ix_{table}_agency_id"))
            batch.drop_column("agency_id")
    op.drop_table("agency_units")
    op.drop_table("agencies")
    op.drop_table("halls")
