"""issue 20, points 7-12: group sessions and their sign-ups (group_session, group_signup),
caseload handovers shown on the record (course_handover), the partner register and referrals
(partner, partner_contact, referral), the office's tool library (tool_item, files kept in the
encrypted store), and a makkerskab's end date (partnership.ended_on). All replicated.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27 01:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('referral', 'group_signup', 'course_handover', 'tool_item', 'group_session',
          'partner_contact', 'partner')


def upgrade() -> None:
    op.create_table('partner',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('row_vv', sa.Text(), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner'))
    )
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_version_counter'), ['version_counter'], unique=False)

    op.create_table('partner_contact',
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('row_vv', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_partner_contact_partner_id_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_contact'))
    )
    with op.batch_alter_table('partner_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_contact_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_contact_version_counter'), ['version_counter'], unique=False)

    op.create_table('group_session',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('host_id', sa.Uuid(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('row_vv', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['host_id'], ['staff_account.id'], name=op.f('fk_group_session_host_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_session'))
    )
    with op.batch_alter_table('group_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_session_host_id'), ['host_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_session_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_session_version_counter'), ['version_counter'], unique=False)

    op.create_table('tool_item',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('url', sa.String(length=1000), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('industries', sa.String(length=500), nullable=False),
    sa.Column('languages', sa.String(length=300), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('added_by_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('row_vv', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['staff_account.id'], name=op.f('fk_tool_item_added_by_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tool_item'))
    )
    with op.batch_alter_table('tool_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tool_item_added_by_id'), ['added_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tool_item_version_counter'), ['version_counter'], unique=False)

    op.create_table('course_handover',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('citizen_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('from_staff_id', sa.Uuid(), nullable=False),
    sa.Column('to_staff_id', sa.Uuid(), nullable=False),
    sa.Column('moved_on', sa.Date(), nullable=False),
    sa.Column('moved_by_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('row_vv', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'], name=op.f('fk_course_handover_citizen_id_citizen')),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_course_handover_course_id_course')),
    sa.ForeignKeyConstraint(['from_staff_id'], ['staff_account.id'], name=op.f('fk_course_handover_from_staff_id_staff_account')),
    sa.ForeignKeyConstraint(['moved_by_id'], ['staff_account.id'], name=op.f('fk_course_handover_moved_by_id_staff_account')),
    sa.ForeignKeyConstraint(['to_staff_id'], ['staff_account.id'], name=op.f('fk_course_handover_to_staff_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course_handover'))
    )
    with op.batch_alter_table('course_handover', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_handover_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_handover_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_handover_from_staff_id'), ['from_staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_handover_moved_by_id'), ['moved_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_handover_to_staff_id'), ['to_staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_handover_version_counter'), ['version_counter'], unique=False)

    op.create_table('referral',
    sa.Column('citizen_id', sa.Uuid(), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('shares_information', sa.Boolean(), nullable=False),
    sa.Column('consent_id', sa.Uuid(), nullable=True),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('row_vv', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'], name=op.f('fk_referral_citizen_id_citizen')),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], name=op.f('fk_referral_consent_id_consent')),
    sa.ForeignKeyConstraint(['contact_id'], ['partner_contact.id'], name=op.f('fk_referral_contact_id_partner_contact')),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_referral_partner_id_partner')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'], name=op.f('fk_referral_staff_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral'))
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_consent_id'), ['consent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_staff_id'), ['staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_version_counter'), ['version_counter'], unique=False)

    op.create_table('group_signup',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('citizen_id', sa.Uuid(), nullable=False),
    sa.Column('signed_up_by_id', sa.Uuid(), nullable=True),
    sa.Column('attended', sa.Boolean(), nullable=True),
    sa.Column('contact_entry_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('row_vv', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'], name=op.f('fk_group_signup_citizen_id_citizen')),
    sa.ForeignKeyConstraint(['contact_entry_id'], ['contact_entry.id'], name=op.f('fk_group_signup_contact_entry_id_contact_entry')),
    sa.ForeignKeyConstraint(['session_id'], ['group_session.id'], name=op.f('fk_group_signup_session_id_group_session')),
    sa.ForeignKeyConstraint(['signed_up_by_id'], ['staff_account.id'], name=op.f('fk_group_signup_signed_up_by_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_signup'))
    )
    with op.batch_alter_table('group_signup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_signup_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_signup_contact_entry_id'), ['contact_entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_signup_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_signup_signed_up_by_id'), ['signed_up_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_signup_version_counter'), ['version_counter'], unique=False)

    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ended_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.drop_column('ended_on')
    for table in TABLES:
        op.drop_table(table)
