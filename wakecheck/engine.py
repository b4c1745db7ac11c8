"""Orchestration only: config → discovery → entries → analysis → findings, sorted once.

Each step is another module's: reading files (loading), which files and functions are
entries (entries), a large check's units (units), worker processes (workers), findings
from what the analysis found (findings, results), the audit (audit).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from wakecheck import entries as entry_points
from wakecheck import workers
from wakecheck._speedups.frames import roomy
from wakecheck.baseline import Baseline
from wakecheck.config import Config
from wakecheck.discovery import discover
from wakecheck.entries import Progress
from wakecheck.idiom_scan import imports_any
from wakecheck.loading import Lowering, Texts, read_files
from wakecheck.model import BaselineEntry, FileError, Finding, Report
from wakecheck.parsing import stack_room
from wakecheck.unmatched import config_warnings, nothing_to_check

if TYPE_CHECKING:
    from wakecheck.analysis.index import ProjectIndex
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.audit_model import Audit
    from wakecheck.cache import Cache
    from wakecheck.explain_site import LineExplanation
    from wakecheck.results import EntryResult


@dataclass(frozen=True, slots=True)
class RunOptions:
    cache: bool = True  # read and write .wakecheck_cache/ under the project root
    jobs: int | None = None  # processes lowering files; None: automatic
    ghosts: bool = True  # follow paths the idle model rules out (to explain NO verdicts)
    reuse: bool = False  # take a whole check's findings from the cache when nothing changed
    # Only findings are wanted (a check): large runs are analysed in units of files,
    # on every core (audit and graph keep one analysis, which they read back).
    findings_only: bool = False
    # A bug met in one file or entry becomes that file's error line and the run goes on;
    # False: it propagates (WAKECHECK_TRACEBACK=1, to see the traceback).
    contain_bugs: bool = True


@dataclass(frozen=True, slots=True)
class Analysis:
    """What analysing a project gave: each entry's results, or (a large or unchanged check) its findings."""

    config: Config
    entries: tuple[EntryResult, ...]
    errors: tuple[FileError, ...]
    warnings: tuple[str, ...]  # about the files (the audit document lists them too)
    index: ProjectIndex | None
    interpreter: Interpreter | None
    sources: Mapping[str, str]  # display path → text, of every file decoded
    parsed: int = 0  # files lowered in this run
    cached: int = 0  # files taken from the cache
    # A check's findings per rule, when they are known without the entries' results.
    findings: Mapping[str, list[Finding]] | None = None
    run_key: str | None = None  # what this check's findings are stored under
    units: int = 0  # a large check's units of files
    units_reused: int = 0  # units whose findings came from the cache
    # About the configuration: patterns that match nothing, nothing to find (wakecheck.unmatched).
    # Said on stderr only: no report or document changes with them.
    config_warnings: tuple[str, ...] = ()


def analyse(paths: Sequence[str], config: Config, cwd: Path | None = None,
            overrides: Mapping[Path, bytes] | None = None, progress: Progress | None = None,
            options: RunOptions | None = None) -> Analysis:
    """Analyse every entry under `paths`; `overrides` replace files' contents (an editor's buffer)."""
    with stack_room():
        return _analyse(paths, config, cwd or Path.cwd(), overrides, progress, options or RunOptions())


