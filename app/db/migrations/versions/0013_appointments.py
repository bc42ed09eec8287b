"""issue 20, points 1-6: appointments (møder) with their staff, and the office's replicated
settings (the invitation letter's template, the office's phone, opening hours and open
counselling hours).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-27 01:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _replicated() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('version_device', sa.Uuid(), nullable=False),
        sa.Column('version_counter', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('hlc', sa.BigInteger(), server_default='0', nullable=False),
        sa.Column('row_vv', sa.Text(), server_default='', nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'appointment',
        *_replicated(),
        sa.Column('citizen_id', sa.Uuid(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('place_kind', sa.String(length=32), nullable=False),
        sa.Column('place_text', sa.String(length=300), nullable=False),
        sa.Column('starts_at', sa.DateTime(), nullable=False),
        sa.Column('ends_at', sa.DateTime(), nullable=False),
        sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
        sa.Column('interpreter_language', sa.String(length=50), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('bring', sa.String(length=500), nullable=False),
        sa.Column('booked_by_id', sa.Uuid(), nullable=True),
        sa.Column('outcome', sa.String(length=32), nullable=True),
        sa.Column('outcome_at', sa.DateTime(), nullable=True),
        sa.Column('outcome_by_id', sa.Uuid(), nullable=True),
        sa.Column('contact_entry_id', sa.Uuid(), nullable=True),
        sa.Column('letter_entry_id', sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'],
                                name=op.f('fk_appointment_citizen_id_citizen')),
        sa.ForeignKeyConstraint(['booked_by_id'], ['staff_account.id'],
                                name=op.f('fk_appointment_booked_by_id_staff_account')),
        sa.ForeignKeyConstraint(['outcome_by_id'], ['staff_account.id'],
                                name=op.f('fk_appointment_outcome_by_id_staff_account')),
        sa.ForeignKeyConstraint(['contact_entry_id'], ['contact_entry.id'],
                                name=op.f('fk_appointment_contact_entry_id_contact_entry')),
        sa.ForeignKeyConstraint(['letter_entry_id'], ['contact_entry.id'],
                                name=op.f('fk_appointment_letter_entry_id_contact_entry')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment')),
    )
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.create_index('ix_appointment_citizen_id', ['citizen_id'], unique=False)
        batch_op.create_index('ix_appointment_week', ['starts_at', 'ends_at', 'outcome', 'id'],
                              unique=False)
        batch_op.create_index('ix_appointment_version_counter', ['version_counter'],
                              unique=False)
    op.create_table(
        'appointment_staff',
        *_replicated(),
        sa.Column('appointment_id', sa.Uuid(), nullable=False),
        sa.Column('staff_id', sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'],
                                name=op.f('fk_appointment_staff_appointment_id_appointment')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'],
                                name=op.f('fk_appointment_staff_staff_id_staff_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment_staff')),
    )
    with op.batch_alter_table('appointment_staff', schema=None) as batch_op:
        batch_op.create_index('ix_appointment_staff_appointment_id', ['appointment_id'],
                              unique=False)
        batch_op.create_index('ix_appointment_staff_staff_id', ['staff_id'], unique=False)
        batch_op.create_index('ix_appointment_staff_version_counter', ['version_counter'],
                              unique=False)
    op.create_table(
        'office_setting',
        *_replicated(),
        sa.Column('key', sa.String(length=100), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_office_setting')),
    )
    with op.batch_alter_table('office_setting', schema=None) as batch_op:
        batch_op.create_index('ix_office_setting_key', ['key'], unique=False)
        batch_op.create_index('ix_office_setting_version_counter', ['version_counter'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('office_setting')
    op.drop_table('appointment_staff')
    op.drop_table('appointment')
