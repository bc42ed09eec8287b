"""Every printed document lays out the longest text each form accepts (issue 17, point 4): long
paragraphs and table cells split across pages, with spaces and line breaks and without any
space at all. The limits are the services' own: LONG_TEXT for free text, SHORT_TEXT for names and
one-line fields, and the explicit max_length of a few fields (names 100 + 100, phones 30, a
company address 300)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    AuditAction,
    DropInOutcome,
    DropInReason,
    InternshipPurpose,
)
from app.domain.values import LONG_TEXT, SHORT_TEXT
from app.reports.access_log import access_log_pdf
from app.reports.agreement import agreement_pdf
from app.reports.common import ReportError, render
from app.reports.contact_attempts import (
    AttemptLine,
    ContactAttemptsDocument,
    HearingLine,
    contact_attempts_pdf,
)
from app.reports.cv import cv_pdf
from app.reports.dropin import summary_pdf, ticket_pdf
from app.reports.recovery_sheet import recovery_sheet_pdf
from app.reports.stepup import (
    StepUpSheetData,
    agreement_document_pdf,
    meeting_pack_pdf,
    preparation_pdf,
)
from app.services.audit import AccessRow
from app.services.dropins import Figures
from app.services.views import AgreementParties, AgreementView, CvView, RowView

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is installed by .ci/run")

NAME_PART = 100  # services/citizens.py: first and last name, max_length=100 each
PHONE = 30  # services/citizens.py, companies.py: max_length=30
ADDRESS = 300  # services/companies.py: max_length=300
PRINTED = dt.datetime(2025, 3, 14, 10, 30, tzinfo=dt.UTC)
DAY = dt.date(2025, 3, 14)


class Texts:
    """Makes each field's longest value, marked at both ends so the test can find it whole in
    the extracted text: `spaced` has words and line breaks (some lines far wider than a page),
    `solid` has no space at all. The office's name is printed only in the page header on most
    documents, where a long name is cut with "…" (common.elide), so only its start is sought."""

    def __init__(self, solid: bool) -> None:
        self.solid = solid
        self.markers: list[tuple[str, str]] = []  # (tag, marker)

    def __call__(self, tag: str, length: int, *, multiline: bool = True) -> str:
        start, end = f"[{tag}", f"{tag}]"
        self.markers += [(tag, start)] if tag == "office" else [(tag, start), (tag, end)]
        room = length - len(start) - len(end)
        if self.solid:
            body = ("Ærøskøbing" * (room // 10 + 1))[:room]
        else:
            words, size = [], 0
            while size < room:
                word = f"ord{len(words)}"
                if multiline and len(words) % 9 == 8:
                    word += "\n"
                elif len(words) % 400 == 399:  # a line no page can hold
                    word = "x" * 300
                words.append(word)
                size += len(word) + 1
            body = " ".join(words)[:room]
        return start + body + end


def _text(pdf: bytes, tmp_path: Path) -> tuple[str, int]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text, text.count("\f")


def _cv(t: Texts) -> CvView:
    return CvView(office=t("office", SHORT_TEXT, multiline=False),
                  name=t("name", 2 * NAME_PART + 1, multiline=False),
                  phone=t("phone", PHONE, multiline=False),
                  email=t("email", SHORT_TEXT, multiline=False),
                  position=t("position", SHORT_TEXT, multiline=False),
                  field=t("field", SHORT_TEXT, multiline=False),
                  functions=t("functions", LONG_TEXT), direction=t("direction", LONG_TEXT),
                  items=[("competence", t("item_title", SHORT_TEXT, multiline=False),
                          t("item_detail", LONG_TEXT))])


def _cv_doc(t: Texts) -> bytes:
    return cv_pdf(_cv(t), printed_at=PRINTED)


def _agreement(t: Texts) -> bytes:
    short = {k: t(k, SHORT_TEXT, multiline=False)
             for k in ("office", "company", "contact", "jobformidler")}
    parties = AgreementParties(
        office=short["office"], citizen_name=t("citizen", 2 * NAME_PART + 1, multiline=False),
        citizen_phone=t("cphone", PHONE, multiline=False), company_name=short["company"],
        company_cvr="12345678", company_address=t("address", ADDRESS, multiline=False),
        contact_person=short["contact"], contact_phone=t("kphone", PHONE, multiline=False),
        jobformidler=short["jobformidler"])
    view = AgreementView(
        uuid.uuid4(), uuid.uuid4(), short["company"], None, short["contact"],
        AgreementType.BOTH, next(iter(InternshipPurpose)), AgreementStatus.ACTIVE,
        t("tasks", LONG_TEXT), Decimal(37), Decimal("12.5"), t("plan", LONG_TEXT),
        t("subgoals", LONG_TEXT), t("health", LONG_TEXT), t("followup", LONG_TEXT), 14,
        DAY, None, "", None, ())
    return agreement_pdf(parties, view, printed_at=PRINTED)


def _sheet(t: Texts) -> StepUpSheetData:
    short = lambda tag: t(tag, SHORT_TEXT, multiline=False)  # noqa: E731
    return StepUpSheetData(
        office=short("office"), citizen_name=t("citizen", 2 * NAME_PART + 1, multiline=False),
        cpr_text="010190-****", citizen_phone=t("sphone", PHONE, multiline=False),
        barrier_label="Helbred", initiated_label="Jobformidler", reason=t("reason", LONG_TEXT),
        started_on=DAY, caseworker=short("caseworker"), jobformidler=short("jobformidler"),
        job_goal=t("goal", SHORT_TEXT + 3 + LONG_TEXT),
        questions=((short("question"), t("answer", LONG_TEXT)),),
        documents=((short("document"), True),),
        participants=((short("role"), short("pname"), short("org")),),
        meetings=((1, DAY, short("place"), t("attendees", LONG_TEXT)),),
        rows=(RowView(uuid.uuid4(), t("row_agreement", LONG_TEXT), short("responsible"), DAY,
                      t("effort", LONG_TEXT), DAY, t("coordination", LONG_TEXT),
                      t("considerations", LONG_TEXT)),),
        cv=_cv(t), consent_text=short("consent"),
        citizen_barriers=t("barriers", LONG_TEXT), citizen_resources=t("resources", LONG_TEXT),
        printed_at=PRINTED)


def _access_log(t: Texts) -> bytes:
    rows = [AccessRow(PRINTED, t("who", SHORT_TEXT, multiline=False), AuditAction.PRINT,
                      t("what", LONG_TEXT, multiline=False))]
    return access_log_pdf(t("office", SHORT_TEXT, multiline=False),
                          t("citizen", 2 * NAME_PART + 1, multiline=False), "010190-****", rows)


def _contact_attempts(t: Texts) -> bytes:
    return contact_attempts_pdf(ContactAttemptsDocument(
        office=t("office", SHORT_TEXT, multiline=False),
        citizen_name=t("citizen", 2 * NAME_PART + 1, multiline=False), masked_cpr="010190-****",
        hearings=(HearingLine(PRINTED, DAY, None, "Sygdom", t("ground", LONG_TEXT), DAY),),
        attempts=(AttemptLine(PRINTED, "Kontaktforsøg", "Telefon",
                              t("place", SHORT_TEXT, multiline=False),
                              t("staff", SHORT_TEXT, multiline=False), t("note", LONG_TEXT)),),
        printed_at=PRINTED))


def _recovery(t: Texts) -> bytes:
    return recovery_sheet_pdf(office_name=t("office", SHORT_TEXT, multiline=False),
                              municipality=t("municipality", SHORT_TEXT, multiline=False),
                              recovery_key_text="-".join(["ABCD"] * 13),
                              store_id=str(uuid.UUID(int=1)),
                              created_at=PRINTED.replace(tzinfo=None))


def _summary(t: Texts) -> bytes:
    figures = Figures(DAY, DAY, 3, {DAY: 3}, {(4, 10): 3}, 4.0, 9.0,
                      {DropInReason(next(iter(DropInReason))): 3},
                      {DropInOutcome(next(iter(DropInOutcome))): 3}, 0.5, 0.25, 0.0)
    return summary_pdf(t("office", SHORT_TEXT, multiline=False), figures)


CV_TAGS = {"name", "phone", "email", "position", "field", "functions", "direction",
           "item_title", "item_detail"}
# what each step-up sheet leaves out by design: the preparation sheet has no agreements, the
# agreement document no preparation answers, neither the CV; no sheet prints the phone number
ROW_TAGS = {"place", "attendees", "row_agreement", "responsible", "effort", "coordination",
            "considerations"}
PREPARATION_TAGS = {"reason", "question", "answer", "document", "role", "pname", "org",
                    "barriers", "resources"}

DOCUMENTS: dict[str, tuple[Callable[[Texts], bytes], int, set[str]]] = {
    # name: (render with the longest values, at least this many pages, tags not printed)
    "cv": (_cv_doc, 4, set()),
    "agreement": (_agreement, 15, set()),
    "stepup_preparation": (lambda t: preparation_pdf(_sheet(t)), 15,
                           {"sphone", *ROW_TAGS, *CV_TAGS}),
    "stepup_agreement": (lambda t: agreement_document_pdf(_sheet(t)), 15,
                         {"sphone", *PREPARATION_TAGS, *CV_TAGS}),
    "stepup_meeting_pack": (lambda t: meeting_pack_pdf(_sheet(t)), 20, {"sphone", *ROW_TAGS}),
    "access_log": (_access_log, 4, set()),
    "contact_attempts": (_contact_attempts, 8, set()),
    "recovery_sheet": (_recovery, 1, set()),
    "dropin_summary": (_summary, 1, set()),
}


@pytest.mark.parametrize("solid", [False, True], ids=["words_and_lines", "no_spaces"])
@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_document_prints_the_longest_values(name: str, solid: bool,
                                                  tmp_path: Path) -> None:
    make, min_pages, absent = DOCUMENTS[name]
    texts = Texts(solid)
    text, pages = _text(make(texts), tmp_path)
    assert pages >= min_pages
    joined = "".join(text.split())
    missing = [m for tag, m in texts.markers if tag not in absent and m not in joined]
    assert missing == []


def test_the_queue_ticket_cuts_a_long_office_name(tmp_path: Path) -> None:
    office = "Jobcentrets åbne rådgivning i " + "W" * (SHORT_TEXT - 30)
    text, pages = _text(ticket_pdf(office, 17, PRINTED), tmp_path)
    assert pages == 1
    assert "17" in text and "Jobcentrets åbne rådgivning i" in text and "…" in text


class _TooTall(Flowable):
    """A block that can neither fit on a page nor be split."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 400 * mm

    def draw(self) -> None:
        raise AssertionError("never drawn")


def test_a_block_that_cannot_be_laid_out_is_a_report_error() -> None:
    with pytest.raises(ReportError) as caught:
        render([_TooTall()], title="Prøve", office="Kontoret")
    assert caught.value.params == {"title": "Prøve"}
    assert "Prøve" in caught.value.message
