"""issue 18: one office, many workstations. Every replicated row gets a hybrid logical clock
stamp (hlc) and its version vector (row_vv); the local bookkeeping of replication (this
device and its private keys, what each origin has given us, what each member knows, rows
waiting for their parent, batches applied, join invitations); the workstation table becomes
the replicated member list; staff accounts carry their password-wrapped key pair; the
replicated conflict table; unique constraints that cannot merge are dropped (a CPR made on
two workstations while apart gives two records flagged as duplicates).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-10 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPLICATED = (
    'office', 'workstation', 'staff_account', 'partnership', 'audit_entry', 'citizen',
    'course', 'step_period', 'exemption_period', 'job_goal', 'cv_item', 'contact_entry',
    'network_person', 'consent', 'company', 'company_contact', 'match_activity', 'agreement',
    'paid_hours_month', 'step_up', 'step_up_answer', 'step_up_document', 'step_up_participant',
    'step_up_meeting', 'step_up_attendance', 'step_up_agreement_row', 'drop_in_visit',
    'drop_in_event', 'tombstone',
)
DROPPED_UNIQUES = (
    ('citizen', 'uq_citizen_cpr', ['cpr']),
    ('company', 'uq_company_cvr', ['cvr']),
    ('audit_entry', 'uq_audit_entry_seq', ['seq']),
    ('paid_hours_month', 'uq_paid_hours_month_agreement_id', ['agreement_id', 'month']),
    ('step_up_answer', 'uq_step_up_answer_step_up_id', ['step_up_id', 'question_key']),
    ('step_up_attendance', 'uq_step_up_attendance_meeting_id', ['meeting_id',
                                                                 'participant_id']),
)


def _replicated_columns() -> list[sa.Column]:
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
    # columns are added in place (ALTER TABLE ADD COLUMN: no table is copied); the tables
    # whose unique constraints go are rebuilt, with the foreign-key checks off during the
    # migration (app.db.migrate)
    for table in REPLICATED:
        op.add_column(table, sa.Column('hlc', sa.BigInteger(), server_default='0',
                                       nullable=False))
        op.add_column(table, sa.Column('row_vv', sa.Text(), server_default='',
                                       nullable=False))
    inspector = sa.inspect(op.get_bind())
    for table, name, columns in DROPPED_UNIQUES:
        if name in {i['name'] for i in inspector.get_indexes(table)}:
            op.drop_index(name, table_name=table)  # a store taken down and up again
        else:
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.drop_constraint(name, type_='unique')
        if len(columns) == 1:
            op.create_index(f'ix_{table}_{columns[0]}', table, columns, unique=False)
    op.add_column('device_clock', sa.Column('hlc', sa.BigInteger(), server_default='0',
                                            nullable=False))
    _local_tables()
    _member_columns()
    op.add_column('staff_account', sa.Column('key_public', sa.String(length=64),
                                             server_default='', nullable=False))
    op.add_column('staff_account', sa.Column('key_wrap', sa.Text(), server_default='',
                                             nullable=False))
    op.add_column('staff_account', sa.Column('case_seal', sa.Text(), server_default='',
                                             nullable=False))
    op.create_table(
        'conflict', *_replicated_columns(),
        sa.Column('table_name', sa.String(length=64), nullable=False),
        sa.Column('row_id', sa.Uuid(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('loser_device', sa.Uuid(), nullable=False),
        sa.Column('loser_counter', sa.Integer(), nullable=False),
        sa.Column('loser_hlc', sa.BigInteger(), nullable=False),
        sa.Column('loser_values', sa.Text(), nullable=False),
        sa.Column('resolution', sa.String(length=16), nullable=False),
        sa.Column('resolved_by', sa.Uuid(), nullable=True),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict')),
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index('ix_conflict_row_id', ['row_id'], unique=False)
        batch_op.create_index('ix_conflict_version_counter', ['version_counter'], unique=False)


def _local_tables() -> None:
    op.create_table(
        'local_device',
        sa.Column('device_id', sa.Uuid(), nullable=False),
        sa.Column('origin_id', sa.Uuid(), nullable=False),
        sa.Column('signing_key_private', sa.LargeBinary(), nullable=False),
        sa.Column('age_identity', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('device_id', name=op.f('pk_local_device')),
    )
    op.create_table(
        'origin_vv',
        sa.Column('origin_id', sa.String(length=32), nullable=False),
        sa.Column('device_id', sa.String(length=32), nullable=False),
        sa.Column('counter', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('origin_id', name=op.f('pk_origin_vv')),
    )
    op.create_table(
        'peer_state',
        sa.Column('device_id', sa.Uuid(), nullable=False),
        sa.Column('known_vv', sa.Text(), nullable=False),
        sa.Column('known_hlc', sa.BigInteger(), nullable=False),
        sa.Column('declared_vv', sa.Text(), nullable=False),
        sa.Column('out_seq', sa.Integer(), nullable=False),
        sa.Column('out_sha256', sa.String(length=64), nullable=False),
        sa.Column('out_file', sa.String(length=100), nullable=False),
        sa.Column('acked_batch', sa.String(length=32), nullable=False),
        sa.Column('in_batch', sa.String(length=32), nullable=False),
        sa.Column('in_seq', sa.Integer(), nullable=False),
        sa.Column('last_in_at', sa.DateTime(), nullable=True),
        sa.Column('last_out_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('device_id', name=op.f('pk_peer_state')),
    )
    op.create_table(
        'pending_row',
        sa.Column('row_id', sa.String(length=32), nullable=False),
        sa.Column('table_name', sa.String(length=64), nullable=False),
        sa.Column('data', sa.Text(), nullable=False),
        sa.Column('reason', sa.String(length=200), nullable=False),
        sa.Column('since', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('row_id', name=op.f('pk_pending_row')),
    )
    op.create_table(
        'applied_batch',
        sa.Column('batch_id', sa.String(length=32), nullable=False),
        sa.Column('sender', sa.Uuid(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('records', sa.Integer(), nullable=False),
        sa.Column('applied_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('batch_id', name=op.f('pk_applied_batch')),
    )
    op.create_table(
        'join_invite',
        sa.Column('code_hash', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.Column('used_at', sa.DateTime(), nullable=True),
        sa.Column('used_by', sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_join_invite')),
    )


def _member_columns() -> None:
    """The workstation table is the member list: this device's private key moves to the
    local table, and the row gains the age recipient, the queue letter, who admitted it and
    whether (and from which change on) it is revoked."""
    from pyrage import x25519

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, signing_key_private FROM workstation "
                                "WHERE is_this_device = 1")).fetchall()
    identities = {}
    for device_id, private in rows:
        identity = x25519.Identity.generate()
        identities[device_id] = identity
        conn.execute(sa.text(
            "INSERT INTO local_device (device_id, origin_id, signing_key_private, "
            "age_identity) VALUES (:d, :d, :k, :a)"),
            {"d": device_id, "k": private, "a": str(identity)})
    op.execute("ALTER TABLE workstation DROP COLUMN signing_key_private")
    op.execute("ALTER TABLE workstation DROP COLUMN is_this_device")
    for column in (sa.Column('age_recipient', sa.String(length=100), server_default='',
                             nullable=False),
                   sa.Column('letter', sa.String(length=4), server_default='', nullable=False),
                   sa.Column('joined_by', sa.Uuid(), nullable=True),
                   sa.Column('admission_sig', sa.String(length=128), server_default='',
                             nullable=False),
                   sa.Column('revoked_at', sa.DateTime(), nullable=True),
                   sa.Column('revoked_by', sa.Uuid(), nullable=True),
                   sa.Column('revoked_counter', sa.Integer(), nullable=True)):
        op.add_column('workstation', column)
    for device_id, identity in identities.items():
        conn.execute(sa.text("UPDATE workstation SET age_recipient = :r, letter = 'A' "
                             "WHERE id = :d"), {"r": str(identity.to_public()), "d": device_id})


def downgrade() -> None:
    # in place (ALTER TABLE DROP COLUMN, unique indexes): no referenced table is copied
    op.drop_table('conflict')
    for column in ('case_seal', 'key_wrap', 'key_public'):
        op.execute(f"ALTER TABLE staff_account DROP COLUMN {column}")
    for column in ('revoked_counter', 'revoked_by', 'revoked_at', 'admission_sig',
                   'joined_by', 'letter', 'age_recipient'):
        op.execute(f"ALTER TABLE workstation DROP COLUMN {column}")
    op.add_column('workstation', sa.Column('signing_key_private', sa.LargeBinary(),
                                           server_default=sa.text("x''"), nullable=False))
    op.add_column('workstation', sa.Column('is_this_device', sa.Boolean(),
                                           server_default='0', nullable=False))
    conn = op.get_bind()
    for device_id, private in conn.execute(sa.text(
            "SELECT device_id, signing_key_private FROM local_device")).fetchall():
        conn.execute(sa.text("UPDATE workstation SET signing_key_private = :k, "
                             "is_this_device = 1 WHERE id = :d"), {"k": private, "d": device_id})
    for table in ('join_invite', 'applied_batch', 'pending_row', 'peer_state', 'origin_vv',
                  'local_device'):
        op.drop_table(table)
    op.execute("ALTER TABLE device_clock DROP COLUMN hlc")
    for table, name, columns in DROPPED_UNIQUES:
        if len(columns) == 1:
            op.drop_index(f'ix_{table}_{columns[0]}', table_name=table)
        op.create_index(name, table, columns, unique=True)
    for table in REPLICATED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_vv")
        op.execute(f"ALTER TABLE {table} DROP COLUMN hlc")
