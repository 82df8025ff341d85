"""the SKM respondent's profile as the annex of PermenPANRB 14/2017 asks it: age in years and what "Lainnya" is;
the occupations recorded under the older list take the annex's names (nothing is lost: "Pelajar/Mahasiswa" becomes
"Lainnya" with that text)

Revision ID: skm_profile
Revises: agencies
"""

import sqlalchemy as sa
from alembic import op

revision = "skm_profile"
down_revision = "agencies"
branch_labels = None
depends_on = None

# older list -> the annex's list (education keeps what it held: SD, SMP, SMA and S1 are the same words, and "D1-D4"
# or "S2+" have no single category in the annex, so the report shows them as recorded)
RENAMED = {"Swasta": "SWASTA", "Wirausaha": "WIRAUSAHA"}
NAMED_OTHER = ("Pelajar/Mahasiswa",)
BANDS = ((None, 19, "<20"), (20, 29, "20-29"), (30, 39, "30-39"), (40, 49, "40-49"), (50, 59, "50-59"), (60, None, "60+"))


def upgrade() -> None:
    with op.batch_alter_table("skm_responses") as batch:
        batch.add_column(sa.Column("age", sa.SmallInteger(), nullable=True))
        batch.add_column(sa.Column("occupation_other", sa.String(length=60), nullable=True))
    responses = sa.table("skm_responses", sa.column("occupation"), sa.column("occupation_other"))
    for old, new in RENAMED.items():
        op.execute(responses.update().where(responses.c.occupation == old).values(occupation=new))
    for old in NAMED_OTHER:
        op.execute(
            responses.update().where(responses.c.occupation == old).values(occupation="Lainnya", occupation_other=old)
        )


def downgrade() -> None:
    responses = sa.table(
        "skm_responses",
        sa.column("occupation"),
        sa.column("occupation_other"),
        sa.column("age"),
        sa.column("age_band"),
    )
    for old in NAMED_OTHER:
        named = (responses.c.occupation == "Lainnya") & (responses.c.occupation_other == old)
        op.execute(responses.update().where(named).values(occupation=old))
    for old, new in RENAMED.items():
        op.execute(responses.update().where(responses.c.occupation == new).values(occupation=old))
    for low, high, band in BANDS:  # the older schema keeps ages as bands only
        within = responses.c.age.is_not(None) & responses.c.age_band.is_(None)
        if low is not None:
            within &= responses.c.age >= low
        if high is not None:
            within &= responses.c.age <= high
        op.execute(responses.update().where(within).values(age_band=band))
    with op.batch_alter_table("skm_responses") as batch:
        batch.drop_column("occupation_other")
        batch.drop_column("age")
