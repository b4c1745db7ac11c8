"""One file's wakecheck findings, each placed on a line of that file, for the linter plugins.

A linter reports on the file it was given, but a finding's container call may sit in
another file that the linted file only leads to (the alarm loop in `town_do.py` calls
`ensure_container_token` in `container_dispatch.py`). Such a finding is placed on the last
line of its call chain in the linted file: the call through which this file hands control
on toward the container call. Its message says where the container call is.

When the plugin knows every file the linter checks in this run (`linted`), each finding
is said once: at the container call when its file is checked, otherwise in the checked
file nearest the call along its chain. Without `linted`, every file on the chain says it.

Findings carry wakecheck's own codes (WC001…). The plugins' own problems (a bad
configuration, files that cannot be parsed) get `PLUGIN_CODE`, which is no rule's code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from wakecheck.config import load_config
from wakecheck.discovery import display_path
from wakecheck.engine import check_file
from wakecheck.errors import WakecheckError
from wakecheck.model import FileError, Finding, Span

PLUGIN_CODE = "WC000"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One thing to say about the linted file, at a 1-based `line` of it.

    `span` is the exact 1-based range when the finding is located in this file; None
    means the line as a whole (a call chain passes through it, or a plugin problem).
    """

    code: str
    message: str
    line: int
    span: Span | None


def diagnose(path: Path, source: bytes | None = None, cwd: Path | None = None, *,
             require_config: bool = False, linted: frozenset[str] | None = None) -> tuple[Diagnostic, ...]:
    """What `wakecheck check PATH` says about `path`, as diagnostics located in `path`.

    `source` replaces the file's contents (what the linter read). With `require_config`,
    a file whose project has no wakecheck configuration gets nothing: flake8 loads every
    installed plugin into every run, and a project that never asked for wakecheck should
    not pay for a whole-project analysis per file. `linted`: every file the linter checks
    in this run, as paths relative to `cwd` (see the module's docstring).
    """
    cwd = cwd or Path.cwd()
    absolute = Path(os.path.abspath(cwd / path))
    if not absolute.is_file():
        # stdin without a real file name, or a buffer never saved: no project holds it.
        return ()
    try:
        if require_config and load_config([str(absolute)], None, cwd).source is None:
            return ()
        report = check_file(absolute, source, cwd)
    except WakecheckError as exc:
        return (Diagnostic(PLUGIN_CODE, f"wakecheck cannot run: {exc}", 1, None),)
    here = display_path(absolute, cwd)
    placed = [found for finding in report.findings if (found := _place(finding, here, linted)) is not None]
    return (*_file_errors(report.errors, here), *placed)


def _place(finding: Finding, here: str, linted: frozenset[str] | None) -> Diagnostic | None:
    """Where this file reports `finding`; None when another checked file reports it."""
    if finding.path == here:
        return Diagnostic(finding.rule, finding.message, finding.span.line, finding.span)
    if linted is not None:
        if finding.path in linted:
            return None  # said at the container call, by its own file
        checked = [frame.path for frame in finding.chain if frame.path in linted or frame.path == here]
        if checked and checked[-1] != here:
            return None  # said by a checked file nearer the call
    # check_file keeps only findings whose chain touches this file, so a frame is here.
    line = [frame.line for frame in finding.chain if frame.path == here][-1]
    where = f"{finding.path}:{finding.span.line}:{finding.span.column}"
    return Diagnostic(finding.rule, f"{finding.message} (the call is at {where}; this line leads to it)",
                      line, None)


def _file_errors(errors: tuple[FileError, ...], here: str) -> list[Diagnostic]:
    """This file's parse errors where they are; others' as one note that the analysis is partial."""
    out = [Diagnostic(PLUGIN_CODE, f"wakecheck cannot analyse this file: {e.message}", e.line,
                      Span(e.line, e.column, e.line, e.column))
           for e in errors if e.path == here]
    others = [e for e in errors if e.path != here]
    if others:
        first = others[0]
        more = f" (and {len(others) - 1} more)" if len(others) > 1 else ""
        out.append(Diagnostic(PLUGIN_CODE, "wakecheck's analysis of this project is incomplete: cannot "
                              f"analyse {first.path}:{first.line}:{first.column}: {first.message}{more}",
                              1, None))
    return out
