"""The citizen's course (forløb): new citizens, visitation, steps, exemptions, completion, job
goal and CV, contacts, network and consents. Every change refreshes the course's due items.

The package's modules hold the parts; every public name is re-exported here, so callers keep
writing `from app.services import course; course.next_step(...)`."""

from __future__ import annotations

from app.services.course._common import STEP_NAMES
from app.services.course.consents import add_consent, new_consent, withdraw_consent
from app.services.course.contacts import (
    add_network_person,
    assess_reasonable_ground,
    contact_attempts_document,
    log_contact,
    log_hearing,
    record_hearing_answer,
)
from app.services.course.cv import add_cv_item, cv_document, remove_cv_item, save_job_goal
from app.services.course.intake import new_citizen
from app.services.course.transitions import (
    add_exemption,
    assign,
    complete,
    completion_month,
    dropout,
    end_exemption,
    new_course,
    next_step,
    visit,
)
from app.services.course.views import (
    AgreementLine,
    CitizenRecord,
    ConsentView,
    ContactEntryView,
    CourseHistoryView,
    CvItemView,
    ExemptionView,
    JobGoalView,
    NetworkView,
    StepPeriodView,
    VisitationCheck,
    access_log_document,
    get_record,
    visitation_check,
)

__all__ = [
    "STEP_NAMES",
    "AgreementLine",
    "CitizenRecord",
    "ConsentView",
    "ContactEntryView",
    "CourseHistoryView",
    "CvItemView",
    "ExemptionView",
    "JobGoalView",
    "NetworkView",
    "StepPeriodView",
    "VisitationCheck",
    "access_log_document",
    "add_consent",
    "add_cv_item",
    "add_exemption",
    "add_network_person",
    "assess_reasonable_ground",
    "assign",
    "complete",
    "completion_month",
    "contact_attempts_document",
    "cv_document",
    "dropout",
    "end_exemption",
    "get_record",
    "log_contact",
    "log_hearing",
    "new_citizen",
    "new_consent",
    "new_course",
    "next_step",
    "record_hearing_answer",
    "remove_cv_item",
    "save_job_goal",
    "visit",
    "visitation_check",
    "withdraw_consent",
]
