"""The English translation's catalogue: collect every text the UI shows, keep
resources/translations/fremskudt_en.ts in step with the code and compile it to .qm.

    python scripts/translations.py update   # add new texts (unfinished), drop vanished, compile
    python scripts/translations.py check    # exit 1 when a text lacks a translation, or
                                            # a core text is not a literal template

Danish is the source language. Two kinds of text are collected:
- the UI's own texts: `tr()` / `QCoreApplication.translate()` / `QT_TRANSLATE_NOOP` in app/ui,
  found by Qt's `pyside6-lupdate` (context = the class, as at run time);
- the core's texts the UI shows (context "Core"): the templates of the typed errors (every
  class derived from FremskudtError) and every text marked with `N_()` (vocabulary labels,
  conditions, suggestions). They are literal templates with named `{placeholders}`; the UI
  translates them by key (app/ui/i18n.py). The check refuses, anywhere under app/, an error
  or an `N_()` whose template is built at run time (an f-string, `+`, `.format`, a join):
  such a text has no key, so the English UI would show it in Danish.

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
CORE_DIRS = ("app/domain", "app/services", "app/db", "app/sync", "app/reports")
ERROR_BASE = "FremskudtError"
UI_TRANSLATE = ("tr", "translate", "QT_TRANSLATE_NOOP")


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
        files = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
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


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else ""


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _trees(folder: str = "app") -> list[tuple[str, ast.Module]]:
    return [(path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted((ROOT / folder).rglob("*.py"))]


def error_classes(trees: list[tuple[str, ast.Module]]) -> set[str]:
    """The names of every class in app/ that derives from FremskudtError (WrongPassword,
    BundleError, ...), found by following the base classes' names."""
    bases: dict[str, set[str]] = {}
    for _path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name(b) for b in node.bases)
    found = {ERROR_BASE}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _marked_constants(tree: ast.Module) -> set[str]:
    """Module-level names bound to N_("literal") texts (alone or in a dict, list or tuple):
    an error may be raised with one of them (`PermissionDenied(_REFUSALS[permission])`)."""
    def marked(value: ast.expr) -> bool:
        if isinstance(value, ast.Call):
            return _name(value.func) == "N_" and bool(value.args) and _is_literal(
                value.args[0]) and not value.keywords
        if isinstance(value, ast.Dict):
            return bool(value.values) and all(marked(v) for v in value.values)
        if isinstance(value, ast.List | ast.Tuple):
            return bool(value.elts) and all(marked(v) for v in value.elts)
        return False
    names = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) and node.value is not None else []
        if targets and marked(node.value):
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _parameters(tree: ast.Module) -> dict[int, set[str]]:
    """For each call inside a function, the names of that function's parameters."""
    result: dict[int, set[str]] = {}
    for function in ast.walk(tree):  # breadth first: an inner function's calls come last
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            names = {a.arg for a in (*function.args.posonlyargs, *function.args.args,
                                     *function.args.kwonlyargs)}
            for node in ast.walk(function):
                if isinstance(node, ast.Call):
                    result[id(node)] = names
    return result


def _acceptable(first: ast.expr, node: ast.Call, constants: set[str], in_ui: bool,
                parameters: set[str]) -> bool:
    """Whether an error's first argument is a template the catalogue knows: a literal, a
    constant marked with N_(), the template of a core error passed on with its values, or a
    helper's parameter (its callers' `N_("...")` are checked where they are written)."""
    if _is_literal(first):
        return True
    if in_ui and isinstance(first, ast.Call) and _name(first.func) in UI_TRANSLATE:
        return True  # the UI raises its own, already translated text
    if isinstance(first, ast.Attribute) and first.attr == "template":  # a core error passed on
        return any(k.arg is None and isinstance(k.value, ast.Attribute)
                   and k.value.attr == "params" for k in node.keywords)
    if isinstance(first, ast.Name) and first.id in parameters:
        return True
    target = first.value if isinstance(first, ast.Subscript) else first
    return isinstance(target, ast.Name) and target.id in constants


def core_scan(trees: list[tuple[str, ast.Module]] | None = None
              ) -> tuple[list[Message], list[str]]:
    """The core's texts for the UI, and the places whose text cannot be translated by key: an
    error or an `N_()` whose template is not a literal (an f-string, a concatenation, a join,
    a variable, or an `N_()` inside an error instead of the template and its values)."""
    found: list[Message] = []
    problems: list[str] = []
    trees = _trees() if trees is None else trees
    errors = error_classes(trees)
    for relative, tree in trees:
        collected = relative.startswith(CORE_DIRS)
        constants = _marked_constants(tree)
        parameters = _parameters(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{relative}:{node.lineno}"
            if collected:
                for keyword in node.keywords:  # the field names in value checks' messages
                    if keyword.arg == "label" and _is_literal(keyword.value):
                        found.append(Message(CORE_CONTEXT, keyword.value.value, where=where))
            name = _name(node.func)
            marked = isinstance(node.func, ast.Name) and name == "N_"
            if not (marked or name in errors) or not node.args:
                continue
            first = node.args[0]
            if _is_literal(first):
                if collected and first.value.strip():
                    found.append(Message(CORE_CONTEXT, first.value, where=where))
            elif marked or not _acceptable(first, node, constants, relative.startswith(
                    "app/ui/"), parameters.get(id(node), set())):
                problems.append(f"{where}: {name}() needs a literal template (its values as "
                                f"keywords), not {ast.unparse(first)[:60]}")
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


def reuse(messages: list[Message], translations: dict) -> dict:
    """A text new to its context (moved to another class, or a core message the UI also
    shows) takes the finished translation the same source has elsewhere."""
    by_source = {source: t for (_c, source, _k), t in translations.items() if t.finished}
    result = dict(translations)
    for message in messages:
        known = result.get(message.key)
        if (known is None or not known.finished) and message.source in by_source:
            result[message.key] = by_source[message.source]
    return result


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        messages = collect()
        write(messages, reuse(messages, load()))
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