def _analyse(paths: Sequence[str], config: Config, cwd: Path, overrides: Mapping[Path, bytes] | None,
             progress: Progress | None, options: RunOptions) -> Analysis:
    found = discover(list(paths) or ["."], config.exclude, config.root, cwd)
    read = read_files(found.files, {str(path): data for path, data in (overrides or {}).items()})
    texts = read.texts
    errors = [*found.errors, *read.errors, *(config.wrangler.errors if config.wrangler is not None else ())]
    candidates = []
    idioms = config.recognises
    if idioms and (modules := config.model_modules()) is not None:
        # Only a library model could wake: without its import, no idiom can report anything.
        idioms = any(imports_any(data, modules) for _, data in texts.raw.values())
    prefilter = entry_points.prefilter(config.entries.patterns, idioms, config.entry_auto)
    files = list(texts.raw.items())
    scanned = workers.split_map(partial(_scan, prefilter), [data for _, (_, data) in files], len)
    texts.marked = {module for (module, _), seen in zip(files, scanned) if seen & _MARKED}
    for (module, (source, data)), seen in zip(files, scanned):
        if seen & _MAY_HOLD_ENTRY:
            decoded = texts.text(module)
            if isinstance(decoded, FileError):
                errors.append(decoded)
            elif prefilter is None or prefilter.holds_entry(decoded.text, data):
                candidates.append(source)
    if not candidates:
        # Nothing can hold an entry: no parsing at all (and no LibCST import), and no
        # file is analysed, so none is analysed in another's place.
        return Analysis(config, (), tuple(errors), tuple(nothing_to_check(config, found.files, 0, errors, idioms)),
                        None, None, texts.sources())

    from wakecheck.cache import Cache, RunKey
    from wakecheck.stored import StoredRun
    from wakecheck.units import PARALLEL_FROM

    cache = Cache(config.root) if options.cache else None
    # Stored findings sit in one slot per configuration and invocation (see Cache).
    invocation = "\0".join(sorted(str((cwd / path).resolve()) for path in (list(paths) or ["."])))
    run_key: str | None = None
    if cache is not None and options.reuse:
        key = RunKey(config.run_digest(), f"ghosts={options.ghosts}\0{invocation}")
        for name, (source, data) in sorted(texts.raw.items(), key=lambda item: item[1][0].display):
            key.add(source.display, name, data)
        run_key = key.hexdigest()
        stored = cache.get(run_key, StoredRun)
        if stored is not None:
            return Analysis(config, (), tuple(sorted({*errors, *stored.errors}, key=FileError.sort_key)),
                            stored.warnings, None, None, texts.sources(), 0, stored.files, stored.by_code,
                            config_warnings=stored.config_warnings)

    from wakecheck.analysis.index import FileList, ProjectIndex
    from wakecheck.analysis.interp import Interpreter

    jobs = options.jobs if options.jobs is not None else (
        workers.auto_jobs() if len(candidates) >= PARALLEL_FROM else 1)
    if jobs > 1 and not workers.may_start_processes():
        jobs = 1
    lowering = Lowering(texts, texts.packages(), cache, options.contain_bugs)
    index = ProjectIndex(FileList(texts.displays(), texts.bytes_of), lowering.load)
    # Decided once, before any unit starts: every unit's analysis must see the same namespaces.
    config = with_containers_in_code(config, index)
    if options.findings_only and len(candidates) >= PARALLEL_FROM:
        from wakecheck.units import analyse_units

        errors.extend(index.errors)
        outcome = analyse_units(config, texts, cache, invocation, candidates, jobs, progress, options.contain_bugs)
        every = tuple(sorted({*errors, *outcome.errors}, key=FileError.sort_key))
        warnings = read.shadowed + tuple(nothing_to_check(config, found.files, outcome.matched, every))
        _prune(cache, texts)
        return Analysis(config, (), every, warnings,
                        None, None, texts.sources(), lowering.parsed + outcome.parsed, outcome.from_cache,
                        outcome.by_code, run_key, outcome.units, outcome.reused,
                        tuple(config_warnings(config, outcome.met, outcome.matched, every)))

    if jobs > 1:
        lowering.preload(sorted(s.module for s in candidates), index, jobs)
    interp = Interpreter(index, config, ghosts=options.ghosts)
    analysed = roomy(entry_points.analyse_entries, index, interp, config, candidates, options.contain_bugs,
                     progress)
    errors.extend(analysed.errors)
    errors.extend(index.errors)
    warnings = read.shadowed + tuple(nothing_to_check(config, found.files, analysed.matched, errors))
    met = entry_points.met(analysed, config, interp, index)
    _prune(cache, texts)
    return Analysis(config, analysed.entries, tuple(errors), warnings, index, interp, texts.sources(),
                    lowering.parsed, cache.hits if cache is not None else 0, run_key=run_key,
                    config_warnings=tuple(config_warnings(config, met, analysed.matched, errors)))


