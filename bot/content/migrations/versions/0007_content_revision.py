"""a revision number that any change to the live content raises, so readers may cache

Triggers on every content table raise it, whoever writes (the console's publish, an import, a
seed, or a hand-written UPDATE), so a cached read can never outlive an edit.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 05:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CONTENT_TABLES = (
    "regions", "channels", "situations", "routes", "sites", "topics", "topic_guidance",
    "topic_words", "platforms", "facts", "fact_texts",
)  # fmt: skip
_BUMP = "UPDATE content_revision SET revision = revision + 1 WHERE id = 1"


def upgrade() -> None:
    table = op.create_table(
        "content_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(table, [{"id": 1, "revision": 1}])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION bump_content_revision() RETURNS trigger AS $$ "
            f"BEGIN {_BUMP}; RETURN NULL; END; $$ LANGUAGE plpgsql"
        )
        for name in CONTENT_TABLES:
            op.execute(
                f"CREATE TRIGGER {name}_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {name} FOR EACH STATEMENT EXECUTE PROCEDURE bump_content_revision()"
            )
        return
    for name in CONTENT_TABLES:  # SQLite: row triggers (it has no statement triggers)
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {name}_{event.lower()}_revision AFTER {event} ON {name} "
                f"BEGIN {_BUMP}; END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in CONTENT_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}_revision ON {name}")
        op.execute("DROP FUNCTION IF EXISTS bump_content_revision()")
    else:
        for name in CONTENT_TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {name}_{event}_revision")
    op.drop_table("content_revision")
