"""Orchestration only: config → discovery → entries → analysis → findings, sorted once."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wakecheck.baseline import Baseline, BaselineEntry
from wakecheck.config import Config
from wakecheck.discovery import SourceFile, discover
from wakecheck.model import Audit, FileError, Finding, Report, Span
from wakecheck.parsing import SourceText, decode_source
from wakecheck.rules import BY_CODE, selected

if TYPE_CHECKING:
    from wakecheck.analysis import cfg as ir
    from wakecheck.analysis.index import ProjectIndex
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.analysis.reach import Hit, Summary


@dataclass(frozen=True, slots=True)
class EntryResult:
    """One alarm-loop entry and what its analysis found."""

    qualname: str  # as the user names it (the class it is reached through)
    function: ir.FunctionIR
    path: str
    summary: Summary


@dataclass(slots=True)
class Analysis:
    config: Config
    entries: list[EntryResult]
    errors: list[FileError]
    warnings: list[str]
    index: ProjectIndex | None
    interpreter: Interpreter | None
    sources: dict[str, str] = field(default_factory=dict)  # display path → text, every file read


Progress = Callable[[int, int], None]  # (files with entries analysed, of how many)


def analyse(paths: Sequence[str], config: Config, cwd: Path | None = None,
            overrides: Mapping[Path, bytes] | None = None, progress: Progress | None = None) -> Analysis:
    """Analyse every entry under `paths`; `overrides` replace files' contents (an editor's buffer)."""
    cwd = cwd or Path.cwd()
    overrides = overrides or {}
    found = discover(list(paths) or ["."], config.exclude, config.root, cwd)
    errors: list[FileError] = list(found.errors)
    texts: dict[str, SourceText] = {}
    sources: dict[str, str] = {}
    candidates: list[SourceFile] = []
    entry_re = _entry_prefilter(config.entry.patterns)
    for source in found.files:
        try:
            data = overrides[source.path] if source.path in overrides else source.path.read_bytes()
        except OSError as exc:
            errors.append(FileError(source.display, 1, 1, f"cannot read file: {exc.strerror or exc}"))
            continue
        decoded = decode_source(data, source.display)
        if isinstance(decoded, FileError):
            errors.append(decoded)
            continue
        texts[source.module] = decoded
        sources[source.display] = decoded.text
        if entry_re is None or entry_re.search(decoded.text):
            candidates.append(source)
    if not candidates:
        # Nothing can hold an entry: no parsing at all (and no LibCST import).
        return Analysis(config, [], errors, _no_entry_warning(config, found.files), None, None, sources)

    from wakecheck.analysis.index import ProjectIndex
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.analysis.values import Inst
    from wakecheck.parsing import lower_source

    packages = {s.module for s in found.files if s.path.name == "__init__.py"}

    def load(module: str) -> object:
        return lower_source(texts[module], module, module in packages)

    index = ProjectIndex({s.module: s.display for s in found.files if s.module in texts}, load)  # type: ignore[arg-type]
    interp = Interpreter(index, config)
    entries: list[EntryResult] = []
    for done, source in enumerate(candidates):
        if progress is not None:
            progress(done, len(candidates))
        module = index.module(source.module)
        if module is None:
            continue
        for qualname, fn, cls in _entries_in(module, index, interp, config):
            bound = Inst(cls, exact=False) if cls is not None else None
            summary = interp.analyze(fn, bound, [], [], ())
            entries.append(EntryResult(qualname, fn, source.display, summary))
    if progress is not None:
        progress(len(candidates), len(candidates))
    entries.sort(key=lambda e: (e.path, e.function.span.line, e.qualname))
    errors.extend(index.errors)
    warnings = [] if entries else _no_entry_warning(config, found.files)
    return Analysis(config, entries, errors, warnings, index, interp, sources)


def _entries_in(module: ir.ModuleIR, index: ProjectIndex, interp: Interpreter,
                config: Config) -> list[tuple[str, ir.FunctionIR, str | None]]:
    """Entry functions of one module: matching definitions, and methods a matching class inherits."""
    from wakecheck.analysis import cfg as ir_

    out: list[tuple[str, ir.FunctionIR, str | None]] = []
    for fn in module.functions:
        if fn.kind is ir_.FuncKind.LAMBDA or ".<lambda" in fn.qualname:
            continue
        if config.entry.match([fn.qualname]) is not None:
            out.append((fn.qualname, fn, fn.class_qualname))
    for cls in module.classes:
        own = {name for name, _ in cls.methods}
        for klass in index.mro(cls.qualname, interp)[1:]:
            info = index.cls(klass)
            if info is None:
                continue
            for name, qualname in info.methods:
                if name in own:
                    continue
                own.add(name)
                inherited = index.function(qualname)
                if inherited is None:
                    continue
                as_named = f"{cls.qualname}.{name}"
                if config.entry.match([as_named]) is not None and config.entry.match([qualname]) is None:
                    out.append((as_named, inherited, cls.qualname))
    return out


def _entry_prefilter(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex that every file holding an entry must match, or None when any file might."""
    alternatives = []
    for pattern in patterns:
        last = pattern.rsplit(".", 1)[-1]
        if last in ("", "*"):
            return None
        # A class inheriting the entry method names it only in its `class` line.
        owner = pattern.rsplit(".", 2)[-2] if pattern.count(".") >= 1 else None
        alternatives.append(r"def\s+" + fnmatch.translate(last).removeprefix("(?s:").removesuffix(r")\Z") + r"\b")
        if owner and owner != "*":
            alternatives.append(r"class\s+" + fnmatch.translate(owner).removeprefix("(?s:").removesuffix(r")\Z") + r"\b")
    return re.compile("|".join(f"(?:{a})" for a in alternatives)) if alternatives else None


