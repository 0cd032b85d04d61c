"""enrolment request ids (a retried enrolment whose answer was lost gets a token);
index to trim stored batch answers by age

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 10:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('enrol_codes') as batch:
        batch.add_column(sa.Column('request_id', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('device_id', sa.String(length=64), nullable=True))
    op.create_index('ix_batches_created', 'batches', ['created_at'])


def downgrade() -> None:
    op.drop_index('ix_batches_created', table_name='batches')
    with op.batch_alter_table('enrol_codes') as batch:
        batch.drop_column('device_id')
        batch.drop_column('request_id')
