"""Headless commands shared by `fremskudt` and the tests. No Qt here."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from app.db.engine import DiskFull, disk_full, is_disk_full
from app.db.keyring import WrongPassword, format_recovery_key
from app.domain.errors import FremskudtError
from app.domain.rules import mark
from app.paths import DataPaths
from app.services import auth
from app.services.check import run_check
from app.services.context import Clock, ServiceContext

ENV_USER = "FREMSKUDT_USER"
ENV_PASSWORD = "FREMSKUDT_PASSWORD"

KIND_LABELS = {
    "citizen": "borgere",
    "course": "forløb",
    "step_period": "trinperioder",
    "exemption_period": "fritagelser",
    "job_goal": "jobmål",
    "cv_item": "CV-linjer",
    "contact_entry": "kontakter",
    "network_person": "netværkspersoner",
    "consent": "samtykker",
    "company": "virksomheder",
    "company_contact": "kontaktpersoner",
    "match_activity": "jobmatch-aktiviteter",
    "agreement": "aftaler",
    "paid_hours_month": "løntimemåneder",
    "step_up": "step-up-forløb",
    "drop_in_visit": "besøg i åben rådgivning",
    "audit_entry": "logposter",
    "staff_account": "medarbejderkonti",
    "office": "kontorer",
    "workstation": "arbejdsstationer",
    "partnership": "makkerskaber",
    "drop_in_event": "kø-hændelser",
    "step_up_answer": "step-up: svar",
    "step_up_document": "step-up: dokumenter",
    "step_up_participant": "step-up: deltagere",
    "step_up_meeting": "step-up: møder",
    "step_up_attendance": "step-up: fremmøde",
    "step_up_agreement_row": "step-up: aftalerækker",
    "tombstone": "sletninger (gravsten)",
    "device_clock": "ændringstællere",
    "local_setting": "lokale indstillinger",
}


class CliError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def credentials(prompt: bool = True) -> tuple[str, str]:
    user = os.environ.get(ENV_USER)
    password = os.environ.get(ENV_PASSWORD)
    if user and password:
        return user, password
    if prompt and sys.stdin.isatty():
        user = user or input("Brugernavn: ").strip()
        password = password or getpass.getpass("Adgangskode: ")
        return user, password
    raise CliError(f"Angiv brugernavn og adgangskode i {ENV_USER} og {ENV_PASSWORD}.", 2)


def login_from_env(paths: DataPaths, sleep: Callable[[float], None] = time.sleep
                   ) -> ServiceContext:
    user, password = credentials()
    throttle = auth.LoginThrottle.for_paths(paths)
    try:
        return auth.login(paths, user, password, throttle)
    except WrongPassword as exc:
        sleep(throttle.remaining())  # the wrong-password delay
        raise CliError(exc.message) from None


def cmd_check(paths: DataPaths, as_json: bool, out: Callable[[str], None]) -> int:
    try:
        ctx = login_from_env(paths)
    except DiskFull as exc:  # the login entry cannot be written, but the store can be read
        from app.services.readonly import login_read_only

        print(f"fremskudt: {exc.message}", file=sys.stderr)
        print("fremskudt: kontrollen køres kun med læseadgang.", file=sys.stderr)
        ctx = login_read_only(paths, *credentials())
    try:
        report = run_check(ctx)
    finally:
        ctx.store.close()
    if as_json:
        out(json.dumps({"integrity": report.integrity, "revision": report.revision,
                        "head": report.head, "counts": report.counts}, indent=2))
    else:
        out(f"Integritet: {report.integrity}")
        out(f"Skemaversion: {report.revision} (nyeste: {report.head})")
        out("Antal poster:")
        for table, count in report.counts.items():
            label = KIND_LABELS.get(table, table)
            out(f"  {label:<28} {count:>9}")
    return 0 if report.ok else 1


def fixed_clock(day: dt.date) -> Clock:
    """A clock standing at noon (local time) of `day`: what `--today` sets."""
    noon = dt.datetime.combine(day, dt.time(12, 0)).astimezone()
    return lambda: noon


def _due_json(item, today: dt.date) -> dict:
    """A due item as the JSON shows it: its typed kind, its mark as of `today` (domain.md
    "Marks") and the rule's explanation (why) with the seed it comes from."""
    return {"kind": item.kind.value, "what": item.what, "due": item.due.isoformat(),
            "mark": mark(item.due, today).value, "why": item.why, "rule": item.rule}


