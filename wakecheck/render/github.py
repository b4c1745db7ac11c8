"""GitHub Actions workflow commands (`::error file=…::message`): one annotation a finding or file error."""

from __future__ import annotations

from wakecheck.model import FileError, Finding, Report, Severity

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message exactly as actions/toolkit `core/src/command.ts` `escapeData` does.

    `%` goes first so that the `%` of the later escapes is not escaped again; the runner
    undoes them in the opposite order (`%0D`, `%0A`, then `%25`). With `\\r` and `\\n` gone
    the text cannot end the line, so it cannot start a second command.
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value as `escapeProperty` does: `escape_data`, then `:` and `,`.

    The runner splits properties on `,` and ends them at the first `::`, so a value
    holding either could otherwise add a property or move the start of the message.
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: tuple[tuple[str, str], ...], message: str) -> str:
    """One workflow command line, without its newline; properties keep the order given."""
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{name} {props}::{escape_data(message)}"


def _finding(f: Finding) -> str:
    span = f.span
    where: tuple[tuple[str, str], ...]
    if span.line == span.end_line:
        where = (("line", str(span.line)), ("col", str(span.column)),
                 ("endLine", str(span.end_line)), ("endColumn", str(span.end_column)))
    else:
        # The runner drops col/endColumn when line != endLine (ValidateLinesAndColumns), and
        # the toolkit documents that they "cannot be sent" then: a multi-line span is lines only.
        where = (("line", str(span.line)), ("endLine", str(span.end_line)))
    properties = (("file", f.path), *where, ("title", f"wakecheck ({f.rule})"))
    return command(_COMMAND[f.severity], properties, f.message)


def _file_error(e: FileError) -> str:
    properties = (("file", e.path), ("line", str(e.line)), ("col", str(e.column)),
                  ("title", "wakecheck (parse error)"))
    return command("error", properties, e.message)


def render(report: Report) -> str:
    """Findings, then file errors, in report order; "" when there is nothing to say."""
    lines = [_finding(f) for f in report.findings]
    lines.extend(_file_error(e) for e in report.errors)
    return "".join(line + "\n" for line in lines)
