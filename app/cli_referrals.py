"""`fremskudt import-central FILE` and `fremskudt referrals [--json]` (issue 19 point 3): a
downsync bundle from the jobcenter into the "Henvisninger" inbox, and the inbox with each
referral's state. The list shows masked CPR numbers only."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from app.cli import CliError, login_from_env
from app.domain.text import counted
from app.paths import DataPaths


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    load = sub.add_parser("import-central", parents=[common],
                          help="indlæs en pakke fra jobcentret (henvisninger)")
    load.add_argument("file", metavar="FILE")
    listing = sub.add_parser("referrals", parents=[common],
                             help="vis henvisningerne fra jobcentret med deres status")
    listing.add_argument("--json", action="store_true")


def cmd_import_central(paths: DataPaths, file: str, out: Callable[[str], None]) -> int:
    from app.services.referrals import import_central

    path = Path(file)
    if not path.is_file():
        raise CliError(f"Filen {file} findes ikke.", 2)
    ctx = login_from_env(paths)
    try:
        result = import_central(ctx, path)
    finally:
        ctx.store.close()
    if result.again:
        out(f"Pakke {result.seq} fra jobcentret var indlæst i kontoret før; på denne "
            "arbejdsstation er kun jobcentrets nøgle taget i brug.")
    else:
        out(f"Pakke {result.seq} fra jobcentret er indlæst: "
            + counted(result.added, "ny henvisning", "nye henvisninger")
            + (f" ({result.already} var der i forvejen)." if result.already else "."))
    if result.rotated:
        out("Jobcentrets nye nøgle er taget i brug; den gamle godtages ikke mere.")
    for name in result.revoked:
        out(f"Arbejdsstationen {name} er spærret af jobcentret.")
    return 0


def cmd_referrals(paths: DataPaths, as_json: bool, out: Callable[[str], None]) -> int:
    from app.services.referrals import inbox

    ctx = login_from_env(paths)
    try:
        views = inbox(ctx)
    finally:
        ctx.store.close()
    if as_json:
        out(json.dumps([{
            "id": v.id.hex, "navn": v.name, "cpr": v.masked_cpr, "ydelse": v.benefit.value,
            "aktivitetsparat": v.activity_ready, "henvist": v.referred_on.isoformat(),
            "status": v.state, "besvaret": v.decided_at.isoformat() if v.decided_at else None,
            "begrundelse": v.decline_reason,
            "borger_id": v.citizen_id.hex if v.citizen_id else None,
            "forloeb_id": v.course_id.hex if v.course_id else None} for v in views],
            ensure_ascii=False, indent=2))
    else:
        for v in views:
            out(f"{v.referred_on:%d.%m.%Y}  {v.masked_cpr}  {v.name}  {v.state}"
                + (f" ({v.decline_reason})" if v.decline_reason else ""))
        out(f"{len(views)} henvisninger, {sum(v.state == 'ny' for v in views)} ubesvarede.")
    return 0