_MAY_HOLD_ENTRY = 1
_MARKED = 2  # holds `wakecheck:` (a suppression or keep-alive comment): see Texts.sources


def _scan(prefilter: entry_points.Prefilter | None, data: bytes) -> int:
    """What the first look at a file's bytes finds (both flags above), for workers.split_map."""
    may_hold = prefilter is None or prefilter.may_hold_entry(data)
    return (_MAY_HOLD_ENTRY if may_hold else 0) | (_MARKED if b"wakecheck:" in data else 0)


def with_containers_in_code(config: Config, index: ProjectIndex) -> Config:
    """`config` with the Wrangler bindings whose class the code derives from `Container` made container
    namespaces (the classes' modules are loaded through `index`)."""
    undecided = config.wrangler.undecided() if config.wrangler is not None else ()
    if not undecided:
        return config
    from wakecheck.analysis.bindings import containers_in_code
    from wakecheck.analysis.interp import Interpreter

    assert config.wrangler is not None
    classes = containers_in_code(undecided, index, Interpreter(index, config, ghosts=False))
    return replace(config, wrangler=config.wrangler.with_containers(classes)) if classes else config


def _prune(cache: Cache | None, texts: Texts) -> None:
    """Once a day: remove week-old cache entries that no file of this run has (see Cache.prune)."""
    if cache is None or not cache.prune_due():
        return
    keys = Lowering(texts, texts.packages(), cache, contain_bugs=True)
    cache.prune({key for module in texts.raw if (key := keys.key_of(module)) is not None})


def findings_of(analysis: Analysis, codes: frozenset[str]) -> list[Finding]:
    """The analysis's findings of the rules in `codes`, the best one per site."""
    if not analysis.entries and analysis.findings is None:
        return []  # nothing was analysed
    from wakecheck.findings import findings_from, merged

    if analysis.findings is not None:
        return merged(analysis.findings, codes)
    return findings_from(analysis.entries, codes, analysis.config.idle_unit, analysis.config.resources().names())


# ---------------------------------------------------------------------------
# check


def run_check(paths: Sequence[str], config: Config, select: tuple[str, ...] | None = None,
              ignore: tuple[str, ...] = (), cwd: Path | None = None, *,
              use_suppressions: bool = True, baseline: Baseline | None = None,
              focus: frozenset[str] | None = None, overrides: Mapping[Path, bytes] | None = None,
              progress: Progress | None = None, options: RunOptions | None = None) -> Report:
    """Findings under `paths`; with `focus`, only those whose call chain touches a focused file."""
    from wakecheck import suppressions
    from wakecheck.rules import BY_CODE, Reports, selected

    codes = selected(select if select is not None else config.select, (*config.ignore, *ignore))
    # Findings come from real tracks only: the check need not follow ghost paths.
    options = replace(options or RunOptions(), ghosts=False, reuse=True, findings_only=True)
    analysis = analyse(paths, config, cwd, overrides, progress, options)
    if analysis.run_key is not None:
        analysis = _store_run(analysis)
    findings = findings_of(analysis, codes)
    if focus is not None:
        findings = [f for f in findings if f.path in focus or any(c.path in focus for c in f.chain)]
    suppressed = 0
    if use_suppressions:
        applied = suppressions.apply(findings, suppressions.scan(analysis.sources), frozenset(BY_CODE), codes)
        findings, suppressed = applied.kept, applied.suppressed
        if any(rule.reports is Reports.SUPPRESSION and rule.code in codes for rule in BY_CODE.values()):
            findings.extend(p for p in applied.problems if focus is None or p.path in focus)
    baselined: tuple[Finding, ...] = ()
    stale: tuple[BaselineEntry, ...] = ()
    if baseline is not None:
        findings, baselined, stale = baseline.split(findings)
    unresolved = next(rule.code for rule in BY_CODE.values() if rule.reports is Reports.UNRESOLVED)
    lost = 0
    if unresolved not in codes:
        lost = sum(1 for f in findings_of(analysis, frozenset({unresolved}))
                   if focus is None or f.path in focus or any(c.path in focus for c in f.chain))
    return Report(findings=tuple(sorted(findings, key=Finding.sort_key)),
                  errors=tuple(sorted(set(analysis.errors), key=FileError.sort_key)),
                  warnings=analysis.warnings, config_warnings=analysis.config_warnings,
                  suppressed=suppressed,
                  parsed=analysis.parsed, cached=analysis.cached,
                  baselined=len(baselined), stale=stale,
                  units=analysis.units, units_reused=analysis.units_reused,
                  lost=lost, lost_code=unresolved)


