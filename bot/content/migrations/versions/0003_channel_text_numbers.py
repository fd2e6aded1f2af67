"""channels: a number to text, and the keyword to text to it

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 22:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("channels") as batch:
        batch.add_column(sa.Column("sms", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("sms_keyword", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("channels") as batch:
        batch.drop_column("sms_keyword")
        batch.drop_column("sms")
