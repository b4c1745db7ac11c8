"""From command-line paths and excludes to sorted source files with module names."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from wakecheck.discovery import Discovery, discover, module_name
from wakecheck.errors import UsageError
from wakecheck.model import FileError


def make(root: Path, *names: str) -> None:
    """Create empty files (and their directories) under `root`; a trailing '/' makes a directory."""
    for name in names:
        path = root / name
        if name.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()


def shown(found: Discovery) -> list[str]:
    return [f.display for f in found.files]


def run(tmp_path: Path, *paths: str, exclude: tuple[str, ...] = ()) -> Discovery:
    return discover(paths, exclude, root=tmp_path, cwd=tmp_path)


def test_files_sorted_by_display_path(tmp_path: Path) -> None:
    make(tmp_path, "b.py", "a/z.py", "a/b/c.py", "a.py", "notes.txt", "stub.pyi", "a/data.json")
    found = run(tmp_path)
    assert shown(found) == ["a.py", "a/b/c.py", "a/z.py", "b.py"]
    assert found.errors == ()
    assert all(f.path.is_absolute() and f.path.is_file() for f in found.files)


def test_default_path_is_cwd(tmp_path: Path) -> None:
    make(tmp_path, "x.py")
    assert shown(discover([], (), root=tmp_path, cwd=tmp_path)) == ["x.py"]


def test_display_is_relative_to_cwd(tmp_path: Path) -> None:
    make(tmp_path, "app/pkg/m.py", "lib/l.py")
    found = discover(["pkg", "../lib"], (), root=tmp_path, cwd=tmp_path / "app")
    assert shown(found) == ["../lib/l.py", "pkg/m.py"]
    assert found.files[1].path == tmp_path / "app" / "pkg" / "m.py"


def test_hidden_and_tool_directories_are_skipped(tmp_path: Path) -> None:
    make(tmp_path, "keep.py", ".git/hook.py", ".venv/lib/x.py", ".tox/t.py", "__pycache__/c.py",
         "node_modules/n.py", "venv/v.py", "build/b.py", "dist/d.py",
         "lib/site-packages/s.py", "pkg/.hidden/h.py", ".hidden_file.py")
    assert shown(run(tmp_path)) == [".hidden_file.py", "keep.py"]


def test_explicit_paths_are_never_skipped(tmp_path: Path) -> None:
    make(tmp_path, ".hidden/h.py", "build/b.py", "tests/t.py", "tests/deep/d.py", "script")
    found = run(tmp_path, ".hidden", "build", "tests/t.py", "tests/deep", "script",
                exclude=("tests/", "build/"))
    assert shown(found) == [".hidden/h.py", "build/b.py", "script", "tests/deep/d.py", "tests/t.py"]


@pytest.mark.parametrize(("pattern", "excluded"), [
    # No inner '/': a name at any depth. Trailing '/': directories only.
    ("tests/", ["src/pkg/tests/t.py", "tests/top.py"]),
    ("tests", ["src/pkg/tests/t.py", "tests/top.py"]),
    ("tests.py", ["src/pkg/tests.py"]),
    ("tests.py/", []),
    ("*_pb2.py", ["src/pkg/msg_pb2.py"]),
    # An inner or leading '/': the root-relative path.
    ("src/gen/", ["src/gen/g.py"]),
    ("./src/gen", ["src/gen/g.py"]),
    ("/tests/", ["tests/top.py"]),
    ("src/*/tests", ["src/pkg/tests/t.py"]),
    # `*` matches '/' too, as in fnmatch.
    ("src/pkg/*.py", ["src/pkg/m.py", "src/pkg/msg_pb2.py", "src/pkg/tests.py",
                      "src/pkg/tests/t.py"]),
])
def test_exclude_patterns(tmp_path: Path, pattern: str, excluded: list[str]) -> None:
    every = ["src/gen/g.py", "src/pkg/m.py", "src/pkg/msg_pb2.py", "src/pkg/tests.py",
             "src/pkg/tests/t.py", "tests/top.py"]
    make(tmp_path, *every)
    found = run(tmp_path, exclude=(pattern,))
    assert shown(found) == [name for name in every if name not in excluded]


def test_excludes_are_relative_to_root_not_cwd(tmp_path: Path) -> None:
    make(tmp_path, "app/gen/g.py", "app/main.py")
    found = discover(["."], ["app/gen/"], root=tmp_path, cwd=tmp_path / "app")
    assert shown(found) == ["main.py"]


def test_directory_named_like_a_module_is_walked(tmp_path: Path) -> None:
    make(tmp_path, "weird.py/inner.py", "weird.py/readme.txt")
    assert shown(run(tmp_path)) == ["weird.py/inner.py"]


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    make(tmp_path, "a.py")
    with pytest.raises(UsageError) as caught:
        run(tmp_path, "a.py", "missing/thing.py")
    assert caught.value.path == "missing/thing.py"
    assert str(caught.value) == "missing/thing.py: no such file or directory"


def test_files_given_twice_appear_once(tmp_path: Path) -> None:
    make(tmp_path, "pkg/a.py", "pkg/b.py")
    found = run(tmp_path, "pkg/a.py", "pkg", "./pkg/a.py", ".")
    assert shown(found) == ["pkg/a.py", "pkg/b.py"]


@pytest.fixture
def can_symlink(tmp_path: Path) -> Iterator[None]:
    try:
        os.symlink(tmp_path, tmp_path / "probe")
    except (OSError, NotImplementedError):
        pytest.skip("symlinks not available")
    (tmp_path / "probe").unlink()
    yield


@pytest.mark.usefixtures("can_symlink")
def test_symlink_loop_terminates(tmp_path: Path) -> None:
    make(tmp_path, "pkg/a.py", "pkg/sub/b.py")
    os.symlink(tmp_path / "pkg", tmp_path / "pkg" / "sub" / "back")
    os.symlink(tmp_path, tmp_path / "pkg" / "top")
    assert shown(run(tmp_path)) == ["pkg/a.py", "pkg/sub/b.py"]


@pytest.mark.usefixtures("can_symlink")
def test_symlinked_directory_and_file_counted_once(tmp_path: Path) -> None:
    make(tmp_path, "real/r.py", "real/s.py")
    os.symlink(tmp_path / "real", tmp_path / "alias")
    os.symlink(tmp_path / "real" / "s.py", tmp_path / "link.py")
    os.symlink(tmp_path / "nowhere.py", tmp_path / "broken.py")
    # Each real file once, under its own path rather than a link's.
    assert shown(run(tmp_path)) == ["real/r.py", "real/s.py"]
    assert shown(run(tmp_path, "alias", "link.py")) == ["alias/r.py", "alias/s.py"]


@pytest.mark.usefixtures("can_symlink")
def test_symlink_out_of_the_tree_is_followed(tmp_path: Path) -> None:
    make(tmp_path, "outside/o.py", "proj/p.py")
    os.symlink(tmp_path / "outside", tmp_path / "proj" / "ext")
    found = discover(["."], (), root=tmp_path / "proj", cwd=tmp_path / "proj")
    assert shown(found) == ["ext/o.py", "p.py"]


def test_unreadable_directory_is_reported_and_others_still_found(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make(tmp_path, "ok/a.py", "locked/b.py")
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = run(tmp_path)
    assert shown(found) == ["ok/a.py"]
    assert found.errors == (FileError("locked", 1, 1, "cannot read directory: Permission denied"),)


# -- module names --------------------------------------------------------------------


def test_module_names_in_discovery(tmp_path: Path) -> None:
    make(tmp_path,
         "fixtures/towndo/gastown/__init__.py", "fixtures/towndo/gastown/town_do.py",
         "fixtures/towndo/gastown/town/__init__.py", "fixtures/towndo/gastown/town/dispatch.py",
         "fixtures/towndo/gastown/loose/helper.py",
         "src/gastown2/__init__.py", "src/gastown2/core.py",
         "tick.py", "scripts/run.py")
    modules = {f.display: f.module for f in run(tmp_path).files}
    assert modules == {
        "fixtures/towndo/gastown/__init__.py": "gastown",
        "fixtures/towndo/gastown/town_do.py": "gastown.town_do",
        "fixtures/towndo/gastown/town/__init__.py": "gastown.town",
        "fixtures/towndo/gastown/town/dispatch.py": "gastown.town.dispatch",
        "fixtures/towndo/gastown/loose/helper.py": "helper",  # no __init__.py in loose/
        "src/gastown2/__init__.py": "gastown2",
        "src/gastown2/core.py": "gastown2.core",
        "tick.py": "tick",
        "scripts/run.py": "run",
    }


def test_module_name_does_not_depend_on_the_path_given(tmp_path: Path) -> None:
    make(tmp_path, "gastown/__init__.py", "gastown/sub/__init__.py", "gastown/sub/m.py")
    found = discover(["sub/m.py"], (), root=tmp_path, cwd=tmp_path / "gastown")
    assert found.files[0].module == "gastown.sub.m"


def test_module_name_function(tmp_path: Path) -> None:
    make(tmp_path, "outer/__init__.py", "outer/pkg/__init__.py", "outer/pkg/mod.py")
    mod = tmp_path / "outer" / "pkg" / "mod.py"
    assert module_name(mod, ()) == "outer.pkg.mod"
    assert module_name(tmp_path / "outer" / "pkg" / "__init__.py", ()) == "outer.pkg"
    # A search root is like a sys.path entry: never part of the name.
    assert module_name(mod, [tmp_path / "outer"]) == "pkg.mod"
    assert module_name(mod, [tmp_path / "outer" / "pkg"]) == "mod"


def test_two_files_named_as_one_module_the_first_is_analysed_and_a_warning_says_so(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "pyproject.toml").write_text(
        '[tool.wakecheck]\nentry = ["*.alarm"]\ncontainer-factories = ["*.stub"]\n', encoding="utf-8")
    for folder, path in (("a", "/first"), ("b", "/second")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "town.py").write_text(
            f"def stub(): ...\n\n\nclass Town:\n    async def alarm(self):\n        await stub().fetch('{path}')\n",
            encoding="utf-8")
    runs = [subprocess.run([sys.executable, "-m", "wakecheck", "check", "--no-cache", "--jobs", jobs, "."],
                           cwd=tmp_path, capture_output=True, text=True, timeout=120) for jobs in ("1", "2")]
    assert runs[0].stdout == runs[1].stdout and runs[0].stderr == runs[1].stderr
    assert runs[0].returncode == 1
    assert "a/town.py:6:" in runs[0].stdout and "b/town.py" not in runs[0].stdout
    assert runs[0].stderr.splitlines() == [
        "wakecheck: warning: b/town.py is module `town` like a/town.py, which is analysed in its place"]
    # With no entry nothing is analysed, so no file is analysed in another's place.
    (tmp_path / "pyproject.toml").write_text('[tool.wakecheck]\nentry = ["*.no_such_entry"]\n', encoding="utf-8")
    quiet = subprocess.run([sys.executable, "-m", "wakecheck", "check", "--no-cache", "."],
                           cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert quiet.returncode == 0
    assert quiet.stderr.splitlines() == [
        "wakecheck: warning: no function matches the entry patterns (*.no_such_entry); nothing to check"]
