"""Turns command-line paths and exclude patterns into the sorted list of source files to analyse."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wakecheck.errors import UsageError
from wakecheck.model import FileError

# Directories never walked into (unless given explicitly on the command line):
# tool caches, virtualenvs, build output. Hidden directories are skipped too.
SKIPPED_DIRS = frozenset({
    "__pycache__", "__pypackages__", "node_modules", "venv", "build", "dist", "site-packages",
})


@dataclass(frozen=True, slots=True)
class SourceFile:
    file: str
    """Absolute, normalised, symlinks not resolved."""
    display: str
    """Relative to the current directory, with '/', as users see it."""
    module: str
    """Dotted module name (see `module_name`)."""

    @property
    def path(self) -> Path:
        return Path(self.file)


@dataclass(frozen=True, slots=True)
class Discovery:
    files: tuple[SourceFile, ...]
    """Sorted by display path, each file once."""
    errors: tuple[FileError, ...]
    """Directories that could not be read; sorted."""


def display_path(path: Path, cwd: Path) -> str:
    """`path` relative to `cwd` with '/' (`../x.py` above it), absolute if there is no relative form."""
    try:
        rel = os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return path.as_posix()
    return Path(rel).as_posix()


def _absolute(path: str | Path, cwd: Path) -> Path:
    """`path` made absolute against `cwd` and normalised lexically (no symlink resolution)."""
    return Path(os.path.normpath(cwd / path))


@dataclass(frozen=True, slots=True)
class _Exclude:
    """One `exclude` pattern, gitignore-like.

    A pattern with no '/' except a trailing one (`tests/`, `*_pb2.py`) matches
    an entry's name at any depth below the root. Any other pattern
    (`src/gen/`, `/scripts`) is matched against the whole root-relative path;
    a leading '/' or './' is dropped. A trailing '/' makes it match
    directories only. `*` also matches '/'. Because excluded directories are
    not walked, a pattern excludes everything below what it matches.
    """

    regex: re.Pattern[str]
    anchored: bool
    dir_only: bool

    @classmethod
    def parse(cls, pattern: str) -> _Exclude:
        dir_only = pattern.endswith("/")
        body = pattern.rstrip("/")
        if body.startswith("./"):
            body = body[2:]
        anchored = "/" in body
        body = body.lstrip("/")
        return cls(re.compile(fnmatch.translate(body)), anchored, dir_only)

    def matches(self, rel: str | None, name: str, is_dir: bool) -> bool:
        if self.dir_only and not is_dir:
            return False
        if self.anchored:
            # Entries outside the root have no root-relative path.
            return rel is not None and self.regex.match(rel) is not None
        return self.regex.match(name) is not None


# A directory to walk: path, identity, real path, display prefix, parent's package prefix.
_Dir = tuple[str, "tuple[int, int] | None", "str | None", "str | None", "str | None"]


class _Walker:
    """Collects files for one `discover` call; private, mutable while it runs.

    Paths are plain strings while walking: a large tree has thousands of
    files, and per-file `Path` arithmetic, `realpath` and `relpath` would cost
    more than reading them. Each directory's real path, display prefix and
    package prefix are worked out once and extended by name for its entries.
    """

    def __init__(self, exclude: Sequence[str], root: Path, cwd: Path) -> None:
        self.excludes = tuple(_Exclude.parse(p) for p in exclude if p.strip("/ "))
        self.root = str(_absolute(root, cwd))
        self.cwd = cwd
        self.real_cwd = Path(os.path.realpath(cwd))
        self.found: dict[str, SourceFile] = {}  # real path -> file, for dedupe
        self.errors: list[FileError] = []
        self.visited: set[tuple[int, int]] = set()  # (st_dev, st_ino) of walked dirs
        self.linked: list[str] = []  # symlinked dirs, walked after the real tree
        self.packages: dict[Path, str] = {}  # dir -> its dotted package prefix (for `_module_name`)

    def add_file(self, path: str, real: str | None = None, display: str | None = None,
                 module: str | None = None) -> None:
        """Record one file; what the caller already knows about it saves the system calls."""
        display = display if display is not None else display_path(Path(path), self.cwd)
        real = real if real is not None else os.path.realpath(path)
        previous = self.found.get(real)
        # The same file reached twice (given twice, or through a symlink):
        # keep one whatever order they were met in, preferring a path that
        # is not a symlink, then the smallest display path.
        if previous is None or self.rank(display, real) < self.rank(previous.display, real):
            if module is None:
                module = _module_name(Path(path), (), self.packages)
            self.found[real] = SourceFile(path, display, module)

    def rank(self, display: str, real: str) -> tuple[bool, str]:
        """Sort key among displays of one real file: not through a symlink first."""
        # Compared against the real cwd, so a cwd reached through a symlink
        # (macOS's /tmp) does not make every path look linked.
        return (display != display_path(Path(real), self.real_cwd), display)

    def excluded(self, path: str, name: str, is_dir: bool) -> bool:
        if not self.excludes:
            return False
        rel: str | None = None
        if path.startswith(self.root + os.sep) or path == self.root:
            rel = Path(os.path.relpath(path, self.root)).as_posix()
        return any(e.matches(rel, name, is_dir) for e in self.excludes)

    def error(self, path: str, what: str, exc: OSError) -> None:
        # A FileError is located at line 1, column 1: the whole entry is at fault.
        self.errors.append(FileError(display_path(Path(path), self.cwd), 1, 1,
                                     f"{what}: {exc.strerror or exc}"))

    def walk(self, top: str) -> None:
        """Walk `top` (given explicitly, so never skipped itself) depth-first, iteratively.

        Directory symlinks are followed, but only once the real tree under
        `top` is done, and no directory is walked twice: a link back up
        (a loop) or into the tree adds nothing, a link out of it adds files.
        """
        # Each directory to walk with its identity (device, inode; None: stat it),
        # real path (None: work it out), display prefix and its parent's package
        # prefix (None: climb to find it). Below a directory walked without a
        # symlink all of these follow from the parent's and the entry's name and
        # inode, which the directory listing gives without a system call per entry.
        # (At a mount point the listing's inode is the one underneath: a link to
        # it walked later is then not known as walked, which costs time only,
        # since files are told apart by real path.)
        stack: list[_Dir] = [(top, None, None, None, None)]
        while stack or self.linked:
            directory, identity, real_dir, shown, parent_package = (
                stack.pop() if stack else (self.linked.pop(0), None, None, None, None))
            try:
                if identity is None:
                    st = os.stat(directory)
                    identity = (st.st_dev, st.st_ino)
                if identity in self.visited:
                    continue  # a symlink loop, or a second way into a walked dir
                self.visited.add(identity)
                with os.scandir(directory) as it:
                    entries = list(it)  # files in any order: they are sorted once, at the end
            except OSError as exc:
                self.error(directory, "cannot read directory", exc)
                continue
            if real_dir is None:
                real_dir = os.path.realpath(directory)
            if shown is None:
                shown = display_path(Path(directory), self.cwd)
            prefix = "" if shown == "." else shown + "/"
            real_base = real_dir if real_dir.endswith(os.sep) else real_dir + os.sep
            if parent_package is None:
                package = _package_prefix(Path(directory), (), self.packages)
            else:
                is_package = any(e.name == "__init__.py" and e.is_file() for e in entries)
                name = os.path.basename(directory)
                package = "" if not is_package else f"{parent_package}.{name}" if parent_package else name
            subdirs: list[_Dir] = []
            linked: list[str] = []
            base = directory if directory.endswith(os.sep) else directory + os.sep
            device = identity[0]
            for entry in entries:
                name = entry.name
                try:
                    if name.endswith(".py"):
                        if not entry.is_file():  # broken symlinks are neither file nor directory
                            if entry.is_dir():  # a directory named `x.py` is walked too
                                self.subdir(entry, base, real_base, prefix, package, device, subdirs, linked)
                            continue
                        path = base + name
                        if self.excludes and self.excluded(path, name, False):
                            continue
                        real = os.path.realpath(path) if entry.is_symlink() else real_base + name
                        stem = name[:-3]
                        module = (package or stem) if stem == "__init__" else (
                            f"{package}.{stem}" if package else stem)
                        self.add_file(path, real, prefix + name, module)
                    elif entry.is_dir():  # follows symlinks
                        self.subdir(entry, base, real_base, prefix, package, device, subdirs, linked)
                except OSError as exc:  # e.g. no permission to stat a symlink's target
                    self.error(base + name, "cannot read", exc)
            # Subdirectories (and, later, linked ones) are walked in name order:
            # which way into a directory reached twice counts must not depend on
            # the order the file system lists them. Reversed for popping.
            subdirs.sort(reverse=True)
            stack.extend(subdirs)
            self.linked.extend(sorted(linked))


    def subdir(self, entry: os.DirEntry[str], base: str, real_base: str, prefix: str, package: str,
               device: int, subdirs: list[_Dir], linked: list[str]) -> None:
        """Queue a directory entry to walk, unless it is skipped or excluded."""
        name = entry.name
        path = base + name
        if _skipped_dir(name) or self.excluded(path, name, True):
            return
        if entry.is_symlink():
            linked.append(path)
        else:
            # Above the current directory, a step down may lead back towards it (`..` then
            # `src` is `.` from inside src/): the display is worked out, not extended.
            shown = None if prefix.startswith("../") else prefix + name
            subdirs.append((path, (device, entry.inode()), real_base + name, shown, package))


def _skipped_dir(name: str) -> bool:
    return name.startswith(".") or name in SKIPPED_DIRS


def discover(paths: Sequence[str], exclude: Sequence[str], root: Path,
             cwd: Path | None = None) -> Discovery:
    """Find the `.py` files under `paths` (default "."), honouring `exclude` patterns relative to `root`.

    A path given explicitly is always used, even when it is hidden, a
    skipped directory, excluded, or a file without a `.py` suffix; exclusion
    and skipping apply to what is found by walking below it. A missing path
    raises UsageError.
    """
    cwd = Path.cwd() if cwd is None else cwd
    walker = _Walker(exclude, root, cwd)
    for given in paths or (".",):
        path = _absolute(given, cwd)
        if path.is_dir():
            walker.walk(str(path))
        elif path.is_file():
            walker.add_file(str(path))
        elif path.exists():
            raise UsageError("not a file or directory", path=given)
        else:
            raise UsageError("no such file or directory", path=given)
    files = tuple(sorted(walker.found.values(), key=lambda f: f.display))
    errors = tuple(sorted(walker.errors, key=FileError.sort_key))
    return Discovery(files, errors)


def module_name(path: Path, search_roots: Sequence[Path] = ()) -> str:
    """The dotted module name of the `.py` file at `path`.

    Climb from the file's directory while it holds an `__init__.py`; the name
    is the dotted path from the first ancestor that does not (so
    `fixtures/towndo/gastown/town_do.py` with `gastown/__init__.py` is
    `gastown.town_do`, `pkg/__init__.py` is `pkg`, a loose `tick.py` is
    `tick`, and a `src/` layout needs nothing special). A directory in
    `search_roots` also stops the climb, like an entry of `sys.path`: its
    name is never part of a module name, even if it holds `__init__.py`.
    Relative paths are taken against the current directory.
    """
    cwd = Path.cwd()
    roots = tuple(_absolute(r, cwd) for r in search_roots)
    return _module_name(_absolute(path, cwd), roots, {})


def _module_name(path: Path, search_roots: Sequence[Path], packages: dict[Path, str]) -> str:
    prefix = _package_prefix(path.parent, search_roots, packages)
    stem = path.name.removesuffix(".py")
    if stem == "__init__":
        # A package's own module; a stray `__init__.py` at a boundary keeps its name.
        return prefix or stem
    return f"{prefix}.{stem}" if prefix else stem


def _package_prefix(directory: Path, search_roots: Sequence[Path],
                    packages: dict[Path, str]) -> str:
    """Dotted package name of `directory` ('' when it is not a package), memoised in `packages`."""
    # Climb iteratively, then fill the memo on the way back down.
    chain: list[Path] = []
    current = directory
    prefix = ""
    while True:
        if current in packages:
            prefix = packages[current]
            break
        if (current in search_roots or current.parent == current
                or not (current / "__init__.py").is_file()):
            packages[current] = ""
            break
        chain.append(current)
        current = current.parent
    for package_dir in reversed(chain):
        prefix = f"{prefix}.{package_dir.name}" if prefix else package_dir.name
        packages[package_dir] = prefix
    return prefix
