"""Atomic file writes: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from wakecheck.errors import UsageError


def source_encoding(path: Path) -> str:
    """How Python reads `path`: its declared encoding, `utf-8-sig` with a BOM (so writing keeps it)."""
    import tokenize

    with open(path, "rb") as handle:
        encoding, _ = tokenize.detect_encoding(handle.readline)
    return encoding


def write_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Replace `path` with `text` so that readers see the old or the new file, never half of one."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UsageError(f"cannot write output: {exc.strerror or exc}", path=str(path)) from exc
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except (OSError, UnicodeEncodeError) as exc:
        Path(tmp).unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) else f"not representable in {encoding}"
        raise UsageError(f"cannot write output: {reason or exc}", path=str(path)) from exc
    except BaseException:
        # Interrupted (Ctrl-C, or SIGTERM, which the CLI turns into an exception) or a
        # bug: the target is untouched, and the half-written temporary file goes too.
        # Only SIGKILL, which runs no code, can leave it behind.
        Path(tmp).unlink(missing_ok=True)
        raise
