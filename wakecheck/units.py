"""A large check in units of files: each unit analysed by a fresh interpreter, its findings kept with stamps of what it read.

A check over `PARALLEL_FROM` or more files that may hold entries is analysed in groups
("units") of about `UNIT_FILES` of them: the same groups whatever --jobs says, so the
findings are too. What several groups call is analysed by each (more work than one
analysis of everything); they run on every core. Where a unit ends is
decided by module names (see `units`), so adding or removing a file changes its own
unit and now and then the next, not every unit after it.

A unit's stored findings hold while everything its analysis read is unchanged
(`StoredUnits`), so an edit re-analyses only the units that read what it changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wakecheck import workers
from wakecheck._speedups import collector
from wakecheck._speedups.frames import roomy
from wakecheck.analysis.reads import WHOLE, Asked, ModuleReads
from wakecheck.config import Config
from wakecheck.discovery import SourceFile
from wakecheck.entries import Progress, analyse_entries
from wakecheck.entries import met as entries_met
from wakecheck.findings import by_rule, keep
from wakecheck.loading import Lowering, Texts, imports_of
from wakecheck.model import FileError, Finding
from wakecheck.parsing import parsing_batch, stack_room
from wakecheck.parts import Moves, Parts, Stamp
from wakecheck.stored import StoredUnit

if TYPE_CHECKING:
    from wakecheck.analysis.index import FileList, ProjectIndex
    from wakecheck.analysis.interp import Model
    from wakecheck.cache import Cache

PARALLEL_FROM = 200  # files that may hold entries: below this, one analysis, in-process
UNIT_FILES = 100
UNIT_LEAST, UNIT_MOST = UNIT_FILES // 2, 2 * UNIT_FILES


def units(modules: list[str]) -> list[list[str]]:
    """Candidate modules, in order, cut into units of `UNIT_LEAST` to `UNIT_MOST` of them (the last may be smaller).

    A unit of at least `UNIT_LEAST` modules ends after a module whose name's digest
    says so: one name in `UNIT_FILES - UNIT_LEAST`, the same for every run and machine.
    So where units end does not hang on their positions: a file added or removed changes
    its own unit and, now and then, the next; the others keep their files, and with them
    their stored findings. (Cut every `UNIT_FILES` files instead, one file added near the
    start would change every unit after it.)
    """
    import hashlib

    found: list[list[str]] = []
    unit: list[str] = []
    for module in modules:
        unit.append(module)
        digest = hashlib.blake2b(module.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        ends = int.from_bytes(digest, "big") % (UNIT_FILES - UNIT_LEAST) == 0
        if (ends and len(unit) >= UNIT_LEAST) or len(unit) >= UNIT_MOST:
            found.append(unit)
            unit = []
    if unit:
        found.append(unit)
    return found


# ---------------------------------------------------------------------------
# what a unit read, and what it found


class Stamper:
    """Stamps of what a unit read of each module: its cache key, a digest of the parts read, where they stand."""

    def __init__(self, lowering: Lowering) -> None:
        self.lowering = lowering
        self._parts: dict[str, Parts] = {}  # lowered modules' parts, digested as units stamp them
        # Stamps the stored units hold, by module, cache key and parts: the same lowered form
        # and the same parts make the same stamp, which need not be digested again.
        self.known: dict[tuple[str, str, ModuleReads], Stamp] = {}

    def stamp(self, module: str, reads: ModuleReads) -> Stamp | None:
        """What a unit records of a module it read; None when the module was not lowered through the cache."""
        key = self.lowering.keys.get(module)
        cache = self.lowering.cache
        if key is None or cache is None:
            return None
        if reads.whole:
            digest = cache.digests.get(key)
            return Stamp(module, key, digest, reads, ()) if digest is not None else None
        known = self.known.get((module, key, reads))
        if known is not None:
            return known
        table = self._parts.get(module)
        if table is None:
            table = self._parts[module] = Parts(self.lowering.load(module))
        return Stamp(module, key, table.digest(reads), reads, table.spans(reads))


@dataclass(frozen=True, slots=True)
class UnitResult:
    by_code: dict[str, list[Finding]]  # the unit's best finding per site, rule by rule
    errors: tuple[FileError, ...]
    matched: int
    parsed: int  # modules the unit had to lower itself
    # What the unit's analysis read of every module, or None: not recorded (--no-cache), or a
    # module was not read through the cache.
    read: tuple[Stamp, ...] | None = None
    from_cache: frozenset[str] = frozenset()  # modules its process read from the cache so far
    fresh: frozenset[str] = frozenset()  # modules its process parsed so far
    # What the analysis asked of the file list, and the answers, but for the modules `read`
    # stamps: a file added or removed elsewhere leaves these alone.
    asked: Asked = Asked()
    met: frozenset[tuple[str, str]] = frozenset()  # the configured patterns its analysis met (analysis.met)


@dataclass(slots=True)
class UnitWorld:
    """What every unit of a process reads: the configuration, the files, and the modules lowered so far."""

    config: Config
    displays: dict[str, str]
    sources: dict[str, SourceFile]
    lowering: Lowering
    stamper: Stamper
    contain_bugs: bool
    names: ProjectIndex | None = None  # for resolving imports while lowering
    files: FileList | None = None  # the file list every unit's index asks
    stamp: bool = True  # record what each unit read (not when its findings will not be kept)
    # What the idle model says each name is (Interpreter.model): the configuration's answer
    # alone, the same in every unit, so worked out once per process.
    models: dict[tuple[tuple[str, ...], bool], Model] = field(default_factory=dict)


def _world(config: Config, texts: Texts, packages: set[str], cache: Cache | None,
           contain_bugs: bool, lowering: Lowering | None = None, *, stamp: bool = True) -> UnitWorld:
    lowering = lowering or Lowering(texts, packages, cache, contain_bugs, keep=True)
    return UnitWorld(config, texts.displays(), {m: source for m, (source, _) in texts.raw.items()},
                     lowering, Stamper(lowering), contain_bugs, stamp=stamp)


def analyse_unit(world: UnitWorld, modules: list[str]) -> UnitResult:
    """One unit's entries, analysed by a fresh index and interpreter: its findings for each rule."""
    # The collector comes back once the unit's interpreter is gone, or it would walk it all.
    with stack_room(), collector.paused():
        return _analyse_unit(world, modules)


