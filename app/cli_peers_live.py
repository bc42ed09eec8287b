"""`fremskudt peers serve` and `fremskudt peers status` (issue 23): live sync over the LAN
without a window, and the members' state. No Qt here."""

from __future__ import annotations

import json
import signal
import threading

from app.cli import CliError
from app.paths import DataPaths


def add_live_commands(actions, common) -> None:
    serve = actions.add_parser("serve", parents=[common],
                               help="synkronisér live over kontorets net, til SIGTERM")
    serve.add_argument("--listen", required=True, metavar="HOST:PORT")
    serve.add_argument("--peer", action="append", default=[], metavar="HOST:PORT",
                       help="en anden arbejdsstations adresse (kan gentages)")
    serve.add_argument("--no-discovery", action="store_true",
                       help="hverken annoncér eller lyt efter andre på nettet (mDNS)")
    status = actions.add_parser("status", parents=[common],
                                help="arbejdsstationernes forbindelse og ventende ændringer")
    status.add_argument("--json", action="store_true")


def cmd_serve(paths: DataPaths, args, out) -> int:
    """Runs until SIGTERM (or Ctrl+C); then closes every connection and waits for the store
    work in hand (one transaction), so nothing is half applied. Discovery (mDNS) runs unless
    --no-discovery is given or --listen is a loopback address."""
    from app.cli_peers import _sync_context
    from app.services import peers_live

    try:
        listen = peers_live.parse_address(args.listen)
        targets = [peers_live.parse_address(a) for a in args.peer]
    except Exception as exc:  # a ValidationError: its Danish message
        raise CliError(getattr(exc, "message", str(exc)), 2) from None
    ctx = _sync_context(paths)
    _log_to_stderr(paths)
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_a: stop.set())
                for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        targets += [peers_live.parse_address(a) for a in peers_live.stored_addresses(ctx)]
        try:
            live = peers_live.LiveSync(ctx, listen, targets,
                                       discovery=not args.no_discovery).start()
        except OSError as exc:
            raise CliError(f"Kan ikke lytte på {args.listen}: {exc.strerror or exc}.",
                           1) from None
        out(f"Lytter på {listen[0]}:{live.port}.")
        try:
            while not stop.wait(0.5):
                pass
        finally:
            live.stop()
        out("Stoppet.")
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        ctx.store.close()
    return 0


def _log_to_stderr(paths: DataPaths) -> None:
    """The data folder's log, and the same lines on stderr (ids only, never a name)."""
    import logging
    import sys

    from app import logs

    logs.setup(paths)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("app").addHandler(handler)


def cmd_status(paths: DataPaths, args, out) -> int:
    """Only reads, with no login entry, so it works while `serve` (or the app) runs on the
    same data folder (the store's read-only mode locks the file exclusively, so it is not
    used here)."""
    from app.cli_peers import _sync_context
    from app.services import peers_live

    ctx = _sync_context(paths)
    try:
        members = peers_live.status(ctx)
    finally:
        ctx.store.close()
    summary = peers_live.summarize(members)
    if args.json:
        out(json.dumps({"state": summary.state, "members": [{
            "device_id": str(s.device_id), "name": s.name, "letter": s.letter,
            "this_device": s.this_device, "revoked": s.revoked, "online": s.online,
            "last_contact": s.last_contact.isoformat() if s.last_contact else None,
            "address": s.address, "waiting_out": s.waiting_out, "waiting_in": s.waiting_in,
            "open_conflicts": s.open_conflicts} for s in members]},
            ensure_ascii=False, indent=2))
        return 0
    for s in members:
        state = ("spærret" if s.revoked else "denne" if s.this_device
                 else "online" if s.online else "offline")
        seen = s.last_contact.astimezone().strftime("%d.%m.%Y %H:%M") if s.last_contact \
            else "-"
        out(f"{s.letter or '-'}  {s.name:<30} {state:<8} sidst {seen:<16} "
            f"ud {s.waiting_out:>5}  ind {s.waiting_in:>5}  konflikter {s.open_conflicts}")
    return 0
