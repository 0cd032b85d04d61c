"""data protection: server audit, legal holds, anonymised records (issue 7)

Revision ID: 0003_data_protection
Revises: 0002
Create Date: 2026-11-25 09:55:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0003_data_protection'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'server_audit',
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('at', sa.String(length=40), nullable=False),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('action', sa.String(length=40), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.String(length=64), nullable=False),
        sa.Column('detail', sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_server_audit_record', 'server_audit', ['record_id'], unique=False)
    op.create_table(
        'legal_holds',
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.String(length=64), nullable=False),
        sa.Column('reason', sa.String(length=500), nullable=False),
        sa.Column('placed_by', sa.String(length=200), nullable=False),
        sa.Column('placed_at', sa.String(length=40), nullable=False),
        sa.Column('released_by', sa.String(length=200), nullable=True),
        sa.Column('released_at', sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_legal_holds_record', 'legal_holds', ['kind', 'record_id'],
                    unique=False)
    op.create_table(
        'anonymised',
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.String(length=64), nullable=False),
        sa.Column('anonymised_at', sa.String(length=40), nullable=False),
        sa.Column('rule', sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint('kind', 'record_id'),
    )


def downgrade() -> None:
    op.drop_table('anonymised')
    op.drop_index('ix_legal_holds_record', table_name='legal_holds')
    op.drop_table('legal_holds')
    op.drop_index('ix_server_audit_record', table_name='server_audit')
    op.drop_table('server_audit')