def _analyse_unit(world: UnitWorld, modules: list[str]) -> UnitResult:
    from wakecheck.analysis.index import FileList, ProjectIndex
    from wakecheck.analysis.interp import Interpreter

    parsed = world.lowering.parsed
    if world.files is None:
        world.files = FileList(world.displays, world.lowering.texts.bytes_of)
    index = ProjectIndex(world.files, world.lowering.load)
    interp = Interpreter(index, world.config, ghosts=False, models=world.models)
    found = analyse_entries(index, interp, world.config, [world.sources[m] for m in modules], world.contain_bugs)
    met = entries_met(found, world.config, interp, index)
    read = _stamps(world, index, set(modules)) if world.stamp else None
    asked = Asked()
    if read is not None:
        # A module's stamp holds its display path too: the file list need not be asked for it.
        asked = _unstamped(index.asked(), {stamp.module for stamp in read})
    return UnitResult(by_rule(found.entries, world.config.idle_unit, world.config.resources().names()),
                      found.errors + tuple(index.errors), found.matched, world.lowering.parsed - parsed, read,
                      frozenset(world.lowering.from_cache), frozenset(world.lowering.fresh), asked, met)


def _unstamped(asked: Asked, stamped: set[str]) -> Asked:
    return Asked(tuple(item for item in asked.exact if item[0] not in stamped), asked.suffix, asked.writers)


def _stamps(world: UnitWorld, index: ProjectIndex, members: set[str]) -> tuple[Stamp, ...] | None:
    """What a unit read of each module, or None when a module was not lowered through the cache."""
    stamps = []
    for module, reads in sorted(index.reads().items()):
        stamp = world.stamper.stamp(module, WHOLE if module in members else reads)
        if stamp is None:
            return None
        stamps.append(stamp)
    return tuple(stamps)


# ---------------------------------------------------------------------------
# the units of a check


