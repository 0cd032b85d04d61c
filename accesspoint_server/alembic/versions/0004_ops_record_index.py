"""index on ops(record_id, kind): the scrub of stored answers after an erasure or an
anonymisation looks up the ops of the records it was given, instead of scanning every
stored op on each pushed batch that erases something; index on records(kind,
updated_at): the report index finds the transfers pushed since it last read them
(transfers have no feed rows)

Revision ID: 0004
Revises: 0003_data_protection
Create Date: 2026-11-25 12:30:00
"""

from alembic import op

revision = '0004'
down_revision = '0003_data_protection'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_ops_record', 'ops', ['record_id', 'kind'], unique=False)
    op.create_index('ix_records_kind_updated', 'records', ['kind', 'updated_at'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_records_kind_updated', table_name='records')
    op.drop_index('ix_ops_record', table_name='ops')
