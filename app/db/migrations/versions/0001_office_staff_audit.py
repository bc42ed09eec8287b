"""office, staff accounts, audit log and change log

Revision ID: 0001
Revises:
Create Date: 2026-11-23 10:29:35.298657
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('device_clock',
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('counter', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_device_clock'))
    )
    op.create_table('local_setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_setting'))
    )
    op.create_table('office',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('municipality', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office'))
    )
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_office_version_counter'), ['version_counter'], unique=False)

    op.create_table('tombstone',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tombstone'))
    )
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tombstone_version_counter'), ['version_counter'], unique=False)

    op.create_table('staff_account',
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('initials', sa.String(length=10), nullable=False),
    sa.Column('roles', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_staff_account_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_account')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_account_username'))
    )
    with op.batch_alter_table('staff_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_account_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_account_version_counter'), ['version_counter'], unique=False)

    op.create_table('workstation',
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('signing_key_private', sa.LargeBinary(), nullable=False),
    sa.Column('signing_key_public', sa.LargeBinary(), nullable=False),
    sa.Column('is_this_device', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_workstation_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workstation'))
    )
    with op.batch_alter_table('workstation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workstation_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_workstation_version_counter'), ['version_counter'], unique=False)

    op.create_table('audit_entry',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('object_type', sa.String(length=64), nullable=False),
    sa.Column('object_id', sa.Uuid(), nullable=True),
    sa.Column('citizen_id', sa.Uuid(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'], name=op.f('fk_audit_entry_staff_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry')),
    sa.UniqueConstraint('seq', name=op.f('uq_audit_entry_seq'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_staff_id'), ['staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_version_counter'), ['version_counter'], unique=False)

    op.create_table('partnership',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('caseworker_id', sa.Uuid(), nullable=False),
    sa.Column('jobformidler_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['caseworker_id'], ['staff_account.id'], name=op.f('fk_partnership_caseworker_id_staff_account')),
    sa.ForeignKeyConstraint(['jobformidler_id'], ['staff_account.id'], name=op.f('fk_partnership_jobformidler_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partnership'))
    )
    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_caseworker_id'), ['caseworker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_jobformidler_id'), ['jobformidler_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_version_counter'), ['version_counter'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnership_version_counter'))
        batch_op.drop_index(batch_op.f('ix_partnership_jobformidler_id'))
        batch_op.drop_index(batch_op.f('ix_partnership_caseworker_id'))

    op.drop_table('partnership')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_version_counter'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_staff_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_citizen_id'))

    op.drop_table('audit_entry')
    with op.batch_alter_table('workstation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workstation_version_counter'))
        batch_op.drop_index(batch_op.f('ix_workstation_office_id'))

    op.drop_table('workstation')
    with op.batch_alter_table('staff_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_account_version_counter'))
        batch_op.drop_index(batch_op.f('ix_staff_account_office_id'))

    op.drop_table('staff_account')
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tombstone_version_counter'))

    op.drop_table('tombstone')
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_office_version_counter'))

    op.drop_table('office')
    op.drop_table('local_setting')
    op.drop_table('device_clock')