@dataclass(frozen=True, slots=True)
class Outcome:
    """A check's findings from its units, merged as one analysis of every entry would keep them."""

    by_code: dict[str, list[Finding]]
    errors: tuple[FileError, ...]
    matched: int
    parsed: int  # files parsed, by any process
    from_cache: int  # files read from the cache, by any process
    units: int
    reused: int  # units whose findings came from the cache
    met: frozenset[tuple[str, str]] = frozenset()  # the configured patterns some unit's analysis met


def analyse_units(config: Config, texts: Texts, cache: Cache | None, invocation: str,
                  candidates: list[SourceFile], jobs: int, progress: Progress | None,
                  contain_bugs: bool) -> Outcome:
    """A check's findings from units of about `UNIT_FILES` candidate files, on `jobs` processes.

    Units whose stored findings still hold are taken from the cache (StoredUnits). With
    more than one process, the files of the others are first lowered into the cache (a
    temporary one with --no-cache) by every process, then each process analyses whole
    units, reading lowered modules back from the cache. The units and their findings are
    the same for any number of processes; the merge keeps, per site, what one analysis
    of every entry would keep.
    """
    packages = texts.packages()
    cut = units([s.module for s in candidates])
    stored = StoredUnits(config, texts, packages, cache, invocation, contain_bugs, cut)
    results: dict[int, UnitResult] = stored.reusable()
    todo = [i for i in range(len(cut)) if i not in results]
    parsed = stored.lowering.parsed if stored.lowering is not None else 0
    from_cache: set[str] = set()  # modules read from the cache, by any process
    if todo and (jobs <= 1 or len(todo) == 1):
        # One unit left (an edit that few units read): worker processes would only add
        # their start and read back what this process has already lowered.
        world = _world(config, texts, packages, cache, contain_bugs, stored.lowering)
        done = 0
        for i in todo:
            if progress is not None:
                progress(done, len(candidates))
            results[i] = roomy(analyse_unit, world, cut[i])
            done += len(cut[i])
        parsed = world.lowering.parsed
        from_cache = world.lowering.from_cache
    elif todo:
        import tempfile

        from wakecheck.cache import Cache

        with tempfile.TemporaryDirectory(prefix="wakecheck-", dir=_scratch_root(texts)) as scratch:
            directory = (cache or Cache(Path(scratch))).directory
            modules = sorted(m for i in todo for m in cut[i])
            if cache is not None and stored.lowering is not None:
                # Parse ahead only when some file is not lowered yet (a cold cache, many
                # edits); the few an edit changed were lowered above, to compare them.
                lowering = stored.lowering
                modules = [m for m in modules if (key := lowering.key_of(m)) is None or not cache.has(key)]
            phase = _units_in_workers(config, texts, packages, directory, modules, [cut[i] for i in todo], jobs,
                                      progress, len(candidates), contain_bugs, stamp=cache is not None)
            parsed += phase.parsed
            results.update(zip(todo, phase.results))
            # A module parsed by one process may be read back by the others.
            fresh = phase.fresh.union(stored.relowered, *(result.fresh for result in phase.results))
            from_cache = phase.read.union(*(result.from_cache for result in phase.results)) - fresh
    for i in [*todo, *stored.renewed]:
        stored.keep(i, results[i])
    if progress is not None:
        progress(len(candidates), len(candidates))
    return _merged(results, parsed, len(from_cache) if cache is not None else 0, len(cut), len(cut) - len(todo))


def _merged(results: dict[int, UnitResult], parsed: int, from_cache: int, count: int, reused: int) -> Outcome:
    from wakecheck.rules import ANALYSIS_RULES

    best: dict[str, dict[tuple[str, int, int], Finding]] = {rule.code: {} for rule in ANALYSIS_RULES}
    matched = 0
    errors: list[FileError] = []
    met: set[tuple[str, str]] = set()
    for _, result in sorted(results.items()):
        matched += result.matched
        errors.extend(result.errors)
        met |= result.met
        for code, found in result.by_code.items():
            for finding in found:
                keep(best[code], finding)
    by_code = {code: sorted(kept.values(), key=Finding.sort_key) for code, kept in best.items()}
    return Outcome(by_code, tuple(errors), matched, parsed, from_cache, count, reused, frozenset(met))


