"""The English translation's catalogue: collect every text the UI shows, keep
resources/translations/fremskudt_en.ts in step with the code and compile it to .qm.

    python scripts/translations.py update   # add new texts (unfinished), drop vanished, compile
    python scripts/translations.py check    # exit 1 when a text lacks a translation

Danish is the source language. Three kinds of text are collected:
- the UI's own texts: `tr()` / `QCoreApplication.translate()` / `QT_TRANSLATE_NOOP` in app/ui,
  found by Qt's `pyside6-lupdate` (context = the class, as at run time);
- the core's texts the UI shows (context "Core"): messages of the typed errors and every
  text marked with `N_()` (vocabulary labels, conditions, suggestions). They are literal
  templates with named `{placeholders}`; the UI matches a finished text back to its template.

The .ts file is the translation's source of truth (edit it with pyside6-linguist or by hand);
the .qm next to it is what the app loads.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "fremskudt_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
CORE_CONTEXT = "Core"
CORE_DIRS = ("app/domain", "app/services", "app/db", "app/sync")
ERROR_NAMES = ("PermissionDenied", "NotFound", "NeedsChoice")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    where: str = field(default="", compare=False, hash=False)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class Translation:
    forms: list[str]
    finished: bool


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} findes ikke (det følger med PySide6)")
    return found


def ui_messages() -> list[Message]:
    """Run lupdate over app/ui and read back what it found."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "ui.ts"
        files = sorted(str(p) for p in (ROOT / "app" / "ui").glob("*.py"))
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "relative",
                        *files, "-ts", str(ts)], check=True, cwd=ROOT)
        found = []
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                where = message.find("location")
                found.append(Message(
                    name, message.findtext("source") or "", message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                    where.get("filename", "") if where is not None else ""))
        return found


def _is_error_call(node: ast.Call) -> bool:
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else ""
    return name.endswith("Error") or name in ERROR_NAMES


def core_scan() -> tuple[list[Message], list[str]]:
    """The core's texts for the UI, and the places whose text cannot be translated (an
    f-string message: its parts are not known until run time)."""
    found: list[Message] = []
    problems: list[str] = []
    for folder in CORE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                for keyword in node.keywords:  # the field names in value checks' messages
                    if keyword.arg == "label" and isinstance(keyword.value, ast.Constant) \
                            and isinstance(keyword.value.value, str):
                        found.append(Message(CORE_CONTEXT, keyword.value.value,
                                             where=f"{relative}:{node.lineno}"))
                if not node.args:
                    continue
                first = node.args[0]
                marked = isinstance(node.func, ast.Name) and node.func.id == "N_"
                if not marked and not _is_error_call(node):
                    continue
                where = f"{relative}:{node.lineno}"
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    if first.value.strip():
                        found.append(Message(CORE_CONTEXT, first.value, where=where))
                elif isinstance(first, ast.JoinedStr) or marked:
                    problems.append(f"{where}: the text must be a literal template")
    return found, problems


def collect() -> list[Message]:
    messages = ui_messages() + core_scan()[0]
    unique: dict[tuple[str, str, str], Message] = {}
    for message in messages:
        unique.setdefault(message.key, message)
    return sorted(unique.values(), key=lambda m: (m.context, m.source, m.comment))


def load(ts: Path = TS_FILE) -> dict[tuple[str, str, str], Translation]:
    if not ts.exists():
        return {}
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None:
                continue
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            finished = node.get("type") not in ("unfinished", "obsolete", "vanished")
            result[key] = Translation(forms, finished and all(f.strip() for f in forms))
    return result


def write(messages: list[Message], translations: dict, ts: Path = TS_FILE) -> None:
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="da_DK")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            node = ET.SubElement(context, "message")
            if message.numerus:
                node.set("numerus", "yes")
            if message.where:
                ET.SubElement(node, "location", filename=message.where.split(":")[0])
            ET.SubElement(node, "source").text = message.source
            if message.comment:
                ET.SubElement(node, "comment").text = message.comment
            known = translations.get(message.key)
            translation = ET.SubElement(node, "translation")
            if known is None or not known.finished:
                translation.set("type", "unfinished")
            forms = known.forms if known else [""]
            if message.numerus:
                forms = (forms + forms[-1:])[:2]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    ET.indent(root)
    ts.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def compile_qm(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)


def missing(messages: list[Message] | None = None,
            translations: dict | None = None) -> list[Message]:
    messages = collect() if messages is None else messages
    translations = load() if translations is None else translations
    return [m for m in messages
            if m.key not in translations or not translations[m.key].finished]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        messages = collect()
        write(messages, load())
        compile_qm()
        print(f"{TS_FILE.relative_to(ROOT)}: {len(messages)} tekster, "
              f"{len(missing(messages))} mangler oversættelse")
        return 0
    problems = core_scan()[1]
    lacking = missing()
    for problem in problems:
        print(problem)
    for message in lacking:
        print(f"mangler: [{message.context}] {message.source!r} ({message.where})")
    return 1 if problems or lacking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
