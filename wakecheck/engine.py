"""Orchestration only: config → discovery → entries → analysis → findings, sorted once."""

from __future__ import annotations

import contextlib
import fnmatch
import os
import re
import signal
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from wakecheck.baseline import Baseline, BaselineEntry
from wakecheck.config import Config
from wakecheck.discovery import SourceFile, discover
from wakecheck.model import FileError, Finding, Report, Span, internal_error
from wakecheck.parsing import SourceText, decode_source, ensure_stack_room, has_coding_cookie
from wakecheck.rules import BY_CODE, selected
from wakecheck.stack import roomy

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.context import BaseContext
    from multiprocessing.synchronize import Event

    from wakecheck.analysis import cfg as ir
    from wakecheck.cache import Cache
    from wakecheck.analysis.index import FileList, ProjectIndex
    from wakecheck.analysis.interp import Interpreter, Model
    from wakecheck.analysis.reach import Hit, Summary
    from wakecheck.audit_model import Audit
    from wakecheck.parts import Parts, Stamp


_J = TypeVar("_J")
_R = TypeVar("_R")


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
    parsed: int = 0  # files lowered in this run
    cached: int = 0  # files taken from the cache
    # A check's findings per rule, when a previous check of the same inputs had them.
    findings: dict[str, list[Finding]] | None = None
    run_key: str | None = None  # what this check's findings are stored under
    units: int = 0  # a large check's units of files
    units_reused: int = 0  # units whose findings came from the cache


Progress = Callable[[int, int], None]  # (files with entries analysed, of how many)
_PARALLEL_FROM = 200  # files that may hold entries: below this, lowering stays in-process
_ROUNDS = 3  # analyses of the entries at most, each knowing what the last found of long-lived state
# A check over this many files that may hold entries is analysed in groups ("units") of
# about `_UNIT_FILES` of them, each by a fresh interpreter: the same groups whatever --jobs
# says, so the findings are too. What several groups call is analysed by each (about a
# third more work than one analysis on all of Django); they run on every core. Where a
# unit ends is decided by module names (see _units), so adding or removing a file
# changes its own unit and now and then the next, not every unit after it.
_UNIT_FILES = 100
_UNIT_LEAST, _UNIT_MOST = _UNIT_FILES // 2, 2 * _UNIT_FILES


@dataclass(frozen=True, slots=True)
class RunOptions:
    cache: bool = True  # read and write .wakecheck_cache/ under the project root
    jobs: int | None = None  # processes lowering files; None: automatic
    ghosts: bool = True  # follow paths the idle model rules out (to explain NO verdicts)
    reuse: bool = False  # take a whole check's findings from the cache when nothing changed
    # Only findings are wanted (a check): large runs are analysed in groups of files,
    # on every core (audit and graph keep one analysis, which they read back).
    findings_only: bool = False
    # A bug met in one file or entry becomes that file's error line and the run goes on;
    # False: it propagates (WAKECHECK_TRACEBACK=1, to see the traceback).
    contain_bugs: bool = True