def _scratch_root(texts: Texts) -> str | None:
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


class StoredUnits:
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

    def __init__(self, config: Config, texts: Texts, packages: set[str], cache: Cache | None, invocation: str,
                 contain_bugs: bool, cut: list[list[str]]) -> None:
        from wakecheck.cache import RunKey

        self.cache = cache
        self.keys: list[str] = []
        self.lowering: Lowering | None = None
        self.stamper: Stamper | None = None
        self.relowered: set[str] = set()  # modules lowered here to compare their lowered form
        self.renewed: set[int] = set()  # units reused with new stamps: to store again
        self.displays = texts.displays()
        self.texts = texts
        self._files: FileList | None = None  # the file list now, to ask what stored units asked
        if cache is None:
            return
        self.lowering = Lowering(texts, packages, cache, contain_bugs, keep=True)
        self.stamper = Stamper(self.lowering)
        base = RunKey(config.run_digest(), f"ghosts=False\0{invocation}", kind="unit")
        for unit in cut:
            key = base.copy()
            key.add_to_slot(unit[-1])
            key.add_text("\0".join(f"{module}\0{self.displays[module]}" for module in unit))
            self.keys.append(key.hexdigest())

    def reusable(self) -> dict[int, UnitResult]:
        """The units whose stored findings still hold, by position."""
        found: dict[int, UnitResult] = {}
        if self.cache is None or self.stamper is None:
            return found
        stored: dict[int, StoredUnit] = {}
        for i, key in enumerate(self.keys):
            value = self.cache.get(key, StoredUnit, count=False)
            if value is not None:
                stored[i] = value
        changed = {stamp.module for value in stored.values() for stamp in value.read
                   if self._key_now(stamp.module) != stamp.key}
        for value in stored.values():
            self.stamper.known.update(((stamp.module, stamp.key, stamp.reads), stamp) for stamp in value.read)
        relower = len(changed) <= self._RELOWER
        for i, value in stored.items():
            result = self._still(value, relower=relower)
            if result is not None:
                found[i] = result
                if result.read is not None:
                    self.renewed.add(i)
        return found

    def _still(self, unit: StoredUnit, *, relower: bool) -> UnitResult | None:
        """A unit's stored findings if they still hold, moved where the code they point into moved."""
        from wakecheck.analysis.index import FileList

        if self._files is None:
            self._files = FileList(self.displays, self.texts.bytes_of)
        if not self._files.answers(unit.asked):
            return None
        moves = Moves(self.displays)
        now: list[Stamp] = []
        for stamp in unit.read:
            held = self._holds(stamp, relower)
            if held is None:
                return None
            if held is not stamp:
                moves.add(stamp, held)
            now.append(held)
        by_code, errors = unit.by_code, unit.errors
        if moves:
            applied = moves.apply(by_code, errors)
            if applied is None:
                return None
            by_code, errors = applied.by_code, applied.errors
        # Stamped anew (stored again by the caller) when a module's text changed.
        renewed = any(held is not stamp for held, stamp in zip(now, unit.read))
        return UnitResult(by_code, errors, unit.matched, 0, tuple(now) if renewed else None, asked=unit.asked,
                          met=unit.met)

    def keep(self, i: int, result: UnitResult) -> None:
        """Store a unit's findings, unless a module it read cannot be stamped or it met a bug."""
        if self.cache is None or result.read is None or any(e.is_internal for e in result.errors):
            return
        self.cache.put(self.keys[i], StoredUnit(result.read, result.by_code, result.errors, result.matched,
                                                result.asked, result.met))

    def _key_now(self, module: str) -> str | None:
        assert self.lowering is not None
        if module not in self.lowering.texts.raw:
            return None
        return self.lowering.key_of(module)

    def _holds(self, stamp: Stamp, relower: bool) -> Stamp | None:
        """The module's stamp now if what the unit read of it is unchanged (`stamp` if its text is), else None."""
        now = self._key_now(stamp.module)
        if now == stamp.key:
            return stamp
        if now is None or not relower:
            return None
        assert self.lowering is not None and self.stamper is not None
        if stamp.module not in self.relowered:
            self.lowering.load(stamp.module)  # into the cache, for the units analysed next
            self.relowered.add(stamp.module)
        stamped = self.stamper.stamp(stamp.module, stamp.reads)
        return stamped if stamped is not None and stamped.digest == stamp.digest else None