def _no_entry_warning(config: Config, files: Sequence[SourceFile]) -> list[str]:
    if not files:
        return ["no Python files found"]
    patterns = ", ".join(config.entry.patterns)
    return [f"no function matches the entry patterns ({patterns}); nothing to check"]


# ---------------------------------------------------------------------------
# check


def run_check(paths: Sequence[str], config: Config, select: tuple[str, ...] | None = None,
              ignore: tuple[str, ...] = (), cwd: Path | None = None, *,
              use_suppressions: bool = True, baseline: Baseline | None = None,
              focus: frozenset[str] | None = None, overrides: Mapping[Path, bytes] | None = None,
              progress: Progress | None = None) -> Report:
    """Findings under `paths`; with `focus`, only those whose call chain touches a focused file."""
    from wakecheck import suppressions
    from wakecheck.rules import BY_CODE as known

    codes = selected(select if select is not None else config.select, (*config.ignore, *ignore))
    analysis = analyse(paths, config, cwd, overrides, progress)
    findings = findings_of(analysis, codes)
    if focus is not None:
        findings = [f for f in findings if f.path in focus or any(c.path in focus for c in f.chain)]
    suppressed = 0
    if use_suppressions:
        applied = suppressions.apply(findings, suppressions.scan(analysis.sources), frozenset(known),
                                     codes)
        findings, suppressed = applied.kept, applied.suppressed
        if suppressions.UNUSED_CODE in codes:
            findings.extend(p for p in applied.problems if focus is None or p.path in focus)
    baselined: tuple[Finding, ...] = ()
    stale: tuple[BaselineEntry, ...] = ()
    if baseline is not None:
        findings, baselined, stale = baseline.split(findings)
    return Report(findings=tuple(sorted(findings, key=Finding.sort_key)),
                  errors=tuple(sorted(set(analysis.errors), key=FileError.sort_key)),
                  warnings=tuple(analysis.warnings), suppressed=suppressed,
                  baselined=len(baselined), stale=stale)


