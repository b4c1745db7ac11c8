"""`audit --check`: whether the document on disk still says what the audit says, line numbers aside."""

from __future__ import annotations

import difflib
import enum
from collections.abc import Callable
from dataclasses import dataclass


class Freshness(enum.Enum):
    CURRENT = "current"  # byte for byte what the audit writes
    MOVED = "moved"  # the same rows, verdicts, chains, costs and guards; only line numbers differ
    STALE = "stale"  # the audit says something else now


@dataclass(frozen=True, slots=True)
class Comparison:
    freshness: Freshness
    diff: tuple[str, ...]  # STALE: a unified diff of the lines that changed other than by line numbers


def compare(on_disk: str, generated: str, blind: Callable[[str], str], name: str) -> Comparison:
    """Compare two audit documents; `blind` blanks the line numbers of one line of the format.

    Code that only moved (a comment added at the top of a module) changes every link's line
    number but nothing the audit says: that is MOVED, not STALE, so a pre-commit hook does
    not fail on an unrelated edit.
    """
    if on_disk == generated:
        return Comparison(Freshness.CURRENT, ())
    old = on_disk.splitlines(keepends=True)
    new = generated.splitlines(keepends=True)
    old_blind = [blind(line) for line in old]
    new_blind = [blind(line) for line in new]
    if old_blind == new_blind:
        return Comparison(Freshness.MOVED, ())
    return Comparison(Freshness.STALE, tuple(_diff(old, new, old_blind, new_blind, name)))


def _diff(old: list[str], new: list[str], old_blind: list[str], new_blind: list[str], name: str) -> list[str]:
    """A unified diff of the real lines, with hunks only where the line-blind texts differ.

    Lines that differ only in line numbers are context here (shown as generated): the diff
    points at what changed in substance, not at every moved link around it.
    """
    matcher = difflib.SequenceMatcher(None, old_blind, new_blind, autojunk=False)
    out = [f"--- {name} (on disk)\n", f"+++ {name} (generated)\n"]
    for group in matcher.get_grouped_opcodes(3):
        first, last = group[0], group[-1]
        out.append(f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out += [" " + line for line in new[j1:j2]]
                continue
            out += ["-" + line for line in old[i1:i2]]
            out += ["+" + line for line in new[j1:j2]]
    return [line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in out]


def _range(start: int, stop: int) -> str:
    """A hunk's range as unified diffs write it (1-based start, and a length unless it is 1)."""
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start + 1 if length else start},{length}"
