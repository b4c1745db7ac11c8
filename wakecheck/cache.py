"""`.wakecheck_cache/`: each file's lowered form, keyed by what it was computed from, so reruns skip parsing.

It also keeps the findings of whole checks (`runs/`), keyed by every file read, the
configuration and wakecheck's own source: a check over a tree that has not changed
since a check of it reads its files and nothing else. Those entries, and the units'
(`units/`), sit in one slot per configuration and invocation (and unit), holding the
full key they were computed for: a check of an edited tree replaces its slot's entry
instead of adding one, so they do not pile up commit after commit.

An entry is keyed by the file's text, its module name, whether it is a package, the
path it is shown as, the wakecheck, Python and LibCST versions — everything the
lowering reads. The configuration is not part of the key because lowering never reads
it (the idle model is applied later, by the interpreter). Entries are written to a
temporary file and renamed into place, so concurrent runs see whole entries or none.
They are read back with an unpickler that admits only wakecheck's own value types
(frozen dataclasses and enums) and plain builtins: an entry that does not load that way is discarded and recomputed,
never trusted. The directory holds a `CACHEDIR.TAG` and a `.gitignore` of `*`, as
ruff's does.

Once a day a run prunes: an entry that is a week old and that no file of the run has
(an old version of an edited file, a deleted file) or, for stored findings, whose slot
the run did not use, is removed. An entry still in use is never removed, whatever its
age; a removed one is only computed again if it is needed again.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import io
import os
import pickle
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from wakecheck import __version__
from wakecheck.model import FileError
from wakecheck.versions import libcst_version

if TYPE_CHECKING:
    from wakecheck.analysis import cfg as ir

_T = TypeVar("_T")

DIRECTORY = ".wakecheck_cache"
_PRUNED = ".pruned"  # its mtime: when entries were last pruned
_PRUNE_EVERY = 24 * 3600.0  # seconds
_UNUSED_FOR = 7 * 24 * 3600.0  # an entry no current file has, this old, is removed
_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file is a cache directory tag created by wakecheck.\n"
        "# For information about cache directory tags see https://bford.info/cachedir/\n")
# Where the value types of cache entries are defined: lowered modules, findings, stored checks.
_SAFE_MODULES = frozenset({"wakecheck.analysis.cfg", "wakecheck.analysis.reads", "wakecheck.model",
                           "wakecheck.parts", "wakecheck.stored"})
_SAFE_BUILTINS = frozenset({"tuple", "list", "dict", "set", "frozenset", "str", "bytes", "int", "float",
                            "complex", "bool", "object", "Ellipsis", "slice", "getattr"})
_SAFE_COPYREG = frozenset({"__newobj__", "_reconstructor", "__newobj_ex__"})


class _SafeUnpickler(pickle.Unpickler):
    """Only wakecheck's value types (dataclasses and enums), and plain builtins, can come out of a cache entry."""

    def find_class(self, module: str, name: str) -> object:
        if module in _SAFE_MODULES and not name.startswith("_"):
            found = super().find_class(module, name)
            if isinstance(found, type) and (dataclasses.is_dataclass(found) or issubclass(found, enum.Enum)):
                return found
        if module == "builtins" and name in _SAFE_BUILTINS:
            return super().find_class(module, name)
        if module == "copyreg" and name in _SAFE_COPYREG:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")


def _code_digest() -> str:
    """The lowering's own source: a development build whose lowering changed must not reuse entries."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in ("parsing.py", "analysis/cfg.py", "analysis/cfg_builder.py", "analysis/lowering.py",
                 "analysis/module_body.py", "analysis/positions.py", "analysis/scopes.py", "model.py",
                 "_speedups/codegen.py", "_speedups/nodes.py"):
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()[:16]


_CODE = _code_digest()


def _package_digest() -> str:
    """All of wakecheck's own source: a whole run's findings depend on every part of it."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for path in sorted(here.rglob("*.py")):
        try:
            digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
        except OSError:
            digest.update(path.name.encode())
    return digest.hexdigest()[:16]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


class RunKey:
    """What a whole check's findings are computed from: every file read, the configuration, wakecheck itself.

    With `kind="unit"` it keys one unit's findings instead (see engine._analyse_units).
    """

    def __init__(self, config_digest: str, options: str, kind: str = "run") -> None:
        self._kind = kind
        self._digest = hashlib.sha256()
        for part in (__version__, _package_digest(), sys.version, libcst_version(), config_digest, options):
            self.add_text(part)
        # The slot the entry is stored in: the same for every state of the files.
        self._slot = self._digest.copy()

    def add_to_slot(self, part: str) -> None:
        """Part of what tells this entry's slot from others' (a unit's position)."""
        self._slot.update(part.encode("utf-8", "surrogatepass") + b"\0")
        self.add_text(part)

    def add(self, display: str, module: str, data: bytes) -> None:
        self._digest.update(f"{display}\0{module}\0{len(data)}\0".encode("utf-8", "surrogatepass"))
        self._digest.update(data)

    def add_text(self, part: str) -> None:
        self._digest.update(part.encode("utf-8", "surrogatepass") + b"\0")

    def copy(self) -> RunKey:
        twin = RunKey.__new__(RunKey)
        twin._kind, twin._digest, twin._slot = self._kind, self._digest.copy(), self._slot.copy()
        return twin

    def hexdigest(self) -> str:
        return f"{self._kind}-{self._slot.hexdigest()[:32]}.{self._digest.hexdigest()}"


