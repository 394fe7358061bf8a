"""first schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 14:56:43.583606
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

# Cuadro 6 as the seed of every new database, frozen here as it was at this revision.
SEED_CATALOGUE = [
    ("preventive", "Canalización a otras instancias del Gobierno de la Ciudad de México"),
    ("preventive", "Monitoreo telefónico"),
    ("preventive", "Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias"),
    ("preventive", "Taller de elaboración de protocolos de seguridad"),
    ("protection", "Habilitación de cámaras de seguridad y servicio técnico"),
    ("protection", "Números de emergencia"),
    ("protection", "Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias"),
    ("protection", "Rondines bitacorados (Código águila)"),
    ("protection", "Rondines no bitacorados (Código sonoro)"),
    ("protection", "Seguimiento a carpeta de investigación"),
    ("urgent_protection", "Evacuación"),
    ("urgent_protection", "Reubicación temporal"),
    ("urgent_protection", "Escolta de cuerpos especializados"),
    ("urgent_protection", "Protección de inmuebles"),
    ("urgent_protection", "Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias"),
    ("social", "Apoyo de canasta alimentaria y no alimentaria"),
    ("social", "Atención psicológica"),
    ("social", "Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias"),
]


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('cases',
    sa.Column('folio', sa.String(length=24), nullable=False),
    sa.Column('profile', sa.String(length=32), nullable=False),
    sa.Column('identity', sa.String(length=32), nullable=False),
    sa.Column('modality', sa.String(length=32), nullable=False),
    sa.Column('procedure', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('close_reason', sa.Text(), nullable=True),
    sa.Column('collective_name', sa.String(length=200), nullable=True),
    sa.Column('alcaldia', sa.String(length=40), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('last_activity_on', sa.Date(), nullable=True),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('folio', name=op.f('uq_cases_folio'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_list', ['deleted_at', 'last_activity_on', 'folio'], unique=False)
        batch_op.create_index('ix_cases_name', ['deleted_at', 'display_name', 'folio'], unique=False)
        batch_op.create_index('ix_cases_opened', ['deleted_at', 'opened_on', 'modality', 'profile', 'identity', 'procedure', 'id'], unique=False)

    op.create_table('folio_counters',
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('prefix', 'year', name=op.f('pk_folio_counters'))
    )
    op.create_table('governing_sessions',
    sa.Column('body', sa.String(length=32), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('topics', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_governing_sessions'))
    )
    with op.batch_alter_table('governing_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_governing_sessions_body', ['body', 'held_on'], unique=False)

    op.create_table('institutional_activities',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('institution', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institutional_activities'))
    )
    with op.batch_alter_table('institutional_activities', schema=None) as batch_op:
        batch_op.create_index('ix_institutional_activities_held', ['held_on'], unique=False)

    op.create_table('measure_catalogue',
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_catalogue')),
    sa.UniqueConstraint('category', 'name', name=op.f('uq_measure_catalogue_category_name'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('trainings',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('objective', sa.Text(), nullable=True),
    sa.Column('partner', sa.String(length=200), nullable=True),
    sa.Column('modality', sa.String(length=32), nullable=False),
    sa.Column('axis', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainings'))
    )
    op.create_table('users',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('aggressions',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('context', sa.String(length=200), nullable=True),
    sa.Column('alcaldia', sa.String(length=40), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_aggressions_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aggressions'))
    )
    with op.batch_alter_table('aggressions', schema=None) as batch_op:
        batch_op.create_index('ix_aggressions_case', ['case_id', 'occurred_on'], unique=False)

    op.create_table('audit_events',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=True),
    sa.Column('entity_id', sa.String(length=36), nullable=True),
    sa.Column('field', sa.String(length=64), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_events_user_id_users')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_events')),
    sa.UniqueConstraint('entry_hash', name=op.f('uq_audit_events_entry_hash'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_entity', ['entity_id', 'seq'], unique=False)

    op.create_table('drafts',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('form', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_drafts_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drafts'))
    )
    op.create_table('follow_ups',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_follow_ups_author_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_follow_ups_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index('ix_follow_ups_case', ['case_id', 'noted_on'], unique=False)
        batch_op.create_index('ix_follow_ups_noted', ['noted_on', 'case_id', 'deleted_at'], unique=False)

    op.create_table('persons',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('identity', sa.String(length=32), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('curp', sa.String(length=18), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('organisation', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_persons_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index('ix_persons_case', ['case_id'], unique=False)

    op.create_table('protection_plans',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=False),
    sa.Column('governing_session_id', sa.String(length=36), nullable=True),
    sa.Column('next_review_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_protection_plans_case_id_cases')),
    sa.ForeignKeyConstraint(['governing_session_id'], ['governing_sessions.id'], name=op.f('fk_protection_plans_governing_session_id_governing_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_protection_plans')),
    sa.UniqueConstraint('case_id', 'version', name=op.f('uq_protection_plans_case_id_version'))
    )
    op.create_table('referrals',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('institution', sa.String(length=200), nullable=False),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_referrals_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index('ix_referrals_case', ['case_id', 'referred_on'], unique=False)
        batch_op.create_index('ix_referrals_referred', ['referred_on', 'case_id', 'deleted_at'], unique=False)

    op.create_table('risk_assessments',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('level', sa.String(length=32), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_risk_assessments_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_assessments'))
    )
    with op.batch_alter_table('risk_assessments', schema=None) as batch_op:
        batch_op.create_index('ix_risk_assessments_assessed', ['assessed_on', 'case_id', 'deleted_at'], unique=False)
        batch_op.create_index('ix_risk_assessments_case', ['case_id', 'assessed_on'], unique=False)

    op.create_table('training_dates',
    sa.Column('training_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['training_id'], ['trainings.id'], name=op.f('fk_training_dates_training_id_trainings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_dates'))
    )
    with op.batch_alter_table('training_dates', schema=None) as batch_op:
        batch_op.create_index('ix_training_dates_training', ['training_id', 'held_on'], unique=False)

    op.create_table('workshops',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('audience', sa.String(length=32), server_default='collective', nullable=False),
    sa.Column('directed_to', sa.String(length=200), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_workshops_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshops'))
    )
    op.create_table('measures',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('plan_id', sa.String(length=36), nullable=True),
    sa.Column('catalogue_item_id', sa.String(length=36), nullable=False),
    sa.Column('institution', sa.String(length=200), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_measures_case_id_cases')),
    sa.ForeignKeyConstraint(['catalogue_item_id'], ['measure_catalogue.id'], name=op.f('fk_measures_catalogue_item_id_measure_catalogue')),
    sa.ForeignKeyConstraint(['plan_id'], ['protection_plans.id'], name=op.f('fk_measures_plan_id_protection_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measures'))
    )
    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.create_index('ix_measures_case', ['case_id'], unique=False)
        batch_op.create_index('ix_measures_item', ['catalogue_item_id', 'starts_on'], unique=False)
        batch_op.create_index('ix_measures_started', ['starts_on', 'case_id', 'catalogue_item_id', 'deleted_at'], unique=False)

    op.create_table('workshop_sessions',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('hours', sa.Numeric(precision=5, scale=2, asdecimal=False), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_workshop_sessions_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_sessions'))
    )
    with op.batch_alter_table('workshop_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_workshop_sessions_workshop', ['workshop_id', 'held_on'], unique=False)

    op.create_table('attendances',
    sa.Column('workshop_session_id', sa.String(length=36), nullable=True),
    sa.Column('training_id', sa.String(length=36), nullable=True),
    sa.Column('participant_name', sa.String(length=200), nullable=False),
    sa.Column('identity', sa.String(length=32), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('(workshop_session_id IS NULL) != (training_id IS NULL)', name=op.f('ck_attendances_one_parent')),
    sa.ForeignKeyConstraint(['training_id'], ['trainings.id'], name=op.f('fk_attendances_training_id_trainings')),
    sa.ForeignKeyConstraint(['workshop_session_id'], ['workshop_sessions.id'], name=op.f('fk_attendances_workshop_session_id_workshop_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendances'))
    )
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.create_index('ix_attendances_session', ['workshop_session_id'], unique=False)
        batch_op.create_index('ix_attendances_training', ['training_id'], unique=False)

    op.create_table('headcounts',
    sa.Column('workshop_session_id', sa.String(length=36), nullable=True),
    sa.Column('training_id', sa.String(length=36), nullable=True),
    sa.Column('identity', sa.String(length=32), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('(workshop_session_id IS NULL) != (training_id IS NULL)', name=op.f('ck_headcounts_one_parent')),
    sa.CheckConstraint('count >= 0', name=op.f('ck_headcounts_count_not_negative')),
    sa.ForeignKeyConstraint(['training_id'], ['trainings.id'], name=op.f('fk_headcounts_training_id_trainings')),
    sa.ForeignKeyConstraint(['workshop_session_id'], ['workshop_sessions.id'], name=op.f('fk_headcounts_workshop_session_id_workshop_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_headcounts'))
    )
    with op.batch_alter_table('headcounts', schema=None) as batch_op:
        batch_op.create_index('ix_headcounts_session', ['workshop_session_id'], unique=False)
        batch_op.create_index('ix_headcounts_training', ['training_id'], unique=False)

    op.create_table('measure_actions',
    sa.Column('measure_id', sa.String(length=36), nullable=False),
    sa.Column('acted_on', sa.Date(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['measure_id'], ['measures.id'], name=op.f('fk_measure_actions_measure_id_measures')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_actions'))
    )
    with op.batch_alter_table('measure_actions', schema=None) as batch_op:
        batch_op.create_index('ix_measure_actions_acted', ['acted_on', 'measure_id', 'quantity', 'deleted_at'], unique=False)
        batch_op.create_index('ix_measure_actions_measure', ['measure_id', 'acted_on', 'quantity'], unique=False)

    op.create_table('monitoring_calls',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('measure_id', sa.String(length=36), nullable=False),
    sa.Column('action_id', sa.String(length=36), nullable=False),
    sa.Column('caseworker_id', sa.String(length=36), nullable=True),
    sa.Column('called_at', sa.DateTime(), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=False),
    sa.Column('wellbeing', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('next_call_due', sa.DateTime(), nullable=True),
    sa.Column('follow_up_id', sa.String(length=36), nullable=True),
    sa.Column('aggression_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['action_id'], ['measure_actions.id'], name=op.f('fk_monitoring_calls_action_id_measure_actions')),
    sa.ForeignKeyConstraint(['aggression_id'], ['aggressions.id'], name=op.f('fk_monitoring_calls_aggression_id_aggressions')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_monitoring_calls_case_id_cases')),
    sa.ForeignKeyConstraint(['caseworker_id'], ['users.id'], name=op.f('fk_monitoring_calls_caseworker_id_users')),
    sa.ForeignKeyConstraint(['follow_up_id'], ['follow_ups.id'], name=op.f('fk_monitoring_calls_follow_up_id_follow_ups')),
    sa.ForeignKeyConstraint(['measure_id'], ['measures.id'], name=op.f('fk_monitoring_calls_measure_id_measures')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_monitoring_calls_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitoring_calls'))
    )
    with op.batch_alter_table('monitoring_calls', schema=None) as batch_op:
        batch_op.create_index('ix_monitoring_calls_case', ['case_id', 'called_at'], unique=False)
        batch_op.create_index('ix_monitoring_calls_due', ['next_call_due'], unique=False)

    catalogue = sa.table(
        "measure_catalogue",
        sa.column("id", sa.String), sa.column("category", sa.String), sa.column("name", sa.String),
        sa.column("sort_order", sa.Integer), sa.column("retired", sa.Boolean),
        sa.column("created_at", sa.DateTime), sa.column("updated_at", sa.DateTime),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(catalogue, [
        {"id": str(uuid.uuid4()), "category": category, "name": name, "sort_order": order,
         "retired": False, "created_at": now, "updated_at": now}
        for order, (category, name) in enumerate(SEED_CATALOGUE)
    ])

    # --- Plan Anual de Trabajo and Mapeo de agresiones (issue 8) ---
    op.create_table('annual_plans',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('copied_from_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['copied_from_id'], ['annual_plans.id'], name=op.f('fk_annual_plans_copied_from_id_annual_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annual_plans')),
    sa.UniqueConstraint('year', name=op.f('uq_annual_plans_year'))
    )
    op.create_table('mapping_findings',
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('profile', sa.String(length=32), nullable=False),
    sa.Column('subject', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('context', sa.String(length=32), nullable=False),
    sa.Column('protest', sa.String(length=200), nullable=True),
    sa.Column('alcaldia', sa.String(length=40), nullable=True),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('contacted', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('recorded_by_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_mapping_findings_case_id_cases')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_mapping_findings_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mapping_findings'))
    )
    with op.batch_alter_table('mapping_findings', schema=None) as batch_op:
        batch_op.create_index('ix_mapping_findings_case', ['case_id'], unique=False)
        batch_op.create_index('ix_mapping_findings_found', ['deleted_at', 'found_on', 'context'], unique=False)

    op.create_table('plan_programs',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('objective', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['plan_id'], ['annual_plans.id'], name=op.f('fk_plan_programs_plan_id_annual_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_programs'))
    )
    with op.batch_alter_table('plan_programs', schema=None) as batch_op:
        batch_op.create_index('ix_plan_programs_plan', ['plan_id', 'position'], unique=False)

    op.create_table('plan_objectives',
    sa.Column('program_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['program_id'], ['plan_programs.id'], name=op.f('fk_plan_objectives_program_id_plan_programs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_objectives'))
    )
    with op.batch_alter_table('plan_objectives', schema=None) as batch_op:
        batch_op.create_index('ix_plan_objectives_program', ['program_id', 'position'], unique=False)

    op.create_table('plan_actions',
    sa.Column('objective_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('frequency', sa.String(length=32), nullable=False),
    sa.Column('measurement_dates', sa.String(length=200), nullable=False),
    sa.Column('measurement_months', sa.String(length=40), nullable=False),
    sa.Column('expected_advance', sa.String(length=100), nullable=False),
    sa.Column('direction', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['objective_id'], ['plan_objectives.id'], name=op.f('fk_plan_actions_objective_id_plan_objectives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_actions'))
    )
    with op.batch_alter_table('plan_actions', schema=None) as batch_op:
        batch_op.create_index('ix_plan_actions_objective', ['objective_id', 'position'], unique=False)

    op.create_table('plan_indicators',
    sa.Column('action_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('meta_text', sa.Text(), nullable=False),
    sa.Column('meta_quantity', sa.Numeric(precision=14, scale=2, asdecimal=False), nullable=True),
    sa.Column('meta_unit', sa.String(length=200), nullable=True),
    sa.Column('dimension', sa.Text(), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('method', sa.String(length=32), nullable=False),
    sa.Column('formula', sa.Text(), nullable=False),
    sa.Column('unit', sa.String(length=300), nullable=False),
    sa.Column('baseline', sa.Text(), nullable=False),
    sa.Column('baseline_value', sa.Numeric(precision=14, scale=2, asdecimal=False), nullable=True),
    sa.Column('responsables', sa.Text(), nullable=False),
    sa.Column('information_source', sa.Text(), nullable=False),
    sa.Column('value_source', sa.String(length=32), nullable=False),
    sa.Column('rule', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['action_id'], ['plan_actions.id'], name=op.f('fk_plan_indicators_action_id_plan_actions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_indicators'))
    )
    with op.batch_alter_table('plan_indicators', schema=None) as batch_op:
        batch_op.create_index('ix_plan_indicators_action', ['action_id', 'position'], unique=False)

    op.create_table('plan_manual_values',
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=False),
    sa.Column('value', sa.Numeric(precision=14, scale=2, asdecimal=False), nullable=False),
    sa.Column('entered_by_id', sa.String(length=36), nullable=True),
    sa.Column('entered_by', sa.String(length=64), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('quarter BETWEEN 1 AND 4', name=op.f('ck_plan_manual_values_quarter_1_to_4')),
    sa.CheckConstraint('value >= 0', name=op.f('ck_plan_manual_values_value_not_negative')),
    sa.ForeignKeyConstraint(['entered_by_id'], ['users.id'], name=op.f('fk_plan_manual_values_entered_by_id_users')),
    sa.ForeignKeyConstraint(['indicator_id'], ['plan_indicators.id'], name=op.f('fk_plan_manual_values_indicator_id_plan_indicators')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_manual_values'))
    )
    with op.batch_alter_table('plan_manual_values', schema=None) as batch_op:
        batch_op.create_index('ix_plan_manual_values_indicator', ['indicator_id', 'quarter', 'entered_at'], unique=False)


def downgrade() -> None:

    # --- Plan Anual de Trabajo and Mapeo de agresiones (issue 8) ---
    with op.batch_alter_table('plan_manual_values', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_manual_values_indicator')

    op.drop_table('plan_manual_values')
    with op.batch_alter_table('plan_indicators', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_indicators_action')

    op.drop_table('plan_indicators')
    with op.batch_alter_table('plan_actions', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_actions_objective')

    op.drop_table('plan_actions')
    with op.batch_alter_table('plan_objectives', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_objectives_program')

    op.drop_table('plan_objectives')
    with op.batch_alter_table('plan_programs', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_programs_plan')

    op.drop_table('plan_programs')
    with op.batch_alter_table('mapping_findings', schema=None) as batch_op:
        batch_op.drop_index('ix_mapping_findings_found')
        batch_op.drop_index('ix_mapping_findings_case')

    op.drop_table('mapping_findings')
    op.drop_table('annual_plans')
    # --- end of issue 8 ---

    with op.batch_alter_table('monitoring_calls', schema=None) as batch_op:
        batch_op.drop_index('ix_monitoring_calls_due')
        batch_op.drop_index('ix_monitoring_calls_case')

    op.drop_table('monitoring_calls')
    with op.batch_alter_table('measure_actions', schema=None) as batch_op:
        batch_op.drop_index('ix_measure_actions_measure')
        batch_op.drop_index('ix_measure_actions_acted')

    op.drop_table('measure_actions')
    with op.batch_alter_table('headcounts', schema=None) as batch_op:
        batch_op.drop_index('ix_headcounts_training')
        batch_op.drop_index('ix_headcounts_session')

    op.drop_table('headcounts')
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.drop_index('ix_attendances_training')
        batch_op.drop_index('ix_attendances_session')

    op.drop_table('attendances')
    with op.batch_alter_table('workshop_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_workshop_sessions_workshop')

    op.drop_table('workshop_sessions')
    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.drop_index('ix_measures_started')
        batch_op.drop_index('ix_measures_item')
        batch_op.drop_index('ix_measures_case')

    op.drop_table('measures')
    op.drop_table('workshops')
    with op.batch_alter_table('training_dates', schema=None) as batch_op:
        batch_op.drop_index('ix_training_dates_training')

    op.drop_table('training_dates')
    with op.batch_alter_table('risk_assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_risk_assessments_case')
        batch_op.drop_index('ix_risk_assessments_assessed')

    op.drop_table('risk_assessments')
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index('ix_referrals_referred')
        batch_op.drop_index('ix_referrals_case')

    op.drop_table('referrals')
    op.drop_table('protection_plans')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('ix_persons_case')

    op.drop_table('persons')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index('ix_follow_ups_noted')
        batch_op.drop_index('ix_follow_ups_case')

    op.drop_table('follow_ups')
    op.drop_table('drafts')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_entity')

    op.drop_table('audit_events')
    with op.batch_alter_table('aggressions', schema=None) as batch_op:
        batch_op.drop_index('ix_aggressions_case')

    op.drop_table('aggressions')
    op.drop_table('users')
    op.drop_table('trainings')
    op.drop_table('settings')
    op.drop_table('measure_catalogue')
    with op.batch_alter_table('institutional_activities', schema=None) as batch_op:
        batch_op.drop_index('ix_institutional_activities_held')

    op.drop_table('institutional_activities')
    with op.batch_alter_table('governing_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_governing_sessions_body')

    op.drop_table('governing_sessions')
    op.drop_table('folio_counters')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_opened')
        batch_op.drop_index('ix_cases_list')
        batch_op.drop_index('ix_cases_name')

    op.drop_table('cases')

