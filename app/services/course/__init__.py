"""The citizen's course (forløb): new citizens, visitation, steps, exemptions, completion, job
goal and CV, contacts, network and consents. Every change refreshes the course's due items.

The package's modules hold the parts; every public name is re-exported here, so callers keep
writing `from app.services import course; course.next_step(...)`."""

from __future__ import annotations

from app.services.course._common import STEP_NAMES
from app.services.course.consents import add_consent, new_consent, withdraw_consent
from app.services.course.contacts import add_network_person, log_contact
from app.services.course.cv import add_cv_item, cv_document, remove_cv_item, save_job_goal
from app.services.course.intake import new_citizen
from app.services.course.transitions import (
    add_exemption,
    assign,
    complete,
    dropout,
    end_exemption,
    next_step,
    visit,
)
from app.services.course.views import (
    CitizenRecord,
    ConsentView,
    ContactEntryView,
    CvItemView,
    ExemptionView,
    JobGoalView,
    NetworkView,
    StepPeriodView,
    access_log_document,
    get_record,
)

__all__ = [
    "STEP_NAMES",
    "CitizenRecord",
    "ConsentView",
    "ContactEntryView",
    "CvItemView",
    "ExemptionView",
    "JobGoalView",
    "NetworkView",
    "StepPeriodView",
    "access_log_document",
    "add_consent",
    "add_cv_item",
    "add_exemption",
    "add_network_person",
    "assign",
    "complete",
    "cv_document",
    "dropout",
    "end_exemption",
    "get_record",
    "log_contact",
    "new_citizen",
    "new_consent",
    "next_step",
    "remove_cv_item",
    "save_job_goal",
    "visit",
    "withdraw_consent",
]
