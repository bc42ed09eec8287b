"""The office's tool library (issue 20, point 12): branchepakker, sprogkort and other material
the office holds, as files it adds (kept in the encrypted store, at most MAX_FILE_BYTES) or
links, tagged by industry and language. The app does not invent their content (domain.md,
"Tools named in the seeds"); it keeps what the office adds and finds it for a job goal."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy import select
from sqlalchemy.orm import undefer

from app.db import models as m
from app.domain.enums import AuditAction
from app.domain.errors import ValidationError
from app.domain.roles import Permission
from app.domain.team import split_tags, tool_fits
from app.domain.text import N_
from app.domain.values import LONG_TEXT, clean_text
from app.services import audit
from app.services._common import get_or_raise
from app.services.context import ServiceContext

MAX_FILE_BYTES = 10 * 1024 * 1024
# documents and pictures an office hands out; no programs, no archives
FILE_TYPES = (".pdf", ".docx", ".doc", ".odt", ".xlsx", ".pptx", ".txt", ".png", ".jpg",
              ".jpeg")


@dataclass(frozen=True)
class ToolView:
    id: uuid.UUID
    title: str
    url: str
    file_name: str
    size: int
    industries: tuple[str, ...]
    languages: tuple[str, ...]
    note: str

    @property
    def is_link(self) -> bool:
        return bool(self.url)


def _fields(title: str, industries: str, languages: str, note: str
            ) -> tuple[str, str, str, str]:
    title = clean_text(title, field="title", label="Titel", required=True)
    tags = ", ".join(split_tags(clean_text(industries, field="industries", label="Brancher",
                                           max_length=500)))
    langs = ", ".join(split_tags(clean_text(languages, field="languages", label="Sprog",
                                            max_length=300)))
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    return title, tags, langs, note


def add_link(ctx: ServiceContext, *, title: str, url: str, industries: str = "",
             languages: str = "", note: str = "") -> uuid.UUID:
    ctx.require(Permission.CASE_WRITE)
    title, tags, langs, note = _fields(title, industries, languages, note)
    url = clean_text(url, field="url", label="Link", required=True, max_length=1000)
    parts = urlparse(url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise ValidationError("Et link skal begynde med https:// og have en adresse.",
                              field="url")
    return _add(ctx, m.ToolItem(title=title, url=url, industries=tags, languages=langs,
                                note=note, added_by_id=ctx.user.id))


def add_file(ctx: ServiceContext, path: Path, *, title: str, industries: str = "",
             languages: str = "", note: str = "") -> uuid.UUID:
    """Copy a file into the store. Refused whole when it is too large, of a kind an office
    does not hand out, or unreadable."""
    ctx.require(Permission.CASE_WRITE)
    title, tags, langs, note = _fields(title, industries, languages, note)
    path = Path(path)
    if path.suffix.casefold() not in FILE_TYPES:
        raise ValidationError("Filtypen kan ikke lægges i værktøjskassen. Brug PDF, Word, "
                              "Excel, PowerPoint, tekst eller billeder.", field="file")
    name = clean_text(path.name, field="file", label="Filnavnet", max_length=200)
    try:
        with path.open("rb") as handle:
            content = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise ValidationError("Filen kunne ikke læses.", field="file") from None
    if len(content) > MAX_FILE_BYTES:
        raise ValidationError("Filen er for stor: højst {mb} MB.", field="file",
                              mb=MAX_FILE_BYTES // (1024 * 1024))
    if not content:
        raise ValidationError("Filen er tom.", field="file")
    return _add(ctx, m.ToolItem(title=title, file_name=name, size=len(content),
                                content=content, industries=tags, languages=langs,
                                note=note, added_by_id=ctx.user.id))


def _add(ctx: ServiceContext, row: m.ToolItem) -> uuid.UUID:
    with ctx.transaction() as session:
        session.add(row)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="tool_item",
                     object_id=row.id, detail="link" if row.url else f"fil, {row.size} byte")
        return row.id


def list_tools(ctx: ServiceContext, *, field: str | None = None,
               language: str | None = None) -> list[ToolView]:
    """The library, by title; with `field` (a job goal's field) only the tools for that
    industry and the general ones; with `language` only those in it (or without a language)."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        rows = session.execute(select(m.ToolItem).order_by(m.ToolItem.title)).scalars().all()
        views = [ToolView(r.id, r.title, r.url, r.file_name, r.size, split_tags(r.industries),
                          split_tags(r.languages), r.note) for r in rows]
    if field is not None:
        views = [v for v in views if tool_fits(v.industries, field)]
    if language:
        wanted = language.strip().casefold()
        views = [v for v in views if not v.languages or wanted in v.languages]
    return views


def tool_file(ctx: ServiceContext, tool_id: uuid.UUID) -> tuple[str, bytes]:
    """A file of the library: its name and content, to save or open."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        row = session.execute(select(m.ToolItem).options(undefer(m.ToolItem.content))
                              .where(m.ToolItem.id == tool_id)).scalar_one_or_none()
        if row is None or not row.content:
            raise ValidationError("Værktøjet har ingen fil.", field="tool")
        audit.record(ctx, session, AuditAction.READ, object_type="tool_item",
                     object_id=row.id, detail="fil åbnet")
        return row.file_name, bytes(row.content)


def remove_tool(ctx: ServiceContext, tool_id: uuid.UUID) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        row = get_or_raise(session, m.ToolItem, tool_id, N_("Værktøjet findes ikke."))
        session.delete(row)
        audit.record(ctx, session, AuditAction.DELETE, object_type="tool_item",
                     object_id=tool_id)
