"""trade analysis: parts named by shipment lines, links to components, parties, hits

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 09:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shipment_parts",
        sa.Column("shipment_id", sa.Integer(), nullable=False),
        sa.Column("part_number", sa.String(length=100), nullable=False),
        sa.Column("base_part", sa.String(length=100), nullable=True),
        sa.Column("manufacturer", sa.String(length=200), nullable=True),
        sa.Column("brand", sa.String(length=200), nullable=True),
        sa.Column("maker_declared", sa.String(length=200), nullable=True),
        sa.Column("mpn", sa.String(length=100), nullable=True),
        sa.Column("chpl_tier", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipments.id"]),
        sa.PrimaryKeyConstraint("shipment_id", "part_number"),
    )
    op.create_index("ix_shipment_parts_base_part", "shipment_parts", ["base_part"])
    op.create_table(
        "shipment_links",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("component_id", sa.String(length=64), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=False),
        sa.Column("base_part", sa.String(length=100), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("fit", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["component_id"], ["components.id"]),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipments.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_shipment_links_component_id", "shipment_links", ["component_id"])
    op.create_index("ix_shipment_links_shipment_id", "shipment_links", ["shipment_id"])
    op.create_table(
        "company_facts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source_file", sa.String(length=500), nullable=False),
        sa.Column("source_row", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("tax_id", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("owner_name", sa.Text(), nullable=True),
        sa.Column("owner_tax_id", sa.String(length=100), nullable=True),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "parties",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("tax_ids", sa.JSON(), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("spellings", sa.JSON(), nullable=False),
        sa.Column("why", sa.JSON(), nullable=False),
        sa.Column("shipments", sa.Integer(), nullable=False),
        sa.Column("value_usd", sa.Float(), nullable=False),
        sa.Column("first_date", sa.Date(), nullable=True),
        sa.Column("last_date", sa.Date(), nullable=True),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("addresses", sa.JSON(), nullable=False),
        sa.Column("fact_ids", sa.JSON(), nullable=False),
        sa.Column("owner_id", sa.String(length=40), nullable=True),
        sa.Column("screened_at", sa.DateTime(), nullable=True),
        sa.Column("list_versions", sa.JSON(), nullable=True),
        sa.Column("screening_note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "shipment_parties",
        sa.Column("shipment_id", sa.Integer(), nullable=False),
        sa.Column("exporter_party", sa.String(length=40), nullable=True),
        sa.Column("importer_party", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipments.id"]),
        sa.PrimaryKeyConstraint("shipment_id"),
    )
    op.create_index("ix_shipment_parties_exporter_party", "shipment_parties", ["exporter_party"])
    op.create_index("ix_shipment_parties_importer_party", "shipment_parties", ["importer_party"])
    op.create_table(
        "party_hits",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("party_id", sa.String(length=40), nullable=False),
        sa.Column("dataset", sa.String(length=100), nullable=False),
        sa.Column("entry_id", sa.String(length=200), nullable=False),
        sa.Column("entry_name", sa.Text(), nullable=False),
        sa.Column("list_version", sa.String(length=200), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("match", sa.Boolean(), nullable=False),
        sa.Column("matched_name", sa.Text(), nullable=False),
        sa.Column("query_name", sa.Text(), nullable=False),
        sa.Column("explanation", sa.JSON(), nullable=False),
        sa.Column("screened_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_party_hits_party_id", "party_hits", ["party_id"])
    op.create_table(
        "party_flags",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("party_id", sa.String(length=40), nullable=False),
        sa.Column("flag", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("shipment_ids", sa.JSON(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_party_flags_party_id", "party_flags", ["party_id"])


def downgrade() -> None:
    for table in ("party_flags", "party_hits", "shipment_parties", "parties", "company_facts"):
        op.drop_table(table)
    op.drop_table("shipment_links")
    op.drop_table("shipment_parts")
