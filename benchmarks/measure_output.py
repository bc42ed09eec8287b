"""PDF sheets against a one-page reportlab document, and bundle export against stock `age`
encrypting the same plaintext (issue 22)."""

from __future__ import annotations

import io
import time

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from sqlalchemy import select

from app.db import models as m
from app.services import agreements, stepup_sheets
from app.services.context import ServiceContext
from app.services.course.cv import cv_document
from benchmarks.export import measure_export
from benchmarks.office import BenchOffice
from benchmarks.table import Row, at_most


def one_page_pdf() -> bytes:
    """The floor: a one-page reportlab document with a heading, text and a small table."""
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    story = [Paragraph("Aftale om virksomhedspraktik", styles["Title"])]
    story += [Paragraph("Borgeren og virksomheden aftaler et forløb. " * 6, styles["BodyText"])
              for _ in range(4)]
    story.append(Table([["Felt", "Værdi"]] + [[f"Felt {i}", f"Værdi {i}"] for i in range(12)]))
    doc.build(story)
    return buffer.getvalue()


def _ids(ctx: ServiceContext) -> tuple:
    with ctx.transaction() as session:
        citizen = session.execute(select(m.CvItem.citizen_id).limit(1)).scalar_one()
        agreement = session.execute(select(m.Agreement.id).limit(1)).scalar_one()
        step_up = session.execute(select(m.StepUp.id).limit(1)).scalar_one()
    return citizen, agreement, step_up


def _timed(job, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return times


def measure_pdfs(ctx: ServiceContext, repeats: int) -> list[Row]:
    citizen, agreement, step_up = _ids(ctx)
    floor = _timed(one_page_pdf, repeats)
    what = "one-page reportlab document"
    sheets = [("CV", lambda: cv_document(ctx, citizen)),
              ("agreement", lambda: agreements.agreement_document(ctx, agreement)),
              ("step-up sheet (agreement document)",
               lambda: stepup_sheets.sheet(ctx, step_up, "agreement"))]
    return [Row(f"PDF: {name}", "ms", _timed(job, repeats), floor, what, "<= 150 ms",
                at_most(0.150)) for name, job in sheets]


def measure_exports(office: BenchOffice, days: int) -> list[Row]:
    t = measure_export(office.data, office.username, office.password, days=days)
    return [
        Row("export: full bundle", "s", [t.full_s], [t.age_full_s],
            "stock age encrypting the same plaintext", "<= 5 s", at_most(5.0),
            note=f"{t.full_records} records, {t.full_bytes / 1e6:.1f} MB; "
                 f"central import {t.import_s:.1f} s"),
        Row("export: one day's incremental", "ms", t.day_s, t.age_day_s,
            "stock age encrypting the same plaintext", "<= 200 ms", at_most(0.200),
            note=f"{t.day_records} records"),
    ]

