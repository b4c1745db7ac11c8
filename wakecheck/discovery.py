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
    path: Path
    """Absolute, normalised, symlinks not resolved."""
    display: str
    """Relative to the current directory, with '/', as users see it."""
    module: str
    """Dotted module name (see `module_name`)."""


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


class _Walker:
    """Collects files for one `discover` call; private, mutable while it runs."""

    def __init__(self, exclude: Sequence[str], root: Path, cwd: Path) -> None:
        self.excludes = tuple(_Exclude.parse(p) for p in exclude if p.strip("/ "))
        self.root = _absolute(root, cwd)
        self.cwd = cwd
        self.real_cwd = Path(os.path.realpath(cwd))
        self.found: dict[str, SourceFile] = {}  # real path -> file, for dedupe
        self.errors: list[FileError] = []
        self.visited: set[tuple[int, int]] = set()  # (st_dev, st_ino) of walked dirs
        self.linked: list[Path] = []  # symlinked dirs, walked after the real tree
        self.packages: dict[Path, str] = {}  # dir -> its dotted package prefix

    def add_file(self, path: Path) -> None:
        display = display_path(path, self.cwd)
        real = os.path.realpath(path)
        previous = self.found.get(real)
        # The same file reached twice (given twice, or through a symlink):
        # keep one whatever order they were met in, preferring a path that
        # is not a symlink, then the smallest display path.
        if previous is None or self.rank(display, real) < self.rank(previous.display, real):
            module = _module_name(path, (), self.packages)
            self.found[real] = SourceFile(path, display, module)

    def rank(self, display: str, real: str) -> tuple[bool, str]:
        """Sort key among displays of one real file: not through a symlink first."""
        # Compared against the real cwd, so a cwd reached through a symlink
        # (macOS's /tmp) does not make every path look linked.
        return (display != display_path(Path(real), self.real_cwd), display)

    def excluded(self, path: Path, name: str, is_dir: bool) -> bool:
        if not self.excludes:
            return False
        rel: str | None = None
        if path.is_relative_to(self.root):
            rel = path.relative_to(self.root).as_posix()
        return any(e.matches(rel, name, is_dir) for e in self.excludes)

    def error(self, path: Path, what: str, exc: OSError) -> None:
        # A FileError is located at line 1, column 1: the whole entry is at fault.
        self.errors.append(FileError(display_path(path, self.cwd), 1, 1,
                                     f"{what}: {exc.strerror or exc}"))

    def walk(self, top: Path) -> None:
        """Walk `top` (given explicitly, so never skipped itself) depth-first, iteratively.

        Directory symlinks are followed, but only once the real tree under
        `top` is done, and no directory is walked twice: a link back up
        (a loop) or into the tree adds nothing, a link out of it adds files.
        """
        stack = [top]
        while stack or self.linked:
            directory = stack.pop() if stack else self.linked.pop(0)
            try:
                st = directory.stat()
                if (st.st_dev, st.st_ino) in self.visited:
                    continue  # a symlink loop, or a second way into a walked dir
                self.visited.add((st.st_dev, st.st_ino))
                with os.scandir(directory) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                self.error(directory, "cannot read directory", exc)
                continue
            subdirs: list[Path] = []
            for entry in entries:
                try:
                    subdir = self.visit(entry, directory)
                except OSError as exc:  # e.g. no permission to stat a symlink's target
                    self.error(directory / entry.name, "cannot read", exc)
                    continue
                if subdir is not None:
                    subdirs.append(subdir)
            # Reversed so that popping visits subdirectories in name order.
            stack.extend(reversed(subdirs))

    def visit(self, entry: os.DirEntry[str], directory: Path) -> Path | None:
        """Record a file entry; return a directory entry's path if it should be walked."""
        path = directory / entry.name
        if entry.is_dir():  # follows symlinks; a directory named `x.py` is walked too
            if _skipped_dir(entry.name) or self.excluded(path, entry.name, True):
                return None
            if entry.is_symlink():
                self.linked.append(path)
                return None
            return path
        if entry.name.endswith(".py") and entry.is_file():  # broken symlinks are neither
            if not self.excluded(path, entry.name, False):
                self.add_file(path)
        return None


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
            walker.walk(path)
        elif path.is_file():
            walker.add_file(path)
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
