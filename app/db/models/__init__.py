"""The whole domain model as typed SQLAlchemy models (domain.md).

Every replicated row has a UUID key and a version stamp (device id, per-device counter) that
`app.db.changelog` sets on each insert and update; a deleted row leaves a `Tombstone`. Sync
bundles carry exactly this change log. Case content (notes, health, agreements, step-up, CV,
consents) is in CaseText/CaseString columns, sealed under the case data key that the counter's
role never gets (app.db.casekey); such columns are never filtered or sorted on. Local-only
tables (`DeviceClock`, `LocalSetting`, `LocalDevice` and the replication's bookkeeping in
`replication`) are not replicated.

Danish terms of art, as the UI shows them: trin (step), jobformidler (personal job broker),
makkerskab (caseworker + jobformidler partnership), løntimer (paid ordinary hours), step-up,
åben rådgivning (open drop-in counselling), efterværn (aftercare), snuse (taster activity).
"""


from __future__ import annotations

from app.db.models.agreements import (  # noqa: F401
    Agreement,
    Company,
    CompanyContact,
    MatchActivity,
    PaidHoursMonth,
)
from app.db.models.appointments import (  # noqa: F401
    Appointment,
    AppointmentStaff,
    OfficeSetting,
)
from app.db.models.base import (  # noqa: F401
    NAMING,
    Base,
    Replicated,
    fk,
    utcnow,
)
from app.db.models.central_ack import CentralAck  # noqa: F401
from app.db.models.citizen import (  # noqa: F401
    Citizen,
    Consent,
    ContactEntry,
    Course,
    CourseDue,
    CvItem,
    ExemptionPeriod,
    JobGoal,
    NetworkPerson,
    StepPeriod,
    search_key,
)
from app.db.models.dropin_audit import (  # noqa: F401
    AuditEntry,
    DropInEvent,
    DropInVisit,
)
from app.db.models.jobcenter_referral import (  # noqa: F401
    JobcenterDownsync,
    JobcenterReferral,
)
from app.db.models.office import (  # noqa: F401
    CentralKey,
    DeviceClock,
    LocalSetting,
    Office,
    Partnership,
    StaffAccount,
    SyncBundle,
    Tombstone,
    Workstation,
)
from app.db.models.replication import (  # noqa: F401
    AppliedBatch,
    Conflict,
    JoinInvite,
    LocalDevice,
    OriginVV,
    PeerState,
    PendingRow,
)
from app.db.models.stepup import (  # noqa: F401
    StepUp,
    StepUpAgreementRow,
    StepUpAnswer,
    StepUpAttendance,
    StepUpDocument,
    StepUpMeeting,
    StepUpParticipant,
)
from app.db.models.team import (  # noqa: F401
    CourseHandover,
    GroupSession,
    GroupSignup,
    Partner,
    PartnerContact,
    Referral,
    ToolItem,
)
