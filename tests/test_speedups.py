"""The speed-ups are on only where wakecheck owns the process, only on tested versions, and change no result."""

from __future__ import annotations

import gc
import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path

import libcst as cst
import pytest

from wakecheck import _speedups

REPO = Path(__file__).resolve().parents[1]
TOWNDO = REPO / "fixtures" / "towndo"


def _process_state() -> dict[str, object]:
    """What a library caller would notice changed in its process: the collector, the recursion limit, LibCST."""
    import libcst._nodes.base as base

    from wakecheck.model import Span

    return {
        "collector": (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count()),
        "recursion limit": sys.getrecursionlimit(),
        "libcst names": {name: id(value) for name, value in vars(cst).items() if isinstance(value, type)},
        "node inits": {cls.__name__: id(cls.__dict__.get("__init__")) for cls in _node_classes()},
        "node checks": id(base.CSTNode.__dict__["__post_init__"]),
        "our inits": id(Span.__init__),
        "our pickling": "__reduce__" in Span.__dict__,
        "owned": _speedups.owned(),
    }


def _node_classes() -> list[type]:
    from wakecheck.analysis.positions import kinds_of

    return sorted(kinds_of(cst.CSTNode), key=lambda cls: cls.__qualname__)


def _flake8_in_a_worker(path: str) -> tuple[dict[str, object], list[str], dict[str, object]]:
    from wakecheck.plugins.flake8 import WakecheckChecker

    before = _process_state()
    lines = Path(path).read_text(encoding="utf-8").splitlines(keepends=True)
    found = [message for _, _, message, _ in WakecheckChecker(None, path, lines).run()]  # type: ignore[arg-type]
    return before, found, _process_state()


def test_the_flake8_plugin_in_a_daemonic_worker_leaves_the_process_as_it_found_it() -> None:
    # flake8 -j runs plugins in a pool's daemonic workers; the worker is flake8's, not wakecheck's.
    path = str(TOWNDO / "gastown" / "town_do.py")
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        before, found, after = pool.apply(_flake8_in_a_worker, (path,))
    assert any(message.startswith("WC001 ") for message in found), found
    assert after == before
    assert before["owned"] is False


def test_a_library_call_leaves_the_process_as_it_found_it(tmp_path: Path) -> None:
    from wakecheck.config import load_config
    from wakecheck.engine import RunOptions, run_audit, run_check

    before = _process_state()
    config = load_config([str(TOWNDO)], None, REPO)
    report = run_check([str(TOWNDO)], config, cwd=REPO, options=RunOptions(cache=False))
    assert report.findings
    run_audit([str(TOWNDO)], config, cwd=REPO, options=RunOptions(cache=False))
    assert _process_state() == before


def test_parsing_in_one_thread_changes_nothing_for_another(speedups_on: None) -> None:
    # While one thread parses, another checks what LibCST's names are and makes nodes of
    # its own: every isinstance holds, and a node that breaks LibCST's rules is refused.
    from wakecheck.parsing import SourceText, parse_source

    files = sorted(TOWNDO.rglob("*.py"))
    sources = [SourceText(p.name, p.read_text(encoding="utf-8")) for p in files]
    comma = cst.Comma()
    done = threading.Event()
    checks: list[int] = [0]
    problems: list[str] = []

    def parse() -> None:
        try:
            for _ in range(5):
                for source in sources:
                    parse_source(source)
        finally:
            done.set()

    def check() -> None:
        while not done.is_set():
            try:
                if not isinstance(comma, cst.Comma) or not isinstance(cst.Comma(), cst.Comma):
                    problems.append("isinstance")
                try:
                    cst.Name("x", lpar=[cst.LeftParen()])
                    problems.append("a node made without its checks")
                except cst.CSTValidationError:
                    pass
            except TypeError as exc:
                problems.append(f"TypeError: {exc}")
            checks[0] += 1

    threads = [threading.Thread(target=check), threading.Thread(target=parse)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert checks[0] > 100
    assert problems == []


def test_one_switch_turns_every_trick_off() -> None:
    _speedups.own_process(speedups=False)
    try:
        assert _speedups.owned() and not _speedups.active()
        assert not any(_speedups.on(trick) for trick in _speedups.TRICKS)
    finally:
        _speedups.disown()


def test_a_trick_is_on_only_for_the_versions_it_was_tested_with(monkeypatch: pytest.MonkeyPatch) -> None:
    import wakecheck.versions

    assert _speedups.Trick("t", python=(sys.version_info[:2],)).supported()
    assert not _speedups.Trick("t", python=((3, 99),)).supported()
    monkeypatch.setattr(wakecheck.versions, "libcst_version", lambda: "0.9.1")
    assert not _speedups.Trick("t", python=(sys.version_info[:2],), libcst=("1.9",)).supported()
    monkeypatch.setattr(wakecheck.versions, "libcst_version", lambda: "1.9.7")
    assert _speedups.Trick("t", python=(sys.version_info[:2],), libcst=("1.9",)).supported()


def test_the_libcst_version_is_in_every_cache_key(monkeypatch: pytest.MonkeyPatch) -> None:
    import wakecheck.cache as cache

    keys = []
    for version in ("1.9.0", "1.10.0"):
        monkeypatch.setattr(cache, "libcst_version", lambda version=version: version)
        keys.append((cache.Cache.key("x = 1\n", "m", False, "m.py"), cache.RunKey("config", "").hexdigest()))
    assert keys[0][0] != keys[1][0] and keys[0][1] != keys[1][1]


def test_the_command_line_gives_the_same_reports_with_the_speedups_off(tmp_path: Path) -> None:
    def run(*args: str, speedups: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "WAKECHECK_SPEEDUPS": speedups}
        return subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=REPO, env=env, capture_output=True,
                              text=True, timeout=300)

    for args in (("check", "--no-cache", "--format", "json", "fixtures/towndo"),
                 ("audit", "--no-cache", "fixtures/towndo")):
        on, off = run(*args, speedups="1"), run(*args, speedups="0")
        assert (on.returncode, on.stdout) == (off.returncode, off.stdout), args
