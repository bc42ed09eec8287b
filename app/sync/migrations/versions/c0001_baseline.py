"""The central database as the release before Alembic made it with create_all (commit
2f5a586): devices, counters, imported bundles, records, conflicts and the audit anchors. A
database of that release has these tables and no alembic_version: it is stamped here.

Revision ID: c0001
Revises:
Create Date: 2026-11-27 01:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'central_audit_alarm',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('office', sa.String(length=200), nullable=False),
        sa.Column('bundle_id', sa.String(length=32), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('detected_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('central_audit_alarm', schema=None) as batch_op:
        batch_op.create_index('ix_central_audit_alarm_device_id', ['device_id'], unique=False)
    op.create_table(
        'central_audit_anchor',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('bundle_seq', sa.Integer(), nullable=False),
        sa.Column('audit_seq', sa.Integer(), nullable=False),
        sa.Column('audit_sha256', sa.String(length=64), nullable=False),
        sa.Column('accepted_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('central_audit_anchor', schema=None) as batch_op:
        batch_op.create_index('ix_central_audit_anchor_device_id', ['device_id'], unique=False)
    op.create_table(
        'central_conflict',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('table_name', sa.String(length=64), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.Column('stored_device', sa.String(length=36), nullable=False),
        sa.Column('stored_counter', sa.Integer(), nullable=False),
        sa.Column('incoming_device', sa.String(length=36), nullable=False),
        sa.Column('incoming_counter', sa.Integer(), nullable=False),
        sa.Column('incoming_data', sa.Text(), nullable=False),
        sa.Column('bundle_id', sa.String(length=32), nullable=False),
        sa.Column('detected_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'central_device',
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('office_id', sa.String(length=36), nullable=False),
        sa.Column('office', sa.String(length=200), nullable=False),
        sa.Column('workstation', sa.String(length=200), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('enrolled_at', sa.DateTime(), nullable=False),
        sa.Column('revoked_at', sa.DateTime(), nullable=True),
        sa.Column('last_seq', sa.Integer(), nullable=False),
        sa.Column('last_sha256', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('device_id'),
    )
    op.create_table(
        'central_device_counter',
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('last_counter', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('device_id'),
    )
    op.create_table(
        'central_import',
        sa.Column('bundle_id', sa.String(length=32), nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('records', sa.Integer(), nullable=False),
        sa.Column('conflicts', sa.Integer(), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('bundle_id'),
    )
    with op.batch_alter_table('central_import', schema=None) as batch_op:
        batch_op.create_index('ix_central_import_device_id', ['device_id'], unique=False)
    op.create_table(
        'central_record',
        sa.Column('table_name', sa.String(length=64), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('counter', sa.Integer(), nullable=False),
        sa.Column('deleted', sa.Integer(), nullable=False),
        sa.Column('data', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('table_name', 'record_id'),
    )


def downgrade() -> None:
    for table in ('central_record', 'central_import', 'central_device_counter',
                  'central_device', 'central_conflict', 'central_audit_anchor',
                  'central_audit_alarm'):
        op.drop_table(table)
