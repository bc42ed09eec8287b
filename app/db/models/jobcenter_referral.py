"""Model: the "Henvisninger" inbox (issue 19 point 3): referrals from the jobcenter brought by
its downsync bundles (app/sync/central_downsync.py), and the bundles applied. Both replicate
between the office's workstations, so a referral is answered once, on any of them, and the
answer travels to the central in the next upsync bundle (the table is exported like every
replicated one)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Replicated
from app.db.types import CaseText, UtcDateTime, ValueEnum
from app.domain.enums import BenefitType


class JobcenterReferral(Replicated, Base):
    """One referral (henvisning) from the jobcenter (seed 001, kerneelement 3); its id is
    the central's referral id, so the same referral from two bundles is one row. `state`:
    ny, accepteret or afvist."""

    __tablename__ = "jobcenter_referral"
    cpr: Mapped[str] = mapped_column(String(10), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(300), default="")
    benefit_type: Mapped[BenefitType] = mapped_column(ValueEnum(BenefitType))
    activity_ready: Mapped[bool] = mapped_column(Boolean)  # aktivitetsparat
    caseworker_name: Mapped[str] = mapped_column(String(200), default="")  # the jobcenter's
    referred_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(CaseText, default="")
    bundle_seq: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(20), default="ny", index=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    decline_reason: Mapped[str] = mapped_column(CaseText, default="")
    citizen_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    course_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class JobcenterDownsync(Replicated, Base):
    """A downsync bundle applied on some workstation of the office (insert-only): the
    chain continues from the highest `seq`, whichever member applied it."""

    __tablename__ = "jobcenter_downsync"
    bundle_id: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer, index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    applied_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