def _store_run(analysis: Analysis) -> Analysis:
    """Keep this check's findings, rule by rule, for the next check of the same inputs."""
    from wakecheck.cache import Cache
    from wakecheck.findings import by_rule
    from wakecheck.stored import StoredRun

    assert analysis.run_key is not None
    if any(error.is_internal for error in analysis.errors):
        return analysis  # a bug: the next run must meet it again, not replay it
    by_code = (dict(analysis.findings) if analysis.findings is not None
               else by_rule(analysis.entries, analysis.config.idle_unit, analysis.config.resources().names()))
    Cache(analysis.config.root).put(analysis.run_key, StoredRun(
        by_code, analysis.errors, analysis.warnings, analysis.parsed + analysis.cached, analysis.config_warnings))
    return replace(analysis, findings=by_code)


# ---------------------------------------------------------------------------
# audit


def run_audit(paths: Sequence[str], config: Config, cwd: Path | None = None,
              options: RunOptions | None = None) -> Audit:
    """The code-path audit of every alarm loop under `paths`."""
    return audit_of(analyse(paths, config, cwd, options=options))


def audit_of(analysis: Analysis) -> Audit:
    """The audit of an analysis (of every entry, with ghost paths followed)."""
    from wakecheck.audit import build_audit
    from wakecheck.results import audit_facts
    from wakecheck.rules import BY_CODE, Reports

    from wakecheck.suppressions import scan

    unresolved = next(rule.code for rule in BY_CODE.values() if rule.reports is Reports.UNRESOLVED)
    lost = len(findings_of(analysis, frozenset({unresolved})))
    keepalives = [s for s in scan(analysis.sources) if s.keepalive]
    with stack_room():
        facts = roomy(audit_facts, analysis.entries, analysis.interpreter)
        audit = build_audit(facts, analysis.config, analysis.errors, analysis.warnings, lost, unresolved,
                            keepalives)
    return replace(audit, config_warnings=analysis.config_warnings)


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


# ---------------------------------------------------------------------------
# one line, for `wakecheck explain FILE:LINE`


def explain_line(path: Path, line: int, config: Config, cwd: Path | None = None,
                 options: RunOptions | None = None) -> tuple[LineExplanation, Analysis]:
    """Why the waking calls on `path:line` are (or are not) reached on an idle tick.

    The whole project `config` belongs to is analysed with ghost paths followed, as for
    the audit, so a call the idle model cuts off is explained by what cuts it.
    """
    from wakecheck.discovery import display_path
    from wakecheck.audit import woken
    from wakecheck.explain_site import explain_line as explain
    from wakecheck.results import audit_facts

    import os

    cwd = cwd or Path.cwd()
    analysis = analyse([str(config.root)], config, cwd, options=replace(options or RunOptions(), ghosts=True))
    # The file as the analysis names it (matched by where it is, however the path is spelt).
    absolute = os.path.normpath(cwd / path)
    shown = next((d for d in analysis.sources if os.path.normpath(cwd / d) == absolute), display_path(path, cwd))
    with stack_room():
        facts = roomy(audit_facts, analysis.entries, analysis.interpreter)
    return explain(facts, analysis.entries, shown, line, woken(facts, analysis.config)), analysis
