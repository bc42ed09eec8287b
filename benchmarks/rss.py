"""The process's own peak resident set size.

`getrusage(RUSAGE_SELF).ru_maxrss` is preserved across fork and execve on Linux, so a start
measured in a child of the benchmark process reported the parent's peak (642 MB right after
the parent had built the demo office). The kernel's VmHWM belongs to the process's own address
space, which execve starts afresh.
"""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
