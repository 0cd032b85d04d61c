"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 06:59:38.498614
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('admin_tokens',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('revoked_at', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_table('balances',
    sa.Column('account', sa.String(length=120), nullable=False),
    sa.Column('balance_minutes', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('account')
    )
    op.create_table('batches',
    sa.Column('batch_id', sa.String(length=64), nullable=False),
    sa.Column('hub_id', sa.String(length=64), nullable=False),
    sa.Column('body_hash', sa.String(length=64), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('batch_id')
    )
    op.create_table('changes',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=64), nullable=False),
    sa.Column('hub_id', sa.String(length=64), nullable=True),
    sa.Column('origin_device', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.create_index('ix_changes_hub_seq', ['hub_id', 'seq'], unique=False)
        batch_op.create_index('ix_changes_record', ['kind', 'record_id'], unique=True)

    op.create_table('hubs',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('ledger_transfers',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('hub_id', sa.String(length=64), nullable=False),
    sa.Column('from_account', sa.String(length=120), nullable=False),
    sa.Column('to_account', sa.String(length=120), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=True),
    sa.Column('reverses', sa.String(length=64), nullable=True),
    sa.Column('overdrawn', sa.Boolean(), nullable=False),
    sa.Column('balance_after', sa.Integer(), nullable=True),
    sa.Column('received_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('ops',
    sa.Column('op_id', sa.String(length=64), nullable=False),
    sa.Column('hub_id', sa.String(length=64), nullable=False),
    sa.Column('batch_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=64), nullable=False),
    sa.Column('payload_hash', sa.String(length=64), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('op_id')
    )
    op.create_table('postcodes',
    sa.Column('postcode', sa.String(length=12), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('postcode')
    )
    op.create_table('record_versions',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hub_id', sa.String(length=64), nullable=True),
    sa.Column('changed', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'record_id', 'version')
    )
    op.create_table('records',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=64), nullable=False),
    sa.Column('hub_id', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=True),
    sa.Column('payload_hash', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('updated_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'record_id')
    )
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.create_index('ix_records_hub_kind', ['hub_id', 'kind'], unique=False)

    op.create_table('seq_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('server_meta',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('services',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('organization_id', sa.String(length=64), nullable=True),
    sa.Column('minimum_age', sa.Float(), nullable=True),
    sa.Column('maximum_age', sa.Float(), nullable=True),
    sa.Column('last_modified', sa.String(length=40), nullable=False),
    sa.Column('document', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.create_index('ix_services_modified', ['last_modified'], unique=False)
        batch_op.create_index('ix_services_name', ['name'], unique=False)

    op.create_table('taxonomies',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('document', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('taxonomy_terms',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('taxonomy_id', sa.String(length=64), nullable=True),
    sa.Column('document', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('devices',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('hub_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('revoked_at', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_table('enrol_codes',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('hub_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('expires_at', sa.String(length=40), nullable=False),
    sa.Column('used_at', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], ),
    sa.PrimaryKeyConstraint('code_hash')
    )
    op.create_table('service_locations',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('service_id', sa.String(length=64), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('postcode', sa.String(length=12), nullable=True),
    sa.Column('document', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('service_locations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_locations_service_id'), ['service_id'],
                              unique=False)

    op.create_table('service_schedules',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('service_id', sa.String(length=64), nullable=False),
    sa.Column('day', sa.String(length=2), nullable=True),
    sa.Column('opens_at', sa.String(length=8), nullable=True),
    sa.Column('closes_at', sa.String(length=8), nullable=True),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('service_schedules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_schedules_service_id'), ['service_id'],
                              unique=False)

    op.create_table('service_terms',
    sa.Column('service_id', sa.String(length=64), nullable=False),
    sa.Column('term_id', sa.String(length=64), nullable=False),
    sa.Column('taxonomy_id', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('service_id', 'term_id')
    )
    with op.batch_alter_table('service_terms', schema=None) as batch_op:
        batch_op.create_index('ix_service_terms_term', ['term_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('service_terms', schema=None) as batch_op:
        batch_op.drop_index('ix_service_terms_term')

    op.drop_table('service_terms')
    with op.batch_alter_table('service_schedules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_schedules_service_id'))

    op.drop_table('service_schedules')
    with op.batch_alter_table('service_locations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_locations_service_id'))

    op.drop_table('service_locations')
    op.drop_table('enrol_codes')
    op.drop_table('devices')
    op.drop_table('taxonomy_terms')
    op.drop_table('taxonomies')
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.drop_index('ix_services_name')
        batch_op.drop_index('ix_services_modified')

    op.drop_table('services')
    op.drop_table('server_meta')
    op.drop_table('seq_counter')
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.drop_index('ix_records_hub_kind')

    op.drop_table('records')
    op.drop_table('record_versions')
    op.drop_table('postcodes')
    op.drop_table('ops')
    op.drop_table('ledger_transfers')
    op.drop_table('hubs')
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.drop_index('ix_changes_record')
        batch_op.drop_index('ix_changes_hub_seq')

    op.drop_table('changes')
    op.drop_table('batches')
    op.drop_table('balances')
    op.drop_table('admin_tokens')

