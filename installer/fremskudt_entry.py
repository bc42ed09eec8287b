"""Entry point of the frozen build: the same as `python -m app`. The windowed Windows program
(fremskudt.exe) has no console, so its standard streams are None; they go to the null device
so that a message written there (argparse, a warning) cannot crash the app."""

import os
import sys

from app.__main__ import main

if __name__ == "__main__":
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    sys.exit(main())