def findings_of(analysis: Analysis, codes: frozenset[str]) -> list[Finding]:
    from wakecheck.analysis.reach import LIVE, RARE

    best: dict[tuple[str, int, int], Finding] = {}
    for entry in analysis.entries:
        for hit in entry.summary.hits.values():
            level = hit.reach.level
            code = "WC001" if level == LIVE else "WC002" if level == RARE else None
            if code is None or code not in codes:
                continue
            _keep(best, _finding(code, entry, hit))
        if "WC003" in codes:
            for hit in entry.summary.unresolved.values():
                if hit.reach.level >= RARE:
                    _keep(best, _finding("WC003", entry, hit))
    return sorted(best.values(), key=Finding.sort_key)


def _keep(best: dict[tuple[str, int, int], Finding], finding: Finding) -> None:
    key = (finding.path, finding.span.line, finding.span.column)
    old = best.get(key)
    if old is None or (finding.rule, finding.entry) < (old.rule, old.entry):
        best[key] = finding


def _finding(code: str, entry: EntryResult, hit: Hit) -> Finding:
    rule = BY_CODE[code]
    via = " → ".join(short_name(f.function) for f in hit.chain)
    match code:
        case "WC001":
            message = (f"`{hit.sink}` wakes the container on an idle town "
                       f"({gate_reason(hit, 0)}); reached via {via}")
        case "WC002":
            why = ", ".join(sorted(hit.reach.why)) or "under a rare condition"
            message = (f"`{hit.sink}` wakes the container on an idle town now and then "
                       f"({why}); reached via {via}")
        case _:
            message = f"cannot resolve the target of `{hit.sink}()` in the alarm loop's reach; reached via {via}"
    span = hit.span if hit.span.line else Span(1, 1, 1, 1)
    return Finding(rule=code, severity=rule.severity, path=hit.path, span=span, message=message,
                   entry=entry.qualname, sink=hit.sink, chain=hit.chain)


def short_name(qualname: str) -> str:
    """`TownDO.refresh_container_token` for `gastown.town_do.TownDO.refresh_container_token`."""
    parts = qualname.split(".")
    keep = [p for p in parts[-2:]]
    if len(parts) >= 2 and parts[-2][:1].islower() and not parts[-2].startswith("<"):
        keep = parts[-1:]
    return ".".join(keep)


def gate_reason(hit: Hit, start: int) -> str:
    """`gated only on has_rigs` from the conditions dominating the path, nearest the entry first."""
    from wakecheck.analysis.reach import NEGATED

    frames = hit.gates[start:]
    for wanted in (True, False):
        for gates in frames:
            names = sorted(g.removeprefix(NEGATED) if not wanted else g
                           for g in gates if g.startswith(NEGATED) != wanted)
            if names:
                shown = names if wanted else [f"not {n}" for n in names]
                return "gated only on " + ", ".join(shown)
    return "ungated"


# ---------------------------------------------------------------------------
# audit


def run_audit(paths: Sequence[str], config: Config, cwd: Path | None = None) -> Audit:
    from wakecheck.audit import build_audit

    return build_audit(analyse(paths, config, cwd))


# ---------------------------------------------------------------------------
# one file, for the linters people already run (Fixit, flake8)


def check_file(path: Path, source: bytes | None = None, cwd: Path | None = None) -> Report:
    """What `wakecheck check FILE` reports: findings whose chain touches `path`.

    The configuration is found from the file, and the whole project it belongs to is
    analysed (with `source` in place of the file's contents when given), so a plugin
    sees exactly what the command line sees.
    """
    import os

    from wakecheck.config import load_config

    cwd = cwd or Path.cwd()
    absolute = Path(os.path.abspath(cwd / path))
    config = load_config([str(absolute)], None, cwd)
    display = os.path.relpath(absolute, cwd).replace(os.sep, "/")
    overrides = {absolute: source} if source is not None else None
    return run_check([str(config.root)], config, cwd=cwd, focus=frozenset({display}), overrides=overrides)
