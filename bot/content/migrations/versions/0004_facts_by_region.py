"""facts by region: laws and ages that differ by region, filled into advice

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 22:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "facts",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "fact_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fact_key", sa.String(length=64), nullable=False),
        sa.Column("region", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["fact_key"], ["facts.key"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("fact_key", "region"),
    )


def downgrade() -> None:
    op.drop_table("fact_texts")
    op.drop_table("facts")