def cmd_caseload(paths: DataPaths, today: str | None, fmt: str,
                 out: Callable[[str], None]) -> int:
    import csv
    import io

    from app.services.caseload import export_caseload

    try:
        day = dt.date.fromisoformat(today) if today else None
    except ValueError:
        raise CliError("--today skal være en dato som 2026-11-23.", 2) from None
    ctx = login_from_env(paths)
    if day is not None:
        # --today sets the app's clock for the whole command (due items, marks, the audit
        # entry, any printed time); the login and the day's housekeeping (backup,
        # anonymisation) ran on the real clock, so a future date never anonymises visitors
        ctx = replace(ctx, clock=fixed_clock(day))
    try:
        rows = export_caseload(ctx)
        today_on = ctx.today()
    finally:
        ctx.store.close()
    if fmt == "json":
        out(json.dumps([{
            "course_id": str(r.course_id), "name": r.name, "cpr": r.masked_cpr,
            "step": r.step,
            "step_started_on": r.step_started_on.isoformat() if r.step_started_on else None,
            "next_due": _due_json(r.due[0], today_on) if r.due else None,
            "due": [_due_json(i, today_on) for i in r.due],
        } for r in rows], ensure_ascii=False, indent=2))
        return 0
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(["forloeb_id", "navn", "cpr", "trin", "trin_startet", "frist", "hvad",
                     "regel", "hvorfor"])
    for r in rows:
        started = r.step_started_on.isoformat() if r.step_started_on else ""
        if not r.due:
            writer.writerow([r.course_id, r.name, r.masked_cpr, r.step, started, "", "", "", ""])
        for i in r.due:
            writer.writerow([r.course_id, r.name, r.masked_cpr, r.step, started,
                             i.due.isoformat(), i.what, i.rule, i.why])
    out(buffer.getvalue().rstrip("\n"))
    return 0


def cmd_measures(paths: DataPaths, month: str, as_json: bool,
                 out: Callable[[str], None]) -> int:
    """`fremskudt measures --month YYYY-MM [--json]`: the month's Ledelsesinformation for the
    office (and, in JSON, per jobformidler and makkerskab). Counts only: no name, no CPR."""
    from app.services.measure_exports import view_json
    from app.services.measure_texts import figure_lines
    from app.services.measures import drop_in_month, measures, parse_month

    try:
        chosen = parse_month(month)
    except FremskudtError as exc:
        raise CliError(exc.message, 2) from None
    ctx = login_from_env(paths)
    try:
        view = measures(ctx, chosen)
        visits = drop_in_month(ctx, chosen).visits
    finally:
        ctx.store.close()
    if as_json:
        out(json.dumps({**view_json(view), "aaben_raadgivning_besoeg": visits},
                       ensure_ascii=False, indent=2))
    else:
        for line in figure_lines(view, visits):
            out(line)
    return 0


def cmd_backup(paths: DataPaths, restore_file: str | None, out: Callable[[str], None]
               ) -> int:
    from app.services import backups

    if restore_file is not None:
        _input_file(restore_file)  # never let the restore create the file it was given
    ctx = login_from_env(paths)
    try:
        if restore_file is None:
            for path in backups.take_backup(ctx):
                out(str(path))
            return 0
        counts = backups.inspect(ctx, Path(restore_file))
        out(f"Sikkerhedskopi {Path(restore_file).name}: {counts['citizen']} borgere, "
            f"{counts['course']} forløb, {counts['contact_entry']} kontakter.")
        keep = backups.restore(ctx, Path(restore_file))
        out(f"Gendannet. Den hidtidige database er gemt som {keep}.")
        return 0
    finally:
        ctx.store.close()


