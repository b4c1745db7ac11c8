"""`# wakecheck: ignore[WC001] -- reason` comments: where they are, what they silence, which are unused.

A line suppression silences a finding of a listed rule when it sits on the finding's own
line (the container call) or on any line of its call chain (the call where the judgement
lives, e.g. `await self.refresh_container_token()` in the loop's body). A file
suppression, `# wakecheck: ignore-file[WC001] -- reason`, silences the listed rules for
findings located in that file. A keep-alive, `# wakecheck: keepalive -- reason`, says
that a wake on that line (or passing through it) is on purpose: it silences the idle-wake
findings there (WC001, WC002), and the audit keeps the path, with its cost, as intended.
Comments are found with the tokenizer, so text inside strings never counts; a file is
tokenized only when it mentions `wakecheck:`.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from wakecheck.model import ChainFrame, Finding, Span
from wakecheck.rules import RULES, Reports, Rule
_COMMENT = re.compile(r"#\s*wakecheck:\s*(?P<kind>ignore-file|ignore|keepalive)\b\s*(?:\[(?P<codes>[^\]]*)\])?"
                      r"(?:\s*--\s*(?P<reason>.*))?")


@dataclass(frozen=True, slots=True)
class Suppression:
    path: str
    line: int
    column: int
    file_wide: bool
    codes: tuple[str, ...]
    reason: str
    keepalive: bool = False  # `# wakecheck: keepalive -- reason`: a wake kept on purpose


def scan(texts: Mapping[str, str]) -> list[Suppression]:
    """Every suppression comment in these files (display path → text), in path and line order."""
    found: list[Suppression] = []
    for path in sorted(texts):
        text = texts[path]
        if "wakecheck:" not in text:
            continue
        found.extend(_scan_file(path, text))
    return found


def _scan_file(path: str, text: str) -> Iterable[Suppression]:
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return  # the parser reports the file; nothing here can be trusted
    for token in tokens:
        if token.type != tokenize.COMMENT:
            continue
        match = _COMMENT.search(token.string)
        if match is None:
            continue
        keepalive = match["kind"] == "keepalive"
        codes = KEEPALIVE_CODES if keepalive else tuple(
            c.strip().upper() for c in (match["codes"] or "").split(",") if c.strip())
        yield Suppression(path, token.start[0], token.start[1] + 1, match["kind"] == "ignore-file",
                          codes, (match["reason"] or "").strip(), keepalive)


# The rules a keep-alive silences: the idle wakes, every tick or now and then.
KEEPALIVE_CODES = tuple(rule.code for rule in RULES if rule.reports is Reports.SINK)


def keepalive_reason(lines: Iterable[tuple[str, int]], suppressions: Iterable[Suppression]) -> str | None:
    """The reason of the keep-alive on one of these (path, line) places, if there is one."""
    wanted = set(lines)
    for s in suppressions:
        if s.keepalive and (s.path, s.line) in wanted:
            return s.reason or "kept awake on purpose"
    return None


@dataclass(frozen=True, slots=True)
class Applied:
    kept: list[Finding]
    suppressed: int
    problems: list[Finding]  # unused or unknown suppressions, as findings of the suppression rule


def apply(findings: list[Finding], suppressions: list[Suppression], known: frozenset[str],
          enabled: frozenset[str]) -> Applied:
    """Drop suppressed findings; report suppressions that are malformed, unknown or unused."""
    checker = next(each for each in RULES if each.reports is Reports.SUPPRESSION)
    example = next(each for each in RULES if each.default_on and each.reports is Reports.SINK)
    by_line: dict[tuple[str, int], list[Suppression]] = {}
    by_file: dict[str, list[Suppression]] = {}
    for s in suppressions:
        if s.file_wide:
            by_file.setdefault(s.path, []).append(s)
        else:
            by_line.setdefault((s.path, s.line), []).append(s)
    used: set[tuple[Suppression, str]] = set()
    kept: list[Finding] = []
    for finding in findings:
        hit = _covering(finding, by_line, by_file)
        if hit is None:
            kept.append(finding)
        else:
            used.add(hit)
    problems: list[Finding] = []
    for s in suppressions:
        if s.keepalive:
            if not s.reason:
                problems.append(_problem(checker, s, "a keep-alive says why: write "
                                         "`# wakecheck: keepalive -- reason`"))
            if any(code in enabled for code in s.codes) and not any((s, code) in used for code in s.codes):
                problems.append(_problem(checker, s, "unused keep-alive: no idle wake passes through this line"))
            continue
        if not s.codes:
            problems.append(_problem(checker, s, "suppression names no rule: write "
                                     f"`# wakecheck: ignore[{example.code}] -- reason`"))
            continue
        for code in s.codes:
            if code not in known and code != checker.code:
                problems.append(_problem(checker, s, f"suppression names an unknown rule code {code}"))
            elif code in enabled and (s, code) not in used:
                where = "in this file" if s.file_wide else "passes through this line"
                problems.append(_problem(checker, s, f"unused suppression: no {code} finding {where}"))
    return Applied(kept, len(findings) - len(kept), problems)


def _covering(finding: Finding, by_line: dict[tuple[str, int], list[Suppression]],
              by_file: dict[str, list[Suppression]]) -> tuple[Suppression, str] | None:
    lines = [(finding.path, finding.span.line), *((f.path, f.line) for f in finding.chain)]
    for key in lines:
        for s in by_line.get(key, ()):
            if finding.rule in s.codes:
                return s, finding.rule
    for s in by_file.get(finding.path, ()):
        if finding.rule in s.codes:
            return s, finding.rule
    return None


def _problem(checker: Rule, s: Suppression, problem: str) -> Finding:
    return Finding(rule=checker.code, severity=checker.severity, path=s.path,
                   span=Span(s.line, s.column, s.line, s.column + 1), message=checker.message_for(problem=problem),
                   entry="", sink="", chain=(ChainFrame("", s.path, s.line),))
