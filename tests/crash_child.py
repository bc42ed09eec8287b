"""Child process of the crash test: writes contact entries and drop-in registrations in a loop
and prints each id after its commit returned. The parent kills it with SIGKILL."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from app.domain.enums import ContactChannel, ContactKind, DropInReason
from app.paths import DataPaths
from app.services import auth, course, dropins


def main() -> None:
    paths = DataPaths(Path(sys.argv[1]))
    ctx = auth.login(paths, "admin", sys.argv[2])
    citizen = course.new_citizen(ctx, first_name="Crash", last_name="Test",
                                 cpr=sys.argv[3])
    print(f"citizen {citizen}", flush=True)
    n = 0
    while True:
        n += 1
        entry = course.log_contact(ctx, citizen, occurred_at=dt.datetime.now(dt.UTC),
                                   kind=ContactKind.TELEFON, channel=ContactChannel.TELEFON,
                                   note=f"kontakt {n}")
        print(f"contact {entry}", flush=True)
        ticket = dropins.register(ctx, visitor_label=f"G{n}", reasons=[DropInReason.BREV])
        print(f"visit {ticket.visit_id}", flush=True)


if __name__ == "__main__":
    main()
