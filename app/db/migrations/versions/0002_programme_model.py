"""the programme model: citizens, courses, companies, agreements, step-up, drop-ins

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:29:35.298657
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('citizen',
    sa.Column('cpr', sa.String(length=10), nullable=True),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('language', sa.String(length=50), nullable=False),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('benefit_type', sa.String(length=32), nullable=True),
    sa.Column('activity_ready', sa.Boolean(), nullable=False),
    sa.Column('search_name', sa.String(length=201), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citizen')),
    sa.UniqueConstraint('cpr', name=op.f('uq_citizen_cpr'))
    )
    with op.batch_alter_table('citizen', schema=None) as batch_op:
        batch_op.create_index('ix_citizen_name', ['last_name', 'first_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_citizen_phone'), ['phone'], unique=False)
        batch_op.create_index(batch_op.f('ix_citizen_search_name'), ['search_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_citizen_version_counter'), ['version_counter'], unique=False)

    op.create_table('company',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('cvr', sa.String(length=8), nullable=True),
    sa.Column('industry', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('offers_note', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company')),
    sa.UniqueConstraint('cvr', name=op.f('uq_company_cvr'))
    )
    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_company_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_version_counter'), ['version_counter'], unique=False)

    op.create_table('company_contact',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_company_contact_company_id_company')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company_contact'))
    )
    with op.batch_alter_table('company_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_company_contact_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_contact_version_counter'), ['version_counter'], unique=False)

    op.create_table('cv_item',
    sa.Column('citizen_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'], name=op.f('fk_cv_item_citizen_id_citizen')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cv_item'))
    )
    with op.batch_alter_table('cv_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cv_item_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cv_item_version_counter'), ['version_counter'], unique=False)

    op.create_table('drop_in_visit',
    sa.Column('citizen_id', sa.Uuid(), nullable=True),
    sa.Column('visitor_label', sa.String(length=100), nullable=False),
    sa.Column('visitor_phone', sa.String(length=30), nullable=False),
    sa.Column('visit_date', sa.Date(), nullable=False),
    sa.Column('queue_number', sa.Integer(), nullable=False),
    sa.Column('reasons', sa.String(length=300), nullable=False),
    sa.Column('language', sa.String(length=50), nullable=False),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=True),
    sa.Column('referred_to', sa.String(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('anonymised_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'], name=op.f('fk_drop_in_visit_citizen_id_citizen')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drop_in_visit'))
    )
    with op.batch_alter_table('drop_in_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_drop_in_visit_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_drop_in_visit_version_counter'), ['version_counter'], unique=False)
        batch_op.create_index(batch_op.f('ix_drop_in_visit_visit_date'), ['visit_date'], unique=False)

    op.create_table('network_person',
    sa.Column('citizen_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('relation', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'], name=op.f('fk_network_person_citizen_id_citizen')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_person'))
    )
    with op.batch_alter_table('network_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_person_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_person_version_counter'), ['version_counter'], unique=False)

    op.create_table('consent',
    sa.Column('citizen_id', sa.Uuid(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('recorded_by_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'], name=op.f('fk_consent_citizen_id_citizen')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff_account.id'], name=op.f('fk_consent_recorded_by_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_recorded_by_id'), ['recorded_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_version_counter'), ['version_counter'], unique=False)

    op.create_table('course',
    sa.Column('citizen_id', sa.Uuid(), nullable=False),
    sa.Column('caseworker_id', sa.Uuid(), nullable=True),
    sa.Column('jobformidler_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('visitation_group', sa.String(length=32), nullable=True),
    sa.Column('visitation_date', sa.Date(), nullable=True),
    sa.Column('visited_by_id', sa.Uuid(), nullable=True),
    sa.Column('current_step', sa.String(length=32), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('completion_reason', sa.String(length=32), nullable=True),
    sa.Column('completion_note', sa.Text(), nullable=False),
    sa.Column('aftercare_until', sa.Date(), nullable=True),
    sa.Column('aftercare_consent', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['caseworker_id'], ['staff_account.id'], name=op.f('fk_course_caseworker_id_staff_account')),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'], name=op.f('fk_course_citizen_id_citizen')),
    sa.ForeignKeyConstraint(['jobformidler_id'], ['staff_account.id'], name=op.f('fk_course_jobformidler_id_staff_account')),
    sa.ForeignKeyConstraint(['visited_by_id'], ['staff_account.id'], name=op.f('fk_course_visited_by_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course'))
    )
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_caseworker_id'), ['caseworker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_jobformidler_id'), ['jobformidler_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_version_counter'), ['version_counter'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_visited_by_id'), ['visited_by_id'], unique=False)

    op.create_table('drop_in_event',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'], name=op.f('fk_drop_in_event_staff_id_staff_account')),
    sa.ForeignKeyConstraint(['visit_id'], ['drop_in_visit.id'], name=op.f('fk_drop_in_event_visit_id_drop_in_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drop_in_event'))
    )
    with op.batch_alter_table('drop_in_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_drop_in_event_staff_id'), ['staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_drop_in_event_version_counter'), ['version_counter'], unique=False)
        batch_op.create_index(batch_op.f('ix_drop_in_event_visit_id'), ['visit_id'], unique=False)

    op.create_table('agreement',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('contact_person_id', sa.Uuid(), nullable=True),
    sa.Column('agreement_type', sa.String(length=32), nullable=False),
    sa.Column('internship_purpose', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('tasks', sa.Text(), nullable=False),
    sa.Column('hours_per_week', sa.Integer(), nullable=False),
    sa.Column('paid_hours_per_week', sa.Integer(), nullable=False),
    sa.Column('paid_hours_plan', sa.Text(), nullable=False),
    sa.Column('sub_goals', sa.Text(), nullable=False),
    sa.Column('health_considerations', sa.Text(), nullable=False),
    sa.Column('followup_plan', sa.Text(), nullable=False),
    sa.Column('followup_interval_days', sa.Integer(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=False),
    sa.Column('supersedes_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_agreement_company_id_company')),
    sa.ForeignKeyConstraint(['contact_person_id'], ['company_contact.id'], name=op.f('fk_agreement_contact_person_id_company_contact')),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_agreement_course_id_course')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['agreement.id'], name=op.f('fk_agreement_supersedes_id_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement'))
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_contact_person_id'), ['contact_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_supersedes_id'), ['supersedes_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_version_counter'), ['version_counter'], unique=False)

    op.create_table('contact_entry',
    sa.Column('citizen_id', sa.Uuid(), nullable=False),
    sa.Column('course_id', sa.Uuid(), nullable=True),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('place', sa.String(length=32), nullable=True),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('interpreter_used', sa.Boolean(), nullable=False),
    sa.Column('interpreter_reason', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('next_contact_on', sa.Date(), nullable=True),
    sa.Column('next_contact_who', sa.String(length=200), nullable=False),
    sa.Column('drop_in_visit_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'], name=op.f('fk_contact_entry_citizen_id_citizen')),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_contact_entry_course_id_course')),
    sa.ForeignKeyConstraint(['drop_in_visit_id'], ['drop_in_visit.id'], name=op.f('fk_contact_entry_drop_in_visit_id_drop_in_visit')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'], name=op.f('fk_contact_entry_staff_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_entry'))
    )
    with op.batch_alter_table('contact_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_entry_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_entry_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_entry_drop_in_visit_id'), ['drop_in_visit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_entry_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_entry_staff_id'), ['staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_entry_version_counter'), ['version_counter'], unique=False)

    op.create_table('exemption_period',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('reason_text', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('notification_sent', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_exemption_period_course_id_course')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exemption_period'))
    )
    with op.batch_alter_table('exemption_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exemption_period_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exemption_period_version_counter'), ['version_counter'], unique=False)

    op.create_table('job_goal',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('functions', sa.Text(), nullable=False),
    sa.Column('field', sa.String(length=200), nullable=False),
    sa.Column('direction', sa.Text(), nullable=False),
    sa.Column('education_goal', sa.Boolean(), nullable=False),
    sa.Column('cv_started_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_job_goal_course_id_course')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_goal'))
    )
    with op.batch_alter_table('job_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_goal_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_goal_version_counter'), ['version_counter'], unique=False)

    op.create_table('match_activity',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('tasks_tried', sa.Text(), nullable=False),
    sa.Column('citizen_verdict', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_match_activity_company_id_company')),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_match_activity_course_id_course')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_activity'))
    )
    with op.batch_alter_table('match_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_match_activity_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_match_activity_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_match_activity_version_counter'), ['version_counter'], unique=False)

    op.create_table('step_period',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('step', sa.String(length=32), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('transition_note', sa.Text(), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('dropout', sa.Boolean(), nullable=False),
    sa.Column('recorded_by_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_step_period_course_id_course')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff_account.id'], name=op.f('fk_step_period_recorded_by_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_period'))
    )
    with op.batch_alter_table('step_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_period_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_period_recorded_by_id'), ['recorded_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_period_version_counter'), ['version_counter'], unique=False)

    op.create_table('step_up',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('barrier_kind', sa.String(length=32), nullable=False),
    sa.Column('initiated_by', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('consent_id', sa.Uuid(), nullable=True),
    sa.Column('preparation_sent_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], name=op.f('fk_step_up_consent_id_consent')),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_step_up_course_id_course')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_up'))
    )
    with op.batch_alter_table('step_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_up_consent_id'), ['consent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_up_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_up_version_counter'), ['version_counter'], unique=False)

    op.create_table('paid_hours_month',
    sa.Column('agreement_id', sa.Uuid(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('pay', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_paid_hours_month_agreement_id_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paid_hours_month')),
    sa.UniqueConstraint('agreement_id', 'month', name=op.f('uq_paid_hours_month_agreement_id'))
    )
    with op.batch_alter_table('paid_hours_month', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paid_hours_month_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_paid_hours_month_version_counter'), ['version_counter'], unique=False)

    op.create_table('step_up_agreement_row',
    sa.Column('step_up_id', sa.Uuid(), nullable=False),
    sa.Column('agreement', sa.Text(), nullable=False),
    sa.Column('responsible', sa.String(length=200), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('supplementary_effort', sa.Text(), nullable=False),
    sa.Column('effort_starts_on', sa.Date(), nullable=True),
    sa.Column('coordination', sa.Text(), nullable=False),
    sa.Column('considerations', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['step_up_id'], ['step_up.id'], name=op.f('fk_step_up_agreement_row_step_up_id_step_up')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_up_agreement_row'))
    )
    with op.batch_alter_table('step_up_agreement_row', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_up_agreement_row_step_up_id'), ['step_up_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_up_agreement_row_version_counter'), ['version_counter'], unique=False)

    op.create_table('step_up_answer',
    sa.Column('step_up_id', sa.Uuid(), nullable=False),
    sa.Column('question_key', sa.String(length=64), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['step_up_id'], ['step_up.id'], name=op.f('fk_step_up_answer_step_up_id_step_up')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_up_answer')),
    sa.UniqueConstraint('step_up_id', 'question_key', name=op.f('uq_step_up_answer_step_up_id'))
    )
    with op.batch_alter_table('step_up_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_up_answer_step_up_id'), ['step_up_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_up_answer_version_counter'), ['version_counter'], unique=False)

    op.create_table('step_up_document',
    sa.Column('step_up_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('included', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['step_up_id'], ['step_up.id'], name=op.f('fk_step_up_document_step_up_id_step_up')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_up_document'))
    )
    with op.batch_alter_table('step_up_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_up_document_step_up_id'), ['step_up_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_up_document_version_counter'), ['version_counter'], unique=False)

    op.create_table('step_up_meeting',
    sa.Column('step_up_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['step_up_id'], ['step_up.id'], name=op.f('fk_step_up_meeting_step_up_id_step_up')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_up_meeting'))
    )
    with op.batch_alter_table('step_up_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_up_meeting_step_up_id'), ['step_up_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_up_meeting_version_counter'), ['version_counter'], unique=False)

    op.create_table('step_up_participant',
    sa.Column('step_up_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['step_up_id'], ['step_up.id'], name=op.f('fk_step_up_participant_step_up_id_step_up')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_up_participant'))
    )
    with op.batch_alter_table('step_up_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_up_participant_step_up_id'), ['step_up_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_up_participant_version_counter'), ['version_counter'], unique=False)

    op.create_table('step_up_attendance',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('participant_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version_device', sa.Uuid(), nullable=False),
    sa.Column('version_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['step_up_meeting.id'], name=op.f('fk_step_up_attendance_meeting_id_step_up_meeting')),
    sa.ForeignKeyConstraint(['participant_id'], ['step_up_participant.id'], name=op.f('fk_step_up_attendance_participant_id_step_up_participant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_up_attendance')),
    sa.UniqueConstraint('meeting_id', 'participant_id', name=op.f('uq_step_up_attendance_meeting_id'))
    )
    with op.batch_alter_table('step_up_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_up_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_up_attendance_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_up_attendance_version_counter'), ['version_counter'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('step_up_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_up_attendance_version_counter'))
        batch_op.drop_index(batch_op.f('ix_step_up_attendance_participant_id'))
        batch_op.drop_index(batch_op.f('ix_step_up_attendance_meeting_id'))

    op.drop_table('step_up_attendance')
    with op.batch_alter_table('step_up_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_up_participant_version_counter'))
        batch_op.drop_index(batch_op.f('ix_step_up_participant_step_up_id'))

    op.drop_table('step_up_participant')
    with op.batch_alter_table('step_up_meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_up_meeting_version_counter'))
        batch_op.drop_index(batch_op.f('ix_step_up_meeting_step_up_id'))

    op.drop_table('step_up_meeting')
    with op.batch_alter_table('step_up_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_up_document_version_counter'))
        batch_op.drop_index(batch_op.f('ix_step_up_document_step_up_id'))

    op.drop_table('step_up_document')
    with op.batch_alter_table('step_up_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_up_answer_version_counter'))
        batch_op.drop_index(batch_op.f('ix_step_up_answer_step_up_id'))

    op.drop_table('step_up_answer')
    with op.batch_alter_table('step_up_agreement_row', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_up_agreement_row_version_counter'))
        batch_op.drop_index(batch_op.f('ix_step_up_agreement_row_step_up_id'))

    op.drop_table('step_up_agreement_row')
    with op.batch_alter_table('paid_hours_month', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paid_hours_month_version_counter'))
        batch_op.drop_index(batch_op.f('ix_paid_hours_month_agreement_id'))

    op.drop_table('paid_hours_month')
    with op.batch_alter_table('step_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_up_version_counter'))
        batch_op.drop_index(batch_op.f('ix_step_up_course_id'))
        batch_op.drop_index(batch_op.f('ix_step_up_consent_id'))

    op.drop_table('step_up')
    with op.batch_alter_table('step_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_period_version_counter'))
        batch_op.drop_index(batch_op.f('ix_step_period_recorded_by_id'))
        batch_op.drop_index(batch_op.f('ix_step_period_course_id'))

    op.drop_table('step_period')
    with op.batch_alter_table('match_activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_activity_version_counter'))
        batch_op.drop_index(batch_op.f('ix_match_activity_course_id'))
        batch_op.drop_index(batch_op.f('ix_match_activity_company_id'))

    op.drop_table('match_activity')
    with op.batch_alter_table('job_goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_goal_version_counter'))
        batch_op.drop_index(batch_op.f('ix_job_goal_course_id'))

    op.drop_table('job_goal')
    with op.batch_alter_table('exemption_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exemption_period_version_counter'))
        batch_op.drop_index(batch_op.f('ix_exemption_period_course_id'))

    op.drop_table('exemption_period')
    with op.batch_alter_table('contact_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_entry_version_counter'))
        batch_op.drop_index(batch_op.f('ix_contact_entry_staff_id'))
        batch_op.drop_index(batch_op.f('ix_contact_entry_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_contact_entry_drop_in_visit_id'))
        batch_op.drop_index(batch_op.f('ix_contact_entry_course_id'))
        batch_op.drop_index(batch_op.f('ix_contact_entry_citizen_id'))

    op.drop_table('contact_entry')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_version_counter'))
        batch_op.drop_index(batch_op.f('ix_agreement_supersedes_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_course_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_contact_person_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_company_id'))

    op.drop_table('agreement')
    with op.batch_alter_table('drop_in_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_drop_in_event_visit_id'))
        batch_op.drop_index(batch_op.f('ix_drop_in_event_version_counter'))
        batch_op.drop_index(batch_op.f('ix_drop_in_event_staff_id'))

    op.drop_table('drop_in_event')
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_visited_by_id'))
        batch_op.drop_index(batch_op.f('ix_course_version_counter'))
        batch_op.drop_index(batch_op.f('ix_course_status'))
        batch_op.drop_index(batch_op.f('ix_course_jobformidler_id'))
        batch_op.drop_index(batch_op.f('ix_course_citizen_id'))
        batch_op.drop_index(batch_op.f('ix_course_caseworker_id'))

    op.drop_table('course')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_version_counter'))
        batch_op.drop_index(batch_op.f('ix_consent_recorded_by_id'))
        batch_op.drop_index(batch_op.f('ix_consent_citizen_id'))

    op.drop_table('consent')
    with op.batch_alter_table('network_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_person_version_counter'))
        batch_op.drop_index(batch_op.f('ix_network_person_citizen_id'))

    op.drop_table('network_person')
    with op.batch_alter_table('drop_in_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_drop_in_visit_visit_date'))
        batch_op.drop_index(batch_op.f('ix_drop_in_visit_version_counter'))
        batch_op.drop_index(batch_op.f('ix_drop_in_visit_citizen_id'))

    op.drop_table('drop_in_visit')
    with op.batch_alter_table('cv_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cv_item_version_counter'))
        batch_op.drop_index(batch_op.f('ix_cv_item_citizen_id'))

    op.drop_table('cv_item')
    with op.batch_alter_table('company_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_company_contact_version_counter'))
        batch_op.drop_index(batch_op.f('ix_company_contact_company_id'))

    op.drop_table('company_contact')
    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_company_version_counter'))
        batch_op.drop_index(batch_op.f('ix_company_name'))

    op.drop_table('company')
    with op.batch_alter_table('citizen', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citizen_version_counter'))
        batch_op.drop_index(batch_op.f('ix_citizen_search_name'))
        batch_op.drop_index(batch_op.f('ix_citizen_phone'))
        batch_op.drop_index('ix_citizen_name')

    op.drop_table('citizen')
