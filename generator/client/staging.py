"""The temporary folder `generate` builds in: next to the output (same filesystem, so the swap is a rename),
named after the process that owns it, and removed at the next start when that process is gone (killed
mid-run, a `TemporaryDirectory` never gets to clean up)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

LEGACY_AGE = 3600  # seconds


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def remove_stale(output: Path) -> list[Path]:
    """Remove staging folders of `output` left by processes that no longer run; the removed folders."""
    owned = re.compile(rf"\.{re.escape(output.name)}-staging-(\d+)-")
    removed = []
    for folder in output.parent.glob(f".{output.name}-*"):
        match = owned.match(folder.name)
        if not folder.is_dir() or folder.is_symlink():
            continue
        # A folder without an owner (named before owners were recorded) is stale once nobody wrote to it for a while.
        if (not _alive(int(match.group(1)))) if match else time.time() - folder.stat().st_mtime > LEGACY_AGE:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


@contextlib.contextmanager
def staging_dir(output: Path) -> Iterator[str]:
    output.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(output)
    with tempfile.TemporaryDirectory(prefix=f".{output.name}-staging-{os.getpid()}-", dir=output.parent) as tmp:
        yield tmp
