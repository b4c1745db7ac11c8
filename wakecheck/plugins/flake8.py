"""The flake8 plugin: wakecheck's findings for the file flake8 checks, as `WC001 ...` lines.

Registered as the `flake8.extension` entry point `WC`. It runs on every file only in
projects that have a wakecheck configuration (`wakecheck.toml` or `[tool.wakecheck]`),
since flake8 loads every installed plugin whether a project asked for it or not.

Each finding is one line of the run: at the container call when flake8 checks its file,
otherwise on the checked file nearest the call along its chain (see
wakecheck.plugins.diagnostics). To know which files those are, the plugin expands
flake8's own paths with flake8's own rules, once per process.
"""

from __future__ import annotations

import argparse
import ast
import io
import os
import tokenize
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import ClassVar

from wakecheck import __version__
from wakecheck.plugins.diagnostics import diagnose


class WakecheckChecker:
    """A flake8 tree plugin; it needs the file's name and text, not flake8's `ast` tree."""

    name = "wakecheck"
    version = __version__
    # flake8 hands its options to the plugin class, once per process (parse_options):
    # they are the run's, read-only after, so the class is where they can live.
    _options: ClassVar[argparse.Namespace | None] = None
    _linted: ClassVar[tuple[str, frozenset[str] | None] | None] = None  # (cwd, files) once expanded

    @classmethod
    def parse_options(cls, options: argparse.Namespace) -> None:
        cls._options, cls._linted = options, None

    def __init__(self, tree: ast.AST, filename: str, lines: Sequence[str]) -> None:
        # flake8 classifies a plugin by its parameters: asking for `tree` makes this a
        # once-per-file plugin, which is what a whole-file analysis needs.
        self.filename = filename
        self.lines = lines

    def run(self) -> Iterator[tuple[int, int, str, type[WakecheckChecker]]]:
        """(line, 0-based column, "CODE message", type) for each diagnostic, as flake8 wants."""
        source = _encode(self.lines)
        for found in diagnose(Path(self.filename), source, require_config=True, linted=self._linted_files()):
            column = found.span.column - 1 if found.span is not None else _indent(self.lines, found.line)
            yield found.line, column, f"{found.code} {found.message}", type(self)

    @classmethod
    def _linted_files(cls) -> frozenset[str] | None:
        """Every file this flake8 run checks, relative to the current directory; None if it cannot be told."""
        cwd = os.getcwd()
        if cls._linted is None or cls._linted[0] != cwd:
            cls._linted = (cwd, _expand(cls._options, cwd))
        return cls._linted[1]


def _expand(options: argparse.Namespace | None, cwd: str) -> frozenset[str] | None:
    """flake8's paths expanded as flake8 expands them (its own function), or None."""
    if options is None:
        return None
    try:
        from flake8.discover_files import expand_paths  # type: ignore[import-untyped, unused-ignore]

        display = options.stdin_display_name
        found = expand_paths(paths=options.filenames, stdin_display_name=display,
                             filename_patterns=options.filename,
                             exclude=(*options.exclude, *options.extend_exclude))
        names = [display if name == "-" else name for name in found]
    except (ImportError, AttributeError, TypeError, OSError):
        return None  # another flake8: every file on a chain says its findings, as before
    return frozenset(os.path.relpath(os.path.abspath(name), cwd).replace(os.sep, "/") for name in names)


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
