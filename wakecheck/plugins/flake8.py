"""The flake8 plugin: wakecheck's findings for the file flake8 checks, as `WC001 ...` lines.

Registered as the `flake8.extension` entry point `WC`. It runs on every file only in
projects that have a wakecheck configuration (`wakecheck.toml` or `[tool.wakecheck]`),
since flake8 loads every installed plugin whether a project asked for it or not.
"""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Iterator, Sequence
from pathlib import Path

from wakecheck import __version__
from wakecheck.plugins.diagnostics import diagnose


class WakecheckChecker:
    """A flake8 tree plugin; it needs the file's name and text, not flake8's `ast` tree."""

    name = "wakecheck"
    version = __version__

    def __init__(self, tree: ast.AST, filename: str, lines: Sequence[str]) -> None:
        # flake8 classifies a plugin by its parameters: asking for `tree` makes this a
        # once-per-file plugin, which is what a whole-file analysis needs.
        self.filename = filename
        self.lines = lines

    def run(self) -> Iterator[tuple[int, int, str, type[WakecheckChecker]]]:
        """(line, 0-based column, "CODE message", type) for each diagnostic, as flake8 wants."""
        source = _encode(self.lines)
        for found in diagnose(Path(self.filename), source, require_config=True):
            column = found.span.column - 1 if found.span is not None else _indent(self.lines, found.line)
            yield found.line, column, f"{found.code} {found.message}", type(self)


def _encode(lines: Sequence[str]) -> bytes:
    """The text flake8 read, as bytes in the encoding the file declares (PEP 263), else UTF-8."""
    text = "".join(lines)
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(text.encode("utf-8")).readline)
        return text.encode(encoding)
    except (SyntaxError, LookupError, UnicodeEncodeError):
        # A cookie naming an unknown codec, or text it cannot hold: wakecheck will say so.
        return text.encode("utf-8")


def _indent(lines: Sequence[str], line: int) -> int:
    """The 0-based column where the code on 1-based `line` starts (0 past the end)."""
    if not 1 <= line <= len(lines):
        return 0
    text = lines[line - 1]
    return len(text) - len(text.lstrip())
