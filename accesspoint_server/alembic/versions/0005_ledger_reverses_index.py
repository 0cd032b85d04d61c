"""ledger: partial index on ledger_transfers.reverses (a correction is checked against
an earlier reversal of the same transfer; without it that check reads the whole table)

Revision ID: 0005_ledger_reverses
Revises: 0004
Create Date: 2026-11-25 12:55:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0005_ledger_reverses'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_ledger_transfers_reverses', 'ledger_transfers', ['reverses'],
                    unique=False, postgresql_where=sa.text('reverses IS NOT NULL'),
                    sqlite_where=sa.text('reverses IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_ledger_transfers_reverses', table_name='ledger_transfers')
