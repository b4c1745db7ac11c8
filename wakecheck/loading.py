"""Files → texts → lowered modules: read once, decoded when needed, from the cache, from workers, or parsed here.

`check`, `audit` and `graph` all load the project this way; only what the analysis
asks for is decoded and parsed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wakecheck import workers
from wakecheck._speedups import collector
from wakecheck._speedups.frames import roomy
from wakecheck.discovery import SourceFile
from wakecheck.model import FileError
from wakecheck.parsing import SourceText, decode_source, lower_source, parsing_batch

if TYPE_CHECKING:
    from wakecheck.analysis import cfg as ir
    from wakecheck.analysis.index import ProjectIndex
    from wakecheck.cache import Cache

class Texts:
    """Every file's bytes as read, decoded only when something needs its text.

    A file that cannot hold an entry and that the analysis never reaches is
    never decoded: on a large tree with no entry that is nearly every file. A
    file that cannot be decoded is reported where it is needed (as an entry
    candidate, or when the analysis follows an import into it).
    """

    def __init__(self) -> None:
        self.raw: dict[str, tuple[SourceFile, bytes]] = {}
        self.decoded: dict[str, SourceText | FileError] = {}
        # The modules whose text holds `wakecheck:`, once something searched them all (else None).
        self.marked: set[str] | None = None

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

    def packages(self) -> set[str]:
        """The modules that are packages (their file is an `__init__.py`)."""
        return {module for module, (source, _) in self.raw.items() if os.path.basename(source.file) == "__init__.py"}

    def sources(self) -> dict[str, str]:
        """Display path → text of the files decoded, and of every file with a `wakecheck:` comment."""
        out: dict[str, str] = {}
        for module, (source, data) in self.raw.items():
            if module in self.decoded or (b"wakecheck:" in data if self.marked is None else module in self.marked):
                text = self.text(module)
                if isinstance(text, SourceText):
                    out[source.display] = text.text
        return out


@dataclass(frozen=True, slots=True)
class Read:
    """The files discovered, read: their texts, the files that could not be read, modules named twice."""

    texts: Texts
    errors: tuple[FileError, ...]
    shadowed: tuple[str, ...]  # one warning per file analysed in another's place


def read_files(files: Sequence[SourceFile], overrides: Mapping[str, bytes] | None = None) -> Read:
    """Every file's bytes (`overrides`, by file path, replace some: an editor's buffer)."""
    texts = Texts()
    errors: list[FileError] = []
    shadowed: list[str] = []
    for source in files:
        if source.module in texts.raw:
            # Two files named as one module (two roots): the first in path order is that module.
            first = texts.raw[source.module][0].display
            shadowed.append(f"{source.display} is module `{source.module}` like {first}, "
                            "which is analysed in its place")
            continue
        data = (overrides or {}).get(source.file)
        if data is None:
            try:
                data = read_bytes(source.file)
            except OSError as exc:
                errors.append(FileError(source.display, 1, 1, f"cannot read file: {exc.strerror or exc}"))
                continue
        texts.add(source, data)
    return Read(texts, tuple(errors), tuple(shadowed))


def read_bytes(path: str) -> bytes:
    """A file's bytes, through the system calls alone (`open()`'s file objects cost a third more)."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(handle).st_size
        data = os.read(handle, size + 1)
        if len(data) <= size:
            return data
        chunks = [data]  # it grew since, or says no size: read to the end
        while more := os.read(handle, 1 << 20):
            chunks.append(more)
        return b"".join(chunks)
    finally:
        os.close(handle)


@dataclass(frozen=True, slots=True)
class LowerJob:
    """One file to parse and lower, in this process or a worker."""

    source: SourceText
    module: str
    is_package: bool
    contain_bugs: bool

    def run(self) -> ir.ModuleIR | FileError:
        return lower_source(self.source, self.module, self.is_package, self.contain_bugs)