class Cache:
    def __init__(self, root: Path, *, exact: bool = False, digests: bool = True) -> None:
        """The cache under project `root`; `exact`: `root` is the cache's own directory (a worker's view).

        `digests`: keep a digest of every entry read or written (`digests`); a scratch
        directory shared by the processes of one check with --no-cache needs none.
        """
        version = f"v{__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
        self.directory = root if exact else root / DIRECTORY / version
        self.hits = 0
        self.misses = 0
        # Entry key → digest of its stored bytes, for every entry read or written in this
        # run: a unit's stamp of its own files, and what pruning keeps.
        self.digests: dict[str, str] = {}
        self._digesting = digests
        self._ready = False
        self._folders: set[Path] = set()  # entry folders made (or found) by this run
        self._token = os.urandom(4).hex()
        self._written = 0

    @staticmethod
    def key(text: str, module: str, is_package: bool, path: str) -> str:
        """A lowered module's key."""
        digest = hashlib.sha256()
        for part in (__version__, _CODE, sys.version, libcst_version(), module, str(is_package), path):
            digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, key: str, kind: type[_T], *, count: bool = True) -> _T | None:
        """The `kind` stored under `key`, or None; `count`: it is a file's (hits and misses say how many).

        An entry that loads but is no `kind` is not what its key promises: it is discarded.
        """
        value = self._load(key, count)
        if value is None or isinstance(value, kind):
            return value
        self.discard(key, count=count)
        return None

    def get_lowered(self, key: str) -> ir.ModuleIR | FileError | None:
        """A lowered module (or the error lowering it met) stored under `key`, or None."""
        from wakecheck.analysis import cfg as ir

        value = self._load(key, True)
        if value is None or isinstance(value, (ir.ModuleIR, FileError)):
            return value
        self.discard(key)
        return None

    def _load(self, key: str, count: bool) -> object | None:
        entry, slotted = self._path(key)
        try:
            data = entry.read_bytes()
        except OSError:
            self.misses += count
            return None
        try:
            value: object = _SafeUnpickler(io.BytesIO(data)).load()
        except Exception:  # noqa: BLE001 - any failure to load means the entry is discarded
            entry.unlink(missing_ok=True)
            self.misses += count
            return None
        if slotted:
            if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str)):
                entry.unlink(missing_ok=True)  # not what any version of wakecheck writes there
                self.misses += count
                return None
            if value[0] != key:  # the slot holds another state's entry: kept for that state
                self.misses += count
                return None
            value = value[1]
        self.hits += count
        if self._digesting:
            self.digests[key] = _digest(data)
        return value

    def has(self, key: str) -> bool:
        """Whether an entry is stored under `key` (not whether it loads); for files' entries."""
        return self._path(key)[0].exists()

    def discard(self, key: str, *, count: bool = True) -> None:
        """Forget an entry that loaded but is not what its key promises."""
        self._path(key)[0].unlink(missing_ok=True)
        self.hits -= count
        self.misses += count

    def put(self, key: str, value: object) -> None:
        """Store an entry; a cache that cannot be written is simply not used (the run goes on)."""
        if isinstance(value, FileError) and value.is_internal:
            return  # a bug met while lowering: the next run must meet it again, not replay it
        entry, slotted = self._path(key)
        try:
            data = pickle.dumps((key, value) if slotted else value, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, RecursionError):
            return
        if self._digesting:
            self.digests[key] = _digest(data)
        try:
            self._prepare()
            folder = entry.parent
            if folder not in self._folders:
                folder.mkdir(parents=True, exist_ok=True)
                self._folders.add(folder)
            self._write(entry, data)
        except OSError:
            return

    def _write(self, entry: Path, data: bytes) -> None:
        """Write `data` to a temporary file beside `entry`, then rename it into place.

        The temporary name is this writer's own (its process, a random token, a count),
        so no other writer can be using it; `tempfile.mkstemp` would guarantee as much
        but costs more than the write itself, on a cold run's every file.
        """
        self._written += 1
        tmp = f"{entry.parent}{os.sep}.{entry.name}.{os.getpid()}.{self._token}.{self._written}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
            finally:
                os.close(fd)
            os.replace(tmp, entry)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)  # also when interrupted: no stray temporary file
            raise

    def prune_due(self) -> bool:
        """Whether a day has passed since the last pruning (and there is a cache to prune)."""
        try:
            return time.time() - (self.directory / _PRUNED).stat().st_mtime >= _PRUNE_EVERY
        except FileNotFoundError:
            return self.directory.is_dir()
        except OSError:
            return False

    def prune(self, live: set[str]) -> None:
        """Remove week-old entries that are not `live` (files' keys) nor used in this run.

        Stray temporary files of interrupted writes go the same way. What cannot be
        listed or removed is left as it is.
        """
        keep = {self._path(key)[0].name for key in (*live, *self.digests)}
        cutoff = time.time() - _UNUSED_FOR
        try:
            folders = [entry.path for entry in os.scandir(self.directory) if entry.is_dir()]
        except OSError:
            return
        for folder in folders:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                try:
                    if entry.name not in keep and entry.is_file() and entry.stat().st_mtime < cutoff:
                        os.unlink(entry.path)
                except OSError:
                    continue
        try:
            self._prepare()
            (self.directory / _PRUNED).write_bytes(b"")
        except OSError:
            pass

    def _path(self, key: str) -> tuple[Path, bool]:
        """Where `key`'s entry is stored, and whether that is a slot shared by the states of the files."""
        kind, _, rest = key.partition("-")
        if kind in ("run", "unit"):
            return self.directory / f"{kind}s" / f"{kind}-{rest.partition('.')[0]}", True
        return self.directory / key[:2] / key, False

    def _prepare(self) -> None:
        if self._ready:
            return
        top = self.directory.parent
        top.mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", _TAG), (".gitignore", "# Created by wakecheck.\n*\n")):
            marker = top / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")
        self._ready = True
