"""`fremskudt peers ...` and `fremskudt digest`: the office's workstations from the command
line (issue 18). No Qt here."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli import CliError, credentials, login_from_env
from app.paths import DataPaths

Out = Callable[[str], None]


def _folder(name: str | None) -> Path:
    path = Path(name or "")
    if not name or not path.is_dir():
        raise CliError(f"Mappen {name} findes ikke.", 2)
    return path


def _confirm(yes: bool, out: Out) -> Callable[[str, str, str], bool]:
    def confirm(name: str, theirs: str, ours: str) -> bool:
        out(f"Ny arbejdsstation: {name}")
        out(f"  dens fingeraftryk:   {theirs}")
        out(f"  denne stations:      {ours}")
        if yes:
            return True
        if not sys.stdin.isatty():
            out("Ikke optaget: bekræft med --yes, når fingeraftrykkene er sammenlignet.")
            return False
        return input("Er fingeraftrykkene ens på begge skærme? [j/N] ").strip().lower() in (
            "j", "ja", "y", "yes")
    return confirm


def cmd_peers(paths: DataPaths, args, out: Out) -> int:
    from app.services import peers_join

    action = args.action
    if action == "join":
        view = peers_join.request_join(paths, _folder(args.folder), args.code,
                                       getattr(args, "name", None))
        out(f"Anmodning lagt i {view.request_file.parent}.")
        out(f"Denne arbejdsstations fingeraftryk: {view.fingerprint}")
        out("Kør nu 'peers sync' på kontorets arbejdsstation og derefter her.")
        return 0
    if action == "sync":
        return _sync(paths, args, out)
    ctx = login_from_env(paths)
    try:
        return _logged_in(ctx, action, args, out)
    finally:
        ctx.store.close()


def _logged_in(ctx, action: str, args, out: Out) -> int:
    from app.services import peers_folder, peers_join

    if action == "invite":
        _folder(args.folder)
        view = peers_join.invite(ctx)
        out(f"Denne arbejdsstations fingeraftryk: {view.office_fingerprint}")
        out(f"Koden gælder til {view.expires_at.astimezone():%H:%M} og kan bruges én gang.")
        out(view.code)
        return 0
    if action == "revoke":
        view = peers_folder.revoke(ctx, args.device)
        out(f"Spærret: {view.name} ({view.device_id}); sidste modtagne ændring "
            f"{view.last_counter}.")
        return 0
    members = peers_folder.list_members(ctx)
    if args.json:
        out(json.dumps([{"device_id": str(v.device_id), "name": v.name, "letter": v.letter,
                         "fingerprint": v.fingerprint, "this_device": v.this_device,
                         "revoked": v.revoked_at is not None, "last_counter": v.last_counter,
                         "last_heard": v.last_heard.isoformat() if v.last_heard else None}
                        for v in members], ensure_ascii=False, indent=2))
        return 0
    for v in members:
        state = "spærret" if v.revoked_at else ("denne" if v.this_device else "aktiv")
        out(f"{v.letter or '-'}  {v.name:<30} {state:<8} {v.fingerprint}  {v.device_id}")
    return 0


def _sync(paths: DataPaths, args, out: Out) -> int:
    from app.services import peers_folder, peers_join

    folder = _folder(args.folder)
    if peers_join.pending_join(paths) is not None:
        joined = peers_join.complete_join(paths, folder)
        if joined is None:
            out("Venter på, at kontorets arbejdsstation optager denne. Prøv igen senere.")
            return 0
        out(f"Tilsluttet kontoret. Afsenderens fingeraftryk: {joined[1]}")
        try:
            credentials(prompt=False)
        except CliError:
            return 0
    ctx = _sync_context(paths)
    try:
        report = peers_folder.sync_folder(ctx, folder, _confirm(args.yes, out))
    finally:
        ctx.store.close()
    for admitted in report.admitted:
        out(f"Optaget: {admitted.name} ({admitted.device_id})")
    for name, records, conflicts in report.applied:
        out(f"Indlæst {name}: {records} poster, {conflicts} konflikter")
    for name, reason in report.refused:
        out(f"Afvist {name}: {reason}")
    for name, reason in report.waiting:
        out(f"Venter {name}: {reason}")
    for name, records in report.written:
        out(f"Skrevet {name}: {records} poster")
    if report.pending:
        out(f"Ventende poster (mangler overordnet post): {report.pending}")
    return 1 if report.refused else 0


def _sync_context(paths: DataPaths):
    """The account's password opens the store for the exchange, without a login entry or
    the day's first backup: a sync reads no one's data for a person, and a login entry would
    itself be a change to send, so two members could never end equal. Admissions and
    refused batches are audited."""
    from app.db.keyring import WrongPassword
    from app.db.store import open_account
    from app.services import casekeys
    from app.services.auth import LoginThrottle, load_user
    from app.services.context import ServiceContext

    user, password = credentials()
    throttle = LoginThrottle.for_paths(paths)
    throttle.check()
    try:
        store, private = open_account(paths, user, password)
    except WrongPassword as exc:
        throttle.record_failure()
        raise CliError(exc.message) from None
    try:
        account = load_user(store, user)
        case_key = casekeys.unlock(store, account.username, account.roles, private)
    except BaseException:
        store.close()
        raise
    throttle.record_success()
    return ServiceContext(store, account, case_key=case_key)


def cmd_digest(paths: DataPaths, out: Out) -> int:
    """The office digest as the last line; read-only (no login entry, no backup), so two
    members can be compared without changing either."""
    from app.services import peers
    from app.services.readonly import login_read_only

    ctx = login_read_only(paths, *credentials())
    try:
        value = peers.digest(ctx)
    finally:
        ctx.store.close()
    out(value)
    return 0