class Lowering:
    """Modules → lowered modules: from the cache, from worker processes (`preload`), or parsed here.

    `keep`: keep what was loaded for the next index to ask (units share them).
    """

    def __init__(self, texts: Texts, packages: set[str], cache: Cache | None, contain_bugs: bool, *,
                 keep: bool = False) -> None:
        self.texts = texts
        self.packages = packages
        self.cache = cache
        self.contain_bugs = contain_bugs
        self.preloaded: dict[str, ir.ModuleIR | FileError] = {}
        self.parsed = 0
        self.keys: dict[str, str] = {}  # module → its cache key, for modules asked for through the cache
        self.from_cache: set[str] = set()  # modules whose lowered form was read from the cache
        self.fresh: set[str] = set()  # modules parsed and lowered here
        self.kept: dict[str, ir.ModuleIR | FileError] | None = {} if keep else None

    def load(self, module: str) -> ir.ModuleIR | FileError:
        if self.kept is not None:
            found = self.kept.get(module)
            if found is None:
                with collector.paused():  # lowering and unpickling make no cycles
                    found = self.kept[module] = self._load(module)
            return found
        return self._load(module)

    def _load(self, module: str) -> ir.ModuleIR | FileError:
        workers.stop_point()
        if module in self.preloaded:
            return self.preloaded.pop(module)
        key, cached = self._cached(module)
        if cached is not None:
            self.from_cache.add(module)
            return cached
        job = self.job(module)
        if isinstance(job, FileError):
            return job
        result = job.run()
        self.parsed += 1
        self.fresh.add(module)
        if key is not None:
            assert self.cache is not None
            self.cache.put(key, result)
        return result

    def job(self, module: str) -> LowerJob | FileError:
        """What lowering `module` takes, or why its text cannot be had."""
        source = self.texts.text(module)
        if isinstance(source, FileError):
            return source
        return LowerJob(source, module, module in self.packages, self.contain_bugs)

    def _cached(self, module: str) -> tuple[str | None, ir.ModuleIR | FileError | None]:
        key = self.key_of(module)
        if key is None:
            return None, None
        assert self.cache is not None
        return key, self.cache.get_lowered(key)

    def key_of(self, module: str) -> str | None:
        """The module's cache key as its file reads now (None without a cache, or for an undecodable file)."""
        found = self.keys.get(module)
        if found is None:
            source = self.texts.text(module)
            if self.cache is None or isinstance(source, FileError):
                return None
            found = self.keys[module] = self.cache.key(source.text, module, module in self.packages, source.path)
        return found

    def preload(self, wave: list[str], index: ProjectIndex, jobs: int) -> None:
        """Lower the entries' modules and their import closure in `jobs` processes, wave by wave.

        This parses every module the entries import, even ones the analysis would not
        follow: the price of doing it on several cores. Results are merged by module name,
        so the analysis is the same as in-process.
        """
        seen = set(wave)
        with workers.workers(jobs, _no_setup) as pool:
            while wave:
                todo: list[tuple[str, str | None]] = []
                work: list[LowerJob] = []
                for module in wave:
                    job = self.job(module)
                    key, cached = self._cached(module)
                    if isinstance(job, FileError):
                        self.preloaded[module] = job
                    elif cached is not None:
                        self.preloaded[module] = cached
                    else:
                        todo.append((module, key))
                        work.append(job)
                with workers.signals_held():  # the first map forks the workers
                    results = workers.batched(pool, lower_batch, work, jobs)
                for (module, key), result in zip(todo, results):
                    self.preloaded[module] = result
                    self.parsed += 1
                    if key is not None and self.cache is not None:
                        self.cache.put(key, result)
                following: set[str] = set()
                for module in wave:
                    following |= imports_of(self.preloaded.get(module), index)
                wave = sorted(following - seen)
                seen |= following


def _no_setup() -> None:
    pass


def lower_batch(jobs: list[LowerJob]) -> list[ir.ModuleIR | FileError]:
    """Lower a batch of files in a worker, beneath one roomy frame and with node checks switched once."""

    def lower_all() -> list[ir.ModuleIR | FileError]:
        out = []
        for job in jobs:
            workers.stop_point()
            out.append(job.run())
        return out

    with parsing_batch(), collector.paused():
        return roomy(lower_all)


def imports_of(module: ir.ModuleIR | FileError | None, index: ProjectIndex) -> set[str]:
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
