"""The citizen's CV in Danish, for the citizen and for employers. Barriers and case notes are
never on it."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.reports.common import Paragraph, render, styles
from app.services.views import CvView

# The CV's sections in order, by CV item kind value; barriers are deliberately absent.
SECTIONS = [
    ("resource", "Ressourcer"),
    ("competence", "Kompetencer"),
    ("work_experience", "Arbejdserfaring"),
    ("internship", "Praktik"),
    ("education", "Uddannelse"),
    ("language", "Sprog"),
    ("driving_licence", "Kørekort"),
    ("leisure", "Fritidsinteresser"),
    ("home_task", "Erfaring fra hjemmet"),
]


def cv_pdf(data: CvView, printed_at: dt.datetime | None = None) -> bytes:
    return render(cv_story(data), title=f"CV – {data.name}", office=data.office,
                  confidential=False, printed_at=printed_at)


def cv_story(data: CvView, heading: str | None = None) -> list:
    """The CV's flowables, also used inside the step-up meeting pack."""
    s = styles()
    story = [Paragraph(escape(heading or data.name), s["title"])]
    contact = " · ".join(x for x in (data.phone, data.email) if x)
    if contact:
        story.append(Paragraph(escape(contact), s["body"]))
    goal = data.position or data.field
    if goal or data.direction:
        story.append(Paragraph("Jobmål", s["h2"]))
        if goal:
            story.append(Paragraph(escape(" – ".join(x for x in (data.position, data.field)
                                                     if x)), s["body"]))
        if data.functions:
            story.append(Paragraph(escape(data.functions), s["body"]))
        if data.direction:
            story.append(Paragraph(escape(data.direction), s["body"]))
    for kind, heading in SECTIONS:
        lines = [(t, d) for k, t, d in data.items if k == kind]
        if not lines:
            continue
        story.append(Paragraph(heading, s["h2"]))
        for title, detail in lines:
            text = f"<b>{escape(title)}</b>" + (f" – {escape(detail)}" if detail else "")
            story.append(Paragraph(text, s["body"], bulletText="•"))
    story.append(Spacer(1, 6 * mm))
    return story