def _auto_jobs() -> int:
    return max(1, min(8, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def _may_start_processes() -> bool:
    """Whether this process may have worker processes: not when it is a pool's daemonic worker.

    flake8 (with -j) runs its plugins, wakecheck's among them, in such workers, and
    a daemonic process that starts one of its own fails. There a large project is
    analysed in-process: the pool's other workers are busy on the other cores anyway.
    """
    import multiprocessing

    return not multiprocessing.current_process().daemon


class _Lowering:
    """Files → lowered modules: from the cache, from worker processes (preload), or parsed here."""

    def __init__(self, texts: _Texts, packages: set[str], cache: Cache | None, contain_bugs: bool, *,
                 keep: bool = False) -> None:
        self.texts = texts
        self.packages = packages
        self.cache = cache
        self.contain_bugs = contain_bugs
        self.preloaded: dict[str, object] = {}
        self.parsed = 0
        self.keys: dict[str, str] = {}  # module → its cache key, for modules asked for through the cache
        self.from_cache: set[str] = set()  # modules whose lowered form was read from the cache
        self.fresh: set[str] = set()  # modules parsed and lowered here
        # Keep what was loaded for the next index to ask (units share lowered modules).
        self.kept: dict[str, object] | None = {} if keep else None
        self._parts: dict[str, Parts] = {}  # lowered modules' parts, digested as units stamp them
        # Stamps the stored units hold, by module, cache key and parts: the same lowered form
        # and the same parts make the same stamp, which need not be digested again.
        self.known: dict[tuple[str, str, tuple[str, ...]], Stamp] = {}

    def load(self, module: str) -> object:
        if self.kept is not None:
            found = self.kept.get(module)
            if found is None:
                with _collector_paused():  # see there: lowering and unpickling make no cycles
                    found = self.kept[module] = self._load(module)
            return found
        return self._load(module)

    def _load(self, module: str) -> object:
        _stop_point()
        if module in self.preloaded:
            return self.preloaded.pop(module)
        key, cached = self._cached(module)
        if cached is not None:
            self.from_cache.add(module)
            return cached
        from wakecheck.parsing import lower_source

        source = self.texts.text(module)
        if isinstance(source, FileError):
            return source
        result = lower_source(source, module, module in self.packages, self.contain_bugs)
        self.parsed += 1
        self.fresh.add(module)
        if key is not None:
            assert self.cache is not None
            self.cache.put(key, result)
        return result

    def _cached(self, module: str) -> tuple[str | None, object | None]:
        key = self.key_of(module)
        if key is None:
            return None, None
        assert self.cache is not None
        return key, self.cache.get(key)

    def key_of(self, module: str) -> str | None:
        """The module's cache key as its file reads now (None without a cache, or for an undecodable file)."""
        found = self.keys.get(module)
        if found is None:
            source = self.texts.text(module)
            if self.cache is None or isinstance(source, FileError):
                return None
            found = self.keys[module] = self.cache.key(source.text, module, module in self.packages, source.path)
        return found

    def stamp(self, module: str, parts: tuple[str, ...]) -> Stamp | None:
        """What a unit records of a module it read: its cache key, a digest of the parts read, where they stand.

        `parts` as ProjectIndex.reads names them, or WHOLE: the whole lowered form. None when
        the module was not lowered through the cache.
        """
        from wakecheck.parts import WHOLE, Parts

        key = self.keys.get(module)
        if key is None or self.cache is None:
            return None
        if parts == WHOLE:
            digest = self.cache.digests.get(key)
            return (module, key, digest, parts, ()) if digest is not None else None
        known = self.known.get((module, key, parts))
        if known is not None:
            return known
        table = self._parts.get(module)
        if table is None:
            table = self._parts[module] = Parts(self.load(module))
        return (module, key, table.digest(parts), parts, table.spans(parts))

    def preload(self, wave: list[str], index: ProjectIndex, jobs: int) -> None:
        """Lower the entries' modules and their import closure in `jobs` processes, wave by wave.

        This parses every module the entries import, even ones the analysis would not
        follow: the price of doing it on several cores. Results are merged by module name,
        so the analysis is the same as in-process.
        """
        seen = set(wave)
        with _workers(jobs, _quiet_worker) as pool:
            while wave:
                todo: list[tuple[str, str | None]] = []
                work: list[tuple[SourceText, str, bool, bool]] = []
                for module in wave:
                    source = self.texts.text(module)
                    key, cached = self._cached(module)
                    if isinstance(source, FileError) or cached is not None:
                        self.preloaded[module] = source if isinstance(source, FileError) else cached
                    else:
                        todo.append((module, key))
                        work.append((source, module, module in self.packages, self.contain_bugs))
                with _signals_held():  # the first map forks the workers
                    results = _batched(pool, _lower_jobs, work, jobs)
                for (module, key), result in zip(todo, results):
                    self.preloaded[module] = result
                    self.parsed += 1
                    if key is not None and self.cache is not None:
                        self.cache.put(key, result)
                following: set[str] = set()
                for module in wave:
                    following |= _imports(self.preloaded.get(module), index)
                wave = sorted(following - seen)
                seen |= following


def _lower_jobs(jobs: list[tuple[SourceText, str, bool, bool]]) -> list[object]:
    from wakecheck.parsing import lower_source, parsing_batch

    def lower_all() -> list[object]:
        out = []
        for job in jobs:
            _stop_point()
            out.append(lower_source(*job))
        return out

    with parsing_batch(), _collector_paused():
        return roomy(lower_all)


def _batched(pool: ProcessPoolExecutor, run: Callable[[list[_J]], list[_R]], jobs: list[_J],
             workers: int) -> Iterator[_R]:
    """Each job's result, in order: the jobs go to `workers` processes in batches that shrink.

    Like `pool.map(f, jobs, chunksize=...)`, but `run` gets a whole batch, so that it
    can do the batch beneath one `roomy` frame (see stack.py). Each batch takes an
    eighth of each process's share of what is left (guided scheduling): few batches
    while much is left, and small ones at the end, so that the process that finishes
    first waits for the other's last batch of a few files, not of a sixty-fourth of
    them (about 0.4 s on Django).
    """
    return (result for batch in pool.map(run, _guided(jobs, workers)) for result in batch)


def _guided(jobs: list[_J], workers: int) -> list[list[_J]]:
    """The jobs, in order, cut into batches of an eighth of each worker's share of what is left."""
    batches: list[list[_J]] = []
    start = 0
    while start < len(jobs):
        size = max(_LEAST_BATCH, (len(jobs) - start) // (workers * 8))
        batches.append(jobs[start:start + size])
        start += size
    return batches


_LEAST_BATCH = 2


class _Stopped(BaseException):
    """Raised in a worker, at its next module or entry, once the parent has stopped waiting for it.

    A BaseException, so that no handler for a file's or an entry's errors takes it for one.
    """


# In a worker: set by the parent when it unwinds (Ctrl-C, SIGTERM, an error). None in the parent.
_STOP: Event | None = None


def _stop_point() -> None:
    """Where a worker may stop: before each module it lowers or loads, and before each entry."""
    if _STOP is not None and _STOP.is_set():
        raise _Stopped


@contextlib.contextmanager
def _workers(jobs: int, initializer: Callable[..., None], initargs: tuple[object, ...] = (),
             context: BaseContext | None = None) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers stop at their next module or entry when the parent unwinds.

    Workers ignore Ctrl-C and SIGTERM (see `_quiet_worker`): the parent gets them, and
    leaves this block with an exception. Then it raises the stop flag, drops the work
    not yet begun, and waits only for what each worker has in hand (a module being
    parsed, an entry being analysed), not for its whole share of the work. The stop is
    an exception in the worker, at a point where it writes nothing, so no temporary
    file is left in the cache.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = context or multiprocessing.get_context()
    stop = context.Event()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_started,
                               initargs=(stop, initializer, initargs))
    try:
        yield pool
    except BaseException:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _worker_started(stop: Event, initializer: Callable[..., None], initargs: tuple[object, ...]) -> None:
    global _STOP
    _STOP = stop
    initializer(*initargs)


def _quiet_worker() -> None:
    """Ctrl-C and SIGTERM, sent to the whole process group, are the parent's to handle.

    A worker that raised on them would print a traceback; one that died of them would
    break the pool, which then hangs the parent (CPython 3.11 fails on the futures
    `map` has already cancelled). Ignoring them, a worker goes on to its next stop
    point (`_stop_point`), where the unwinding parent's stop flag ends its work.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # held since the fork: now ignored


_HELD = frozenset({signal.SIGINT, signal.SIGTERM})


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait while workers are forked, so none arrives before a worker ignores them.

    A worker forked with the parent's handlers and signalled before its initializer ran
    would raise KeyboardInterrupt and print a traceback. The parent gets the signal as
    soon as the block ends.
    """
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _imports(module: object, index: ProjectIndex) -> set[str]:
    """Project modules a lowered module imports (for preloading its import closure)."""
    from wakecheck.analysis import cfg as ir

    if not isinstance(module, ir.ModuleIR):
        return set()
    found: set[str] = set()
    for _, bindings in module.globals:
        for binding in bindings:
            if binding.kind not in (ir.BindingKind.IMPORT_MODULE, ir.BindingKind.IMPORT_FROM):
                continue
            for name in (binding.target, f"{binding.target}.{binding.member}" if binding.member else None):
                resolved = index.resolve_module(name) if name else None
                if resolved is not None:
                    found.add(resolved)
    return found


def analyse(paths: Sequence[str], config: Config, cwd: Path | None = None,
            overrides: Mapping[Path, bytes] | None = None, progress: Progress | None = None,
            options: RunOptions | None = None) -> Analysis:
    """Analyse every entry under `paths`; `overrides` replace files' contents (an editor's buffer)."""
    options = options or RunOptions()
    cwd = cwd or Path.cwd()
    by_file = {str(path): data for path, data in (overrides or {}).items()}
    found = discover(list(paths) or ["."], config.exclude, config.root, cwd)
    errors: list[FileError] = list(found.errors)
    texts = _Texts()
    candidates: list[SourceFile] = []
    prefilter = _entry_prefilter(config.entry.patterns)
    shadowed: list[str] = []
    for source in found.files:
        if source.module in texts.raw:
            # Two files named as one module (two roots): the first in path order is that module.
            first = texts.raw[source.module][0].display
            shadowed.append(f"{source.display} is module `{source.module}` like {first}, "
                            "which is analysed in its place")
            continue
        data = by_file.get(source.file)
        if data is None:
            try:
                with open(source.file, "rb") as handle:
                    data = handle.read()
            except OSError as exc:
                errors.append(FileError(source.display, 1, 1, f"cannot read file: {exc.strerror or exc}"))
                continue
        texts.add(source, data)
        if prefilter is None or prefilter.may_hold_entry(data):
            decoded = texts.text(source.module)
            if isinstance(decoded, FileError):
                errors.append(decoded)
            elif prefilter is None or prefilter.text.search(decoded.text):
                candidates.append(source)
    if not candidates:
        # Nothing can hold an entry: no parsing at all (and no LibCST import), and no
        # file is analysed, so none is analysed in another's place.
        return Analysis(config, [], errors, _no_entry_warning(config, found.files), None, None, texts.sources())

    from wakecheck.cache import Cache, RunKey

    cache = Cache(config.root) if options.cache else None
    # Stored findings sit in one slot per configuration and invocation (see Cache).
    invocation = "\0".join(sorted(str((cwd / path).resolve()) for path in (list(paths) or ["."])))
    run_key: str | None = None
    if cache is not None and options.reuse:
        key = RunKey(config.digest(), f"ghosts={options.ghosts}\0{invocation}")
        for name, (read, data) in sorted(texts.raw.items(), key=lambda item: item[1][0].display):
            key.add(read.display, name, data)
        run_key = key.hexdigest()
        stored = cache.get(run_key)
        if _is_stored_run(stored):
            by_code, stored_errors, stored_warnings, files = cast(
                "tuple[dict[str, list[Finding]], list[FileError], list[str], int]", stored)
            return Analysis(config, [], sorted(set(errors) | set(stored_errors), key=FileError.sort_key),
                            stored_warnings, None, None, texts.sources(), 0, files, by_code)
        if stored is not None:
            cache.discard(run_key)

    from wakecheck.analysis.index import ProjectIndex
    from wakecheck.analysis.interp import Interpreter

    packages = {m for m, (s, _) in texts.raw.items() if os.path.basename(s.file) == "__init__.py"}
    jobs = options.jobs if options.jobs is not None else (_auto_jobs() if len(candidates) >= _PARALLEL_FROM else 1)
    if jobs > 1 and not _may_start_processes():
        jobs = 1
    if options.findings_only and len(candidates) >= _PARALLEL_FROM:
        analysis = _analyse_units(config, texts, packages, cache, invocation, candidates, jobs, errors,
                                  found.files, progress, run_key, options.contain_bugs)
        analysis.warnings[:0] = shadowed
        _prune(cache, texts, packages)
        return analysis

    lowering = _Lowering(texts, packages, cache, options.contain_bugs)
    from wakecheck.analysis.index import FileList

    index = ProjectIndex(FileList(texts.displays(), texts.bytes_of), lowering.load)  # type: ignore[arg-type]
    if jobs > 1:
        lowering.preload(sorted(s.module for s in candidates), index, jobs)
    interp = Interpreter(index, config, ghosts=options.ghosts)
    ensure_stack_room()  # also when every file was lowered by worker processes
    entries, unit_errors, matched = roomy(_analyse_modules, index, interp, config, candidates,
                                          options.contain_bugs, progress)
    errors.extend(unit_errors)
    errors.extend(index.errors)
    warnings = shadowed + ([] if matched else _no_entry_warning(config, found.files))
    _prune(cache, texts, packages)
    return Analysis(config, entries, errors, warnings, index, interp, texts.sources(), lowering.parsed,
                    cache.hits if cache is not None else 0, run_key=run_key)


def _prune(cache: Cache | None, texts: _Texts, packages: set[str]) -> None:
    """Once a day: remove week-old cache entries that no file of this run has (see Cache.prune)."""
    if cache is None or not cache.prune_due():
        return
    keys = _Lowering(texts, packages, cache, contain_bugs=True)
    cache.prune({key for module in texts.raw if (key := keys.key_of(module)) is not None})


def _analyse_modules(index: ProjectIndex, interp: Interpreter, config: Config, sources: Sequence[SourceFile],
                     contain_bugs: bool, progress: Progress | None = None,
                     ) -> tuple[list[EntryResult], list[FileError], int]:
    """Each entry in these files, analysed by `interp`: results, errors, and how many entries matched."""

    index.set_roots(source.module.partition(".")[0] for source in sources)
    for _ in range(_ROUNDS):
        entries, errors, matched = _analyse_entries(index, interp, config, sources, contain_bugs, progress)
        # The entries read long-lived state some writer found later added to: again, knowing it.
        if interp.settled():
            break
    return entries, errors, matched


def _analyse_entries(index: ProjectIndex, interp: Interpreter, config: Config, sources: Sequence[SourceFile],
                     contain_bugs: bool, progress: Progress | None = None,
                     ) -> tuple[list[EntryResult], list[FileError], int]:
    from wakecheck.analysis.values import Inst

    entries: list[EntryResult] = []
    errors: list[FileError] = []
    found: list[tuple[int, int, SourceFile, str, ir.FunctionIR, str | None]] = []
    for done, source in enumerate(sources):
        if progress is not None:
            progress(done, len(sources))
        module = index.module(source.module)
        if module is None:
            continue
        for qualname, fn, cls in _entries_in(module, index, interp, config):
            # Constructors first: what they store, the other entries read (fewer rounds).
            found.append((fn.name != "__init__", len(found), source, qualname, fn, cls))
    matched = len(found)  # entries found, analysed or not
    for _, _, source, qualname, fn, cls in sorted(found, key=lambda e: e[:2]):
        _stop_point()
        bound = Inst(cls, exact=False) if cls is not None else None
        try:
            summary = interp.analyze_entry(fn, bound)
        except RecursionError:
            # Calls nested beyond the interpreter's stack: say so and go on.
            errors.append(FileError(_def_file(fn, index, source), fn.span.line or 1, fn.span.column or 1,
                                    f"cannot analyse `{qualname}`: its calls nest too deep"))
            continue
        except Exception as exc:
            if not contain_bugs:
                raise
            # A bug in wakecheck: this entry gets an error line, the others their findings.
            errors.append(internal_error(_def_file(fn, index, source), fn.span.line, fn.span.column,
                                         f"`{qualname}`", exc))
            continue
        entries.append(EntryResult(qualname, fn, source.display, summary))
    if progress is not None:
        progress(len(sources), len(sources))
    entries.sort(key=lambda e: (e.path, e.function.span.line, e.qualname))
    return entries, errors, matched


def _def_file(fn: ir.FunctionIR, index: ProjectIndex, source: SourceFile) -> str:
    """The file an entry's `def` is in: another module's when the entry is an inherited method."""
    home = index.module(fn.module)
    return home.path if home is not None else source.display


# ---------------------------------------------------------------------------
# a large check, in units of files


@dataclass(slots=True)
class _UnitWorld:
    """What every unit reads: the configuration, the files, and the modules lowered so far."""

    config: Config
    displays: dict[str, str]
    sources: dict[str, SourceFile]
    lowering: _Lowering
    contain_bugs: bool
    names: ProjectIndex | None = None  # for resolving imports while lowering
    files: FileList | None = None  # the file list every unit's index asks
    stamp: bool = True  # record what each unit read (not when its findings will not be kept)
    # What the idle model says each name is (Interpreter.model): the configuration's answer
    # alone, the same in every unit, so worked out once per process.
    models: dict[tuple[tuple[str, ...], bool], Model] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _UnitResult:
    by_code: dict[str, list[Finding]]  # the unit's best finding per site, rule by rule
    errors: list[FileError]
    matched: int
    parsed: int  # modules the unit had to lower itself
    # What the unit's analysis read of every module, or None: not recorded (--no-cache), or a
    # module was not read through the cache.
    read: tuple[Stamp, ...] | None = None
    from_cache: frozenset[str] = frozenset()  # modules its process read from the cache so far
    fresh: frozenset[str] = frozenset()  # modules its process parsed so far
    # What the analysis asked of the file list, and the answers (ProjectIndex.asked), but
    # for the modules `read` stamps: a file added or removed elsewhere leaves these alone.
    asked: tuple[tuple[str, str | None], ...] = ()


_WORLD: _UnitWorld | None = None  # a worker process's world, set by _start_worker


def _world(config: Config, texts: _Texts, packages: set[str], cache: Cache | None,
           contain_bugs: bool, lowering: _Lowering | None = None, *, stamp: bool = True) -> _UnitWorld:
    return _UnitWorld(config, texts.displays(), {m: source for m, (source, _) in texts.raw.items()},
                      lowering or _Lowering(texts, packages, cache, contain_bugs, keep=True), contain_bugs,
                      stamp=stamp)


def _start_worker(config: Config, raw: dict[str, tuple[SourceFile, bytes]], packages: set[str],
                  cache_dir: str | None, contain_bugs: bool, stamp: bool) -> None:
    global _WORLD
    from wakecheck.cache import Cache

    _quiet_worker()
    ensure_stack_room()
    texts = _Texts()
    for source, data in raw.values():
        texts.add(source, data)
    # A scratch directory (--no-cache, `stamp` False) keeps nothing past the check: no digests.
    cache = Cache(Path(cache_dir), exact=True, digests=stamp) if cache_dir is not None else None
    _WORLD = _world(config, texts, packages, cache, contain_bugs, stamp=stamp)


def _lower_in_worker(modules: list[str]) -> list[tuple[str, list[str], bool]]:
    """Lower a batch of modules into the shared cache (phase one): each one's project imports, whether parsed."""
    from wakecheck.parsing import parsing_batch

    with parsing_batch(), _collector_paused():
        return roomy(lambda: [_lower_one(module) for module in modules])


def _lower_one(module: str) -> tuple[str, list[str], bool]:
    from wakecheck.analysis.index import ProjectIndex

    assert _WORLD is not None
    lowering = _WORLD.lowering
    parsed = lowering.parsed
    lowered = lowering.load(module)
    if _WORLD.names is None:  # resolves imported names only: one per process
        _WORLD.names = ProjectIndex(_WORLD.displays, lowering.load)  # type: ignore[arg-type]
    return module, sorted(_imports(lowered, _WORLD.names)), lowering.parsed > parsed


def _unit_in_worker(modules: list[str]) -> _UnitResult:
    assert _WORLD is not None
    return roomy(_analyse_unit, _WORLD, modules)


def _analyse_unit(world: _UnitWorld, modules: list[str]) -> _UnitResult:
    """One unit's entries, analysed by a fresh index and interpreter: its findings for each rule."""
    # The collector comes back once the unit's interpreter is gone, or it would walk it all.
    with _collector_paused():
        return _analyse_unit_now(world, modules)


def _analyse_unit_now(world: _UnitWorld, modules: list[str]) -> _UnitResult:
    from wakecheck.analysis.index import FileList, ProjectIndex
    from wakecheck.analysis.interp import Interpreter

    parsed = world.lowering.parsed
    if world.files is None:
        world.files = FileList(world.displays, world.lowering.texts.bytes_of)
    index = ProjectIndex(world.files, world.lowering.load)  # type: ignore[arg-type]
    interp = Interpreter(index, world.config, ghosts=False, models=world.models)
    entries, errors, matched = _analyse_modules(index, interp, world.config,
                                                [world.sources[m] for m in modules], world.contain_bugs)
    by_code = {code: _findings_from(entries, frozenset({code})) for code in _RUN_CODES}
    read = _stamps(world, index, set(modules)) if world.stamp else None
    asked: tuple[tuple[str, str | None], ...] = ()
    if read is not None:
        stamped = {"=" + stamp[0] for stamp in read}  # a module's stamp holds its display path too
        asked = tuple(sorted(item for item in index.asked().items() if item[0] not in stamped))
    return _UnitResult(by_code, errors + index.errors, matched, world.lowering.parsed - parsed, read,
                       frozenset(world.lowering.from_cache), frozenset(world.lowering.fresh), asked)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a unit is analysed or a batch of files lowered.

    Both keep nearly everything they build until they end (summaries and the values in
    them; lowered modules) and make no reference cycles (none on all of Django: what
    they build is freed by reference counting when the unit's interpreter goes, and a
    file's syntax tree when it is lowered). The collector would still walk every object
    they keep, once young and again in the middle generation: about a tenth of the
    analysis time, and 0.6 s of each process's lowering of Django, for nothing.

    What is still alive at the end is frozen (`gc.freeze`: the collector never walks it
    again) before the collector comes back: the lowered modules, which the process keeps
    for the next unit. Else the first young collection would walk every one of them at
    once (0.17 s after a one-file edit on Django, 5% of that check). Reference counting
    still frees what is frozen; only a cycle made meanwhile (an exception kept with its
    traceback) is kept until the process ends.
    """
    import gc

    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _units(modules: list[str]) -> list[list[str]]:
    """Candidate modules, in order, cut into units of `_UNIT_LEAST` to `_UNIT_MOST` of them (the last may be smaller).

    A unit of at least `_UNIT_LEAST` modules ends after a module whose name's digest
    says so: one name in `_UNIT_FILES - _UNIT_LEAST`, the same for every run and machine.
    So where units end does not hang on their positions: a file added or removed changes
    its own unit and, now and then, the next; the others keep their files, and with them
    their stored findings. (Cut every `_UNIT_FILES` files instead, one file added near the
    start would change every unit after it.)
    """
    import hashlib

    units: list[list[str]] = []
    unit: list[str] = []
    for module in modules:
        unit.append(module)
        digest = hashlib.blake2b(module.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        ends = int.from_bytes(digest, "big") % (_UNIT_FILES - _UNIT_LEAST) == 0
        if (ends and len(unit) >= _UNIT_LEAST) or len(unit) >= _UNIT_MOST:
            units.append(unit)
            unit = []
    if unit:
        units.append(unit)
    return units


def _stamps(world: _UnitWorld, index: ProjectIndex, members: set[str]) -> tuple[Stamp, ...] | None:
    """What a unit read of each module, or None when a module was not lowered through the cache."""
    from wakecheck.parts import WHOLE

    stamps = [world.lowering.stamp(module, WHOLE if module in members else parts)
              for module, parts in sorted(index.reads().items())]
    return None if None in stamps else tuple(s for s in stamps if s is not None)


def _analyse_units(config: Config, texts: _Texts, packages: set[str], cache: Cache | None, invocation: str,
                   candidates: list[SourceFile], jobs: int, errors: list[FileError],
                   files: Sequence[SourceFile], progress: Progress | None, run_key: str | None,
                   contain_bugs: bool) -> Analysis:
    """A check's findings from units of about `_UNIT_FILES` candidate files (_units), on `jobs` processes.

    Units whose stored findings still hold are taken from the cache (_StoredUnits).
    With more than one process, the files of the others are first lowered into the
    cache (a temporary one with --no-cache) by every process, then each process
    analyses whole units, reading lowered modules back from the cache. The units and
    their findings are the same for any number of processes; the merge keeps, per
    site, what one analysis of every entry would keep.
    """
    units = _units([s.module for s in candidates])
    stored = _StoredUnits(config, texts, packages, cache, invocation, contain_bugs, units)
    results: dict[int, _UnitResult] = stored.reusable()
    todo = [i for i in range(len(units)) if i not in results]
    parsed = stored.lowering.parsed if stored.lowering is not None else 0
    from_cache: set[str] = set()  # modules read from the cache, by any process
    if todo and (jobs <= 1 or len(todo) == 1):
        # One unit left (an edit that few units read): worker processes would only add
        # their start and read back what this process has already lowered.
        ensure_stack_room()
        world = _world(config, texts, packages, cache, contain_bugs, stored.lowering)
        done = 0
        for i in todo:
            if progress is not None:
                progress(done, len(candidates))
            results[i] = roomy(_analyse_unit, world, units[i])
            done += len(units[i])
        parsed = world.lowering.parsed
        from_cache = world.lowering.from_cache
    elif todo:
        import tempfile

        from wakecheck.cache import Cache

        with tempfile.TemporaryDirectory(prefix="wakecheck-", dir=_scratch_root(texts)) as scratch:
            directory = (cache or Cache(Path(scratch))).directory
            modules = sorted(m for i in todo for m in units[i])
            if cache is not None and stored.lowering is not None:
                # Parse ahead only when some file is not lowered yet (a cold cache, many
                # edits); the few an edit changed were lowered above, to compare them.
                lowering = stored.lowering
                modules = [m for m in modules
                           if (key := lowering.key_of(m)) is None or not cache.has(key)]
            done_parsed, (read, fresh), analysed = _units_in_workers(
                config, texts, packages, directory, modules, [units[i] for i in todo], jobs, progress,
                len(candidates), contain_bugs, stamp=cache is not None)
            parsed += done_parsed
            results.update(zip(todo, analysed))
            # A module parsed by one process may be read back by the others.
            fresh = fresh.union(stored.relowered, *(result.fresh for result in analysed))
            from_cache = read.union(*(result.from_cache for result in analysed)) - fresh
    for i in [*todo, *stored.renewed]:
        stored.keep(i, results[i])
    if progress is not None:
        progress(len(candidates), len(candidates))
    best: dict[str, dict[tuple[str, int, int], Finding]] = {code: {} for code in _RUN_CODES}
    matched = 0
    for _, result in sorted(results.items()):
        matched += result.matched
        errors.extend(result.errors)
        for code, found in result.by_code.items():
            for finding in found:
                _keep(best[code], finding)
    by_code = {code: sorted(kept.values(), key=Finding.sort_key) for code, kept in best.items()}
    warnings = [] if matched else _no_entry_warning(config, files)
    hits = len(from_cache) if cache is not None else 0
    return Analysis(config, [], sorted(set(errors), key=FileError.sort_key), warnings, None, None,
                    texts.sources(), parsed, hits, by_code, run_key, units=len(units),
                    units_reused=len(units) - len(todo))


def _scratch_root(texts: _Texts) -> str | None:
    """Where a check without a cache lowers files for its processes to share: memory where there is room.

    Every lowered file is written once and read back by the other processes, then all
    are removed: on a disk's file system that costs more than pickling them (the
    journal), in memory (`/dev/shm`, Linux's tmpfs) a sixth of that. The lowered files
    take about as much room as the sources; /dev/shm is used when it has four times
    that free, and only when TMPDIR does not name a place (None: the usual one).
    """
    if os.environ.get("TMPDIR") or not os.path.isdir(_SHARED_MEMORY):
        return None
    try:
        found = os.statvfs(_SHARED_MEMORY)
    except OSError:
        return None
    needed = 4 * sum(len(data) for _, data in texts.raw.values()) + (64 << 20)
    if found.f_bavail * found.f_frsize < needed or not os.access(_SHARED_MEMORY, os.W_OK | os.X_OK):
        return None
    return _SHARED_MEMORY


_SHARED_MEMORY = "/dev/shm"


class _StoredUnits:
    """Units' findings kept in the cache, each with what its analysis read of every module.

    A unit's findings depend on the configuration, wakecheck itself, what the unit's
    analysis asked of the file list (ProjectIndex.asked: which modules exist, where
    imports resolve), and the parts of the lowered modules it read (ProjectIndex.reads)
    — nothing else. They are stored under a key of the first two and the unit's files,
    in a slot named by the unit's last file, with the file list's answers and a stamp of
    each module read: its cache key (its text) and a digest of the parts read (of all of
    it for the unit's own files). A later check reuses them when the file list answers
    alike and every module read still has the same text or, its text changed, the same
    digest of those parts; otherwise the unit is analysed again. So an edit re-analyses
    only the units that read what it changed, and a file added or removed only those
    that asked for it (and its own unit). Digests do not count where a part stands in
    its file (see wakecheck.parts): lines added above a function move the findings that
    point into it, and the unit is stored again with its new stamps.
    """

    # Modules whose text changed are lowered here, in one process, to compare their
    # lowered form; past this many the units that read them are simply analysed again.
    _RELOWER = 16

    def __init__(self, config: Config, texts: _Texts, packages: set[str], cache: Cache | None, invocation: str,
                 contain_bugs: bool, units: list[list[str]]) -> None:
        from wakecheck.cache import RunKey

        self.cache = cache
        self.keys: list[str] = []
        self.lowering: _Lowering | None = None
        self.relowered: set[str] = set()  # modules lowered here to compare their lowered form
        self.renewed: set[int] = set()  # units reused with new stamps: to store again
        self.displays = texts.displays()
        self.texts = texts
        self._files: FileList | None = None  # the file list now, to ask what stored units asked
        if cache is None:
            return
        self.lowering = _Lowering(texts, packages, cache, contain_bugs, keep=True)
        base = RunKey(config.digest(), f"ghosts=False\0{invocation}", kind="unit")
        for unit in units:
            key = base.copy()
            key.add_to_slot(unit[-1])
            key.add_text("\0".join(f"{module}\0{self.displays[module]}" for module in unit))
            self.keys.append(key.hexdigest())

    def reusable(self) -> dict[int, _UnitResult]:
        """The units whose stored findings still hold, by position."""
        found: dict[int, _UnitResult] = {}
        if self.cache is None:
            return found
        stored: dict[int, _StoredUnit] = {}
        for i, key in enumerate(self.keys):
            value = self.cache.get(key, count=False)
            if value is None:
                continue
            if not _is_stored_unit(value):  # checked once: every stamp of every unit, on every check
                self.cache.discard(key, count=False)
                continue
            stored[i] = cast("_StoredUnit", value)
        changed = {stamp[0] for value in stored.values() for stamp in value[0]
                   if self._key_now(stamp[0]) != stamp[1]}
        assert self.lowering is not None
        for value in stored.values():
            self.lowering.known.update(((stamp[0], stamp[1], stamp[3]), stamp) for stamp in value[0])
        relower = len(changed) <= self._RELOWER
        for i, value in stored.items():
            result = self._still(*value, relower=relower)
            if result is not None:
                found[i] = result
                if result.read is not None:
                    self.renewed.add(i)
        return found

    def _still(self, read: list[Stamp], by_code: dict[str, list[Finding]], errors: list[FileError],
               matched: int, asked: list[tuple[str, str | None]], *, relower: bool) -> _UnitResult | None:
        """A unit's stored findings if they still hold, moved where the code they point into moved."""
        from wakecheck.analysis.index import FileList
        from wakecheck.parts import Moves

        if self._files is None:
            self._files = FileList(self.displays, self.texts.bytes_of)
        files = self._files
        if any(files.answer(question) != answer for question, answer in asked):
            return None
        moves = Moves(self.displays)
        now: list[Stamp] = []
        for stamp in read:
            held = self._holds(stamp, relower)
            if held is None:
                return None
            if held is not stamp:
                moves.add(stamp, held)
            now.append(held)
        if moves:
            applied = moves.apply(by_code, errors)
            if applied is None:
                return None
            by_code, errors = applied
        # Stamped anew (stored again by the caller) when a module's text changed.
        renewed = any(held is not stamp for held, stamp in zip(now, read))
        return _UnitResult(by_code, errors, matched, 0, tuple(now) if renewed else None, asked=tuple(asked))

    def keep(self, i: int, result: _UnitResult) -> None:
        """Store a unit's findings, unless a module it read cannot be stamped or it met a bug."""
        if self.cache is None or result.read is None or any(e.is_internal for e in result.errors):
            return
        self.cache.put(self.keys[i], (list(result.read), result.by_code, result.errors, result.matched,
                                      list(result.asked)))

    def _key_now(self, module: str) -> str | None:
        assert self.lowering is not None
        if module not in self.lowering.texts.raw:
            return None
        return self.lowering.key_of(module)

    def _holds(self, stamp: Stamp, relower: bool) -> Stamp | None:
        """The module's stamp now if what the unit read of it is unchanged (`stamp` if its text is), else None."""
        module, key, digest, parts, _ = stamp
        now = self._key_now(module)
        if now == key:
            return stamp
        if now is None or not relower:
            return None
        assert self.lowering is not None
        if module not in self.relowered:
            self.lowering.load(module)  # into the cache, for the units analysed next
            self.relowered.add(module)
        stamped = self.lowering.stamp(module, parts)
        return stamped if stamped is not None and stamped[2] == digest else None


# A stored unit: (stamps, findings by rule, errors, entries matched, the file list's answers).
_StoredUnit = tuple[list["Stamp"], dict[str, list[Finding]], list[FileError], int, list[tuple[str, "str | None"]]]


def _is_stored_unit(value: object) -> bool:
    return (isinstance(value, tuple) and len(value) == 5 and isinstance(value[0], list)
            and all(_is_stamp(s) for s in value[0]) and _is_stored_run((value[1], value[2], [], value[3]))
            and type(value[4]) is list
            and all(type(a) is tuple and len(a) == 2 and type(a[0]) is str and a[0][:1] in ("=", "~", "w")
                    and (a[1] is None or type(a[1]) is str) for a in value[4]))


def _is_stamp(value: object) -> bool:
    # Every stored unit's stamps are checked on every check: one generator per stamp, not per span.
    return (type(value) is tuple and len(value) == 5
            and type(value[0]) is str and type(value[1]) is str and type(value[2]) is str
            and type(value[3]) is tuple and all(type(p) is str for p in value[3])
            and type(value[4]) is tuple
            and all(type(s) is tuple and len(s) == 2 and type(s[0]) is int and type(s[1]) is int
                    for s in value[4]))


def _units_in_workers(config: Config, texts: _Texts, packages: set[str], directory: Path,
                      modules: list[str], units: list[list[str]], jobs: int,
                      progress: Progress | None, total: int,
                      contain_bugs: bool, *, stamp: bool,
                      ) -> tuple[int, tuple[set[str], set[str]], list[_UnitResult]]:
    """Lower the units' modules and their import closure into `directory`, then analyse the units.

    Returns how many modules were parsed, the modules read from the cache and those parsed in the
    first phase, and each unit's result. `stamp`: record what each unit read, for keeping its
    findings in the cache (not with --no-cache, where `directory` is a scratch one).
    """
    import multiprocessing

    parsed = 0
    start = (config, texts.raw, packages, str(directory), contain_bugs, stamp)
    # Fork where there is fork: the workers start without pickling every file's bytes.
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with _workers(jobs, _start_worker, start, context) as pool:
        wave = modules
        seen = set(wave)
        read: set[str] = set()
        fresh: set[str] = set()
        while wave:
            following: set[str] = set()
            with _signals_held():  # a map may fork workers
                lowered_wave = _batched(pool, _lower_in_worker, wave, jobs)
            for module, imports, was_parsed in lowered_wave:
                parsed += was_parsed
                (fresh if was_parsed else read).add(module)
                following.update(imports)
            wave = sorted(following - seen)
            seen |= following
        # The largest units first (by their files' size, which roughly tells the time they
        # take), so that the last ones, when a process may wait for the other, are small.
        order = sorted(range(len(units)), key=lambda i: -sum(len(texts.raw[m][1]) for m in units[i]))
        results: list[_UnitResult | None] = [None] * len(units)
        with _signals_held():
            analysed = pool.map(_unit_in_worker, [units[i] for i in order])
        done = 0
        for i, result in zip(order, analysed):
            if progress is not None:
                progress(done, total)
            results[i] = result
            parsed += result.parsed
            done += len(units[i])
    return parsed, (read, fresh), [result for result in results if result is not None]


def _entries_in(module: ir.ModuleIR, index: ProjectIndex, interp: Interpreter,
                config: Config) -> list[tuple[str, ir.FunctionIR, str | None]]:
    """Entry functions of one module: matching definitions, and methods a matching class inherits."""
    from wakecheck.analysis import cfg as ir_

    out: list[tuple[str, ir.FunctionIR, str | None]] = []
    for fn in module.functions:
        if fn.kind is ir_.FuncKind.LAMBDA or ".<lambda" in fn.qualname or fn.name == "<module>":
            continue
        if config.entry.match([fn.qualname]) is not None:
            out.append((fn.qualname, fn, fn.class_qualname))
    names = _inherited_names(config.entry.patterns)
    for cls in module.classes if names != () else ():
        own = {name for name, _ in cls.methods}
        for klass in index.mro(cls.qualname, interp)[1:]:
            # Only the methods that may be entries are looked up: an edit adding another
            # method to a base class leaves the units that read it alone.
            methods = (index.methods(klass).items() if names is None
                       else [(n, q) for n in names if (q := index.member(klass, n)[0]) is not None])
            for name, qualname in methods:
                if name in own:
                    continue
                own.add(name)
                as_named = f"{cls.qualname}.{name}"
                if config.entry.match([as_named]) is None or config.entry.match([qualname]) is not None:
                    continue
                # Looked up only when it is an entry: a unit reads no other inherited method.
                inherited = index.function(qualname)
                if inherited is not None:
                    out.append((as_named, inherited, cls.qualname))
    return out


def _inherited_names(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """The names an inherited entry may have under these entry patterns; None: any name.

    An inherited method is an entry when a pattern matches it as named through the class
    (`pkg.TownDO.alarm`) and none matches it where it is defined (`pkg.base.Base.alarm`).
    A pattern without a dot matches the last component, which both names share: it never
    makes one. A pattern whose last component is a plain name makes only that name one.
    """
    names: set[str] = set()
    for pattern in patterns:
        if "." not in pattern:
            continue
        last = pattern.rpartition(".")[2]
        if "[" in pattern or any(c in last for c in "*?]"):
            return None
        names.add(last)
    return tuple(sorted(names))


class _Texts:
    """Every file's bytes as read, decoded only when something needs its text.

    A file that cannot hold an entry and that the analysis never reaches is
    never decoded: on a large tree with no entry that is nearly every file. A
    file that cannot be decoded is reported where it is needed (as an entry
    candidate, or when the analysis follows an import into it).
    """

    def __init__(self) -> None:
        self.raw: dict[str, tuple[SourceFile, bytes]] = {}
        self.decoded: dict[str, SourceText | FileError] = {}

    def add(self, source: SourceFile, data: bytes) -> None:
        self.raw[source.module] = (source, data)

    def text(self, module: str) -> SourceText | FileError:
        found = self.decoded.get(module)
        if found is None:
            source, data = self.raw[module]
            found = self.decoded[module] = decode_source(data, source.display)
        return found

    def displays(self) -> dict[str, str]:
        return {module: source.display for module, (source, _) in self.raw.items()}

    def bytes_of(self, module: str) -> bytes | None:
        found = self.raw.get(module)
        return found[1] if found is not None else None

    def sources(self) -> dict[str, str]:
        """Display path → text of the files decoded, and of every file with a `wakecheck:` comment."""
        out: dict[str, str] = {}
        for module, (source, data) in self.raw.items():
            if module in self.decoded or b"wakecheck:" in data:
                text = self.text(module)
                if isinstance(text, SourceText):
                    out[source.display] = text.text
        return out


@dataclass(frozen=True, slots=True)
class _Prefilter:
    """Text every file holding an entry must contain: searched in the raw bytes, then in the text."""

    text: re.Pattern[str]
    raw: re.Pattern[bytes] | None  # None when the pattern is not ASCII: decode every file first

    def may_hold_entry(self, data: bytes) -> bool:
        if self.raw is None or has_coding_cookie(data):
            return True  # only the decoded text can tell
        return self.raw.search(data) is not None


def _entry_prefilter(patterns: tuple[str, ...]) -> _Prefilter | None:
    """What every file holding an entry must match, or None when any file might."""
    alternatives = []
    for pattern in patterns:
        last = pattern.rsplit(".", 1)[-1]
        if last in ("", "*"):
            return None
        # A class inheriting the entry method names it only in its `class` line.
        owner = pattern.rsplit(".", 2)[-2] if pattern.count(".") >= 1 else None
        alternatives.append(r"def\s+" + _glob_regex(last) + r"\b")
        if owner and owner != "*":
            alternatives.append(r"class\s+" + _glob_regex(owner) + r"\b")
    if not alternatives:
        return None
    regex = "|".join(f"(?:{a})" for a in alternatives)
    raw = re.compile(regex.encode("ascii")) if regex.isascii() else None
    return _Prefilter(re.compile(regex), raw)


def _glob_regex(glob: str) -> str:
    """An fnmatch glob as a regex to search text with (not anchored)."""
    return fnmatch.translate(glob).removeprefix("(?s:").removesuffix(r")\Z")


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
              progress: Progress | None = None, options: RunOptions | None = None) -> Report:
    """Findings under `paths`; with `focus`, only those whose call chain touches a focused file."""
    from wakecheck import suppressions
    from wakecheck.rules import BY_CODE as known

    codes = selected(select if select is not None else config.select, (*config.ignore, *ignore))
    # Findings come from real tracks only: the check need not follow ghost paths.
    options = replace(options or RunOptions(), ghosts=False, reuse=True, findings_only=True)
    analysis = analyse(paths, config, cwd, overrides, progress, options)
    if analysis.run_key is not None:
        _store_run(analysis)
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
                  parsed=analysis.parsed, cached=analysis.cached,
                  baselined=len(baselined), stale=stale,
                  units=analysis.units, units_reused=analysis.units_reused)


_RUN_CODES = ("WC001", "WC002", "WC003")  # the rules findings_of computes


def _is_stored_run(value: object) -> bool:
    return (isinstance(value, tuple) and len(value) == 4 and isinstance(value[0], dict)
            and all(isinstance(v, list) and all(isinstance(f, Finding) for f in v) for v in value[0].values())
            and isinstance(value[1], list) and all(isinstance(e, FileError) for e in value[1])
            and isinstance(value[2], list) and all(isinstance(w, str) for w in value[2])
            and isinstance(value[3], int))


def _store_run(analysis: Analysis) -> None:
    """Keep this check's findings, rule by rule, for the next check of the same inputs."""
    from wakecheck.cache import Cache

    assert analysis.run_key is not None
    if any(error.is_internal for error in analysis.errors):
        return  # a bug: the next run must meet it again, not replay it
    by_code = {code: findings_of(analysis, frozenset({code})) for code in _RUN_CODES}
    analysis.findings = by_code
    Cache(analysis.config.root).put(analysis.run_key, (
        by_code, list(analysis.errors), list(analysis.warnings), analysis.parsed + analysis.cached))


def findings_of(analysis: Analysis, codes: frozenset[str]) -> list[Finding]:
    if analysis.findings is not None:
        return _merged(analysis.findings, codes)
    return _findings_from(analysis.entries, codes)


def _findings_from(entries: Sequence[EntryResult], codes: frozenset[str]) -> list[Finding]:
    """The best finding per site over these entries' results."""
    if not entries:
        return []  # and the analysis modules are never imported
    from wakecheck.analysis.reach import LIVE, RARE

    best: dict[tuple[str, int, int], Finding] = {}
    for entry in entries:
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


def _merged(by_code: dict[str, list[Finding]], codes: frozenset[str]) -> list[Finding]:
    """Stored findings of the selected rules, one per site, as findings_of would pick them."""
    best: dict[tuple[str, int, int], Finding] = {}
    for code in sorted(codes & set(by_code)):
        for finding in by_code[code]:
            _keep(best, finding)
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


def run_audit(paths: Sequence[str], config: Config, cwd: Path | None = None,
              options: RunOptions | None = None) -> Audit:
    from wakecheck.audit import build_audit

    return build_audit(analyse(paths, config, cwd, options=options))


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