# ---------------------------------------------------------------------------
# units in worker processes


_WORLD: list[UnitWorld] = []  # a worker process's world, set by _start_worker


def _start_worker(config: Config, raw: dict[str, tuple[SourceFile, bytes]], packages: set[str],
                  cache_dir: str | None, contain_bugs: bool, stamp: bool) -> None:
    from wakecheck.cache import Cache

    texts = Texts()
    for source, data in raw.values():
        texts.add(source, data)
    # A scratch directory (--no-cache, `stamp` False) keeps nothing past the check: no digests.
    cache = Cache(Path(cache_dir), exact=True, digests=stamp) if cache_dir is not None else None
    _WORLD[:] = [_world(config, texts, packages, cache, contain_bugs, stamp=stamp)]


@dataclass(frozen=True, slots=True)
class _Lowered:
    module: str
    imports: tuple[str, ...]  # the project modules it imports, sorted
    parsed: bool  # parsed here, not read from the cache


def _lower_in_worker(modules: list[str]) -> list[_Lowered]:
    """Lower a batch of modules into the shared cache (phase one)."""
    with stack_room(), parsing_batch(), collector.paused():
        return roomy(lambda: [_lower_one(module) for module in modules])


def _lower_one(module: str) -> _Lowered:
    from wakecheck.analysis.index import ProjectIndex

    world = _WORLD[0]
    lowering = world.lowering
    parsed = lowering.parsed
    lowered = lowering.load(module)
    if world.names is None:  # resolves imported names only: one per process
        world.names = ProjectIndex(world.displays, lowering.load)
    return _Lowered(module, tuple(sorted(imports_of(lowered, world.names))), lowering.parsed > parsed)


def _unit_in_worker(modules: list[str]) -> UnitResult:
    return roomy(analyse_unit, _WORLD[0], modules)


@dataclass(frozen=True, slots=True)
class _Phases:
    parsed: int  # modules parsed in either phase
    read: set[str]  # modules read from the cache in the first phase
    fresh: set[str]  # modules parsed in the first phase
    results: list[UnitResult]  # each unit's, in the order given


def _units_in_workers(config: Config, texts: Texts, packages: set[str], directory: Path, modules: list[str],
                      todo: list[list[str]], jobs: int, progress: Progress | None, total: int,
                      contain_bugs: bool, *, stamp: bool) -> _Phases:
    """Lower the units' modules and their import closure into `directory`, then analyse the units.

    `stamp`: record what each unit read, for keeping its findings in the cache (not with
    --no-cache, where `directory` is a scratch one).
    """
    parsed = 0
    start = (config, texts.raw, packages, str(directory), contain_bugs, stamp)
    with workers.workers(jobs, _start_worker, start, workers.fork_context()) as pool:
        wave = modules
        seen = set(wave)
        read: set[str] = set()
        fresh: set[str] = set()
        while wave:
            following: set[str] = set()
            with workers.signals_held():  # a map may fork workers
                lowered_wave = workers.batched(pool, _lower_in_worker, wave, jobs)
            for lowered in lowered_wave:
                parsed += lowered.parsed
                (fresh if lowered.parsed else read).add(lowered.module)
                following.update(lowered.imports)
            wave = sorted(following - seen)
            seen |= following
        # The largest units first (by their files' size, which roughly tells the time they
        # take), so that the last ones, when a process may wait for the other, are small.
        order = sorted(range(len(todo)), key=lambda i: -sum(len(texts.raw[m][1]) for m in todo[i]))
        results: list[UnitResult | None] = [None] * len(todo)
        with workers.signals_held():
            analysed = pool.map(_unit_in_worker, [todo[i] for i in order])
        done = 0
        for i, result in zip(order, analysed):
            if progress is not None:
                progress(done, total)
            results[i] = result
            parsed += result.parsed
            done += len(todo[i])
    return _Phases(parsed, read, fresh, [result for result in results if result is not None])