def cmd_verify_audit(paths: DataPaths, out: Callable[[str], None]) -> int:
    from app.services.audit import verify_chain

    ctx = login_from_env(paths)
    try:
        report = verify_chain(ctx)
    finally:
        ctx.store.close()
    if report.ok and report.anchored_at is not None:
        day = report.anchored_at.astimezone().strftime("%d.%m.%Y %H:%M")
        out(f"Logkæden er hel og stemmer med centralens kvittering af {day} (til og med "
            f"logpost {report.anchor_seq}): {report.entries} poster.")
        return 0
    if report.ok:
        out(f"Logkæden er hel: {report.entries} poster. Den er kun kontrolleret mod sig selv: "
            "der er endnu ingen kvittering fra jobcentret at sammenligne med.")
        return 0
    for problem in report.problems:
        out(problem)
    out(f"Logkæden er brudt ({len(report.problems)} fejl i {report.entries} poster).")
    return 1


def _input_file(name: str) -> Path:
    """A file the command reads: missing or unreadable is bad input (exit 2), before login."""
    path = Path(name)
    if not path.is_file():
        raise CliError(f"Filen {name} findes ikke.", 2)
    return path


def _read_input(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise CliError(f"Filen {path} kan ikke læses.", 2) from None


def cmd_sync(paths: DataPaths, args, out: Callable[[str], None]) -> int:
    from app.services import sync

    if args.command in ("central-key", "import-receipt"):
        source = _read_input(_input_file(args.file))
    elif args.command == "enrollment" and not Path(args.out).parent.is_dir():
        raise CliError(f"Mappen {Path(args.out).parent} findes ikke.", 2)
    ctx = login_from_env(paths)
    try:
        if args.command == "central-key" and getattr(args, "action", "add") == "rotate":
            for key in sync.apply_receipt_key_rotation(ctx, source):
                out(f"{key.key_id}  {key.trust_fingerprint}")
        elif args.command == "central-key":
            for key in sync.add_central_keys(ctx, source):
                out(f"{key.key_id}  {key.trust_fingerprint}")
        elif args.command == "enrollment":
            written = sync.write_enrollment(ctx, Path(args.out))
            out("Fingeraftryk (sammenlign med det, IT læser op): "
                + json.loads(written.read_bytes())["fingerprint"])
            out(str(written))
        elif args.command == "export":
            out(str(sync.export_bundle(ctx, Path(args.out)).path))
        else:
            bundle = sync.import_receipt(ctx, source)
            if bundle.file_name:
                out(f"Kvittering for pakke {bundle.seq} indlæst.")
            else:
                out(f"Statuskvittering indlæst: næste pakke fortsætter efter jobcentrets "
                    f"pakke {bundle.seq}.")
    finally:
        ctx.store.close()
    return 0


def cmd_demo(paths: DataPaths, citizens: int, seed: int, out: Callable[[str], None]) -> int:
    from app.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo_office

    if citizens < 0 or citizens > 200_000:
        raise CliError("Antal borgere skal være mellem 0 og 200.000.", 2)
    user = os.environ.get(ENV_USER) or DEMO_USERNAME
    password = os.environ.get(ENV_PASSWORD) or DEMO_PASSWORD

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} borgere", end="", file=sys.stderr, flush=True)

    result = create_demo_office(paths, citizens=citizens, seed=seed, username=user,
                                password=password, progress=progress)
    print(file=sys.stderr)
    result.ctx.store.close()
    out(f"Demokontor oprettet i {paths.root}")
    out(f"{result.citizens} borgere, {result.rows} poster på {result.seconds:.1f} s")
    out(f"Log ind som: {user} (adgangskode fra {ENV_PASSWORD} eller demo-adgangskoden)")
    out(f"Gendannelsesnøgle: {format_recovery_key(result.recovery_key)}")
    return 0


def run_headless(func: Callable[[], int]) -> int:
    """Run a command; show core errors as their Danish message on stderr, exit 1."""
    try:
        return func()
    except CliError as exc:
        print(f"fremskudt: {exc}", file=sys.stderr)
        return exc.code
    except FremskudtError as exc:
        print(f"fremskudt: {exc.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader (e.g. `head`) stopped reading: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:  # a full disk met outside the store and the backups
        if not is_disk_full(exc):
            raise
        folder = os.path.dirname(os.fsdecode(exc.filename or "")) or "."
        print(f"fremskudt: {disk_full(folder).message}", file=sys.stderr)
        return 1
