"""The cache and parallel parsing, through the real command: same answers, fewer parses, nothing trusted."""

from __future__ import annotations

import io
import os
import pickle
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.forked_cli import ForkedCli
from wakecheck import _speedups
from wakecheck._speedups.frozen import pickled_by_fields
from wakecheck.model import Span

# Each run is a process of its own, forked from one that imported wakecheck once
# (tests/forked_cli.py). Runs that must start together start `python -m wakecheck`
# themselves, and so does the first run of each comparison (`started`): the runs of one
# server share its hash seed, and an answer that hung on it would differ between them.
CLI = ForkedCli()


@pytest.fixture(scope="module", autouse=True)
def _forked_cli() -> Iterator[None]:
    yield
    CLI.close()


def wakecheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return CLI.run(list(args), cwd, timeout=300)


def started(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def summary(result: subprocess.CompletedProcess[str]) -> str:
    return result.stderr.strip().splitlines()[-1]


def entries(town: Path) -> list[Path]:
    return sorted(p for p in (town / ".wakecheck_cache").rglob("*")
                  if p.is_file() and (len(p.name) == 64 or p.name.startswith("run-")))


def runs(town: Path) -> list[Path]:
    return [p for p in entries(town) if p.name.startswith("run-")]


@pytest.fixture
def fresh(town: Path) -> Path:
    import shutil

    shutil.rmtree(town / ".wakecheck_cache", ignore_errors=True)
    return town


def test_second_run_parses_nothing_and_says_the_same(fresh: Path) -> None:
    cold = started("check", "-v", ".", cwd=fresh)
    warm = wakecheck("check", "-v", ".", cwd=fresh)
    assert cold.returncode == warm.returncode == 1
    assert cold.stdout == warm.stdout
    # The check reads 20 of the fixture's 21 modules: those idle paths reach, and those where
    # code that stores long-lived state the loop reads may be.
    assert summary(cold).endswith("20 file(s) parsed, 0 from the cache")
    assert summary(warm).endswith("0 file(s) parsed, 20 from the cache")
    top = fresh / ".wakecheck_cache"
    assert (top / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (top / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"


def test_an_edited_file_is_parsed_again(fresh: Path) -> None:
    wakecheck("check", ".", cwd=fresh)
    town_do = fresh / "gastown" / "town_do.py"
    town_do.write_text(town_do.read_text(encoding="utf-8").replace(
        "        TOKEN_REFRESH_INTERVAL_MS = 60 * 60_000\n",
        "        if not self.has_active_work():\n            return\n        TOKEN_REFRESH_INTERVAL_MS = 60 * 60_000\n"),
        encoding="utf-8")
    result = wakecheck("check", "-v", ".", cwd=fresh)
    assert result.returncode == 0 and result.stdout == ""
    # Only the edited file is parsed again; the others come from the cache.
    assert summary(result).endswith("1 file(s) parsed, 19 from the cache")


def test_an_unchanged_tree_reuses_the_whole_check(fresh: Path) -> None:
    cold = started("check", "--format", "json", ".", cwd=fresh)
    assert len(runs(fresh)) == 1
    warm = wakecheck("check", "--format", "json", ".", cwd=fresh)
    assert warm.stdout == cold.stdout and warm.returncode == 1
    # A selection is applied to the stored findings, as to fresh ones.
    assert wakecheck("check", "--select", "WC003", ".", cwd=fresh).stdout == ""
    # The configuration is part of the key: with the token calls quiet, nothing is found.
    pyproject = fresh / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace(
        'quiet-methods = [', 'quiet-methods = ["set_env_var", "fetch", '), encoding="utf-8")
    changed = wakecheck("check", ".", cwd=fresh)
    assert changed.returncode == 0 and changed.stdout == ""
    assert len(runs(fresh)) == 2


def test_a_check_of_changed_files_replaces_the_stored_one(fresh: Path) -> None:
    # Stored checks sit in one slot per configuration and invocation: they do not pile up
    # commit after commit.
    wakecheck("check", ".", cwd=fresh)
    [slot] = runs(fresh)
    town_do = fresh / "gastown" / "town_do.py"
    town_do.write_text(town_do.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    edited = wakecheck("check", "-v", ".", cwd=fresh)
    assert runs(fresh) == [slot]
    again = wakecheck("check", "-v", ".", cwd=fresh)
    assert again.stdout == edited.stdout and again.returncode == edited.returncode == 1
    assert summary(again).endswith("0 file(s) parsed, 20 from the cache")
    # Another invocation has its own slot, and leaves this one's entry alone.
    stored = slot.read_bytes()
    wakecheck("check", "gastown", cwd=fresh)
    assert len(runs(fresh)) == 2 and slot.read_bytes() == stored


def test_a_stored_check_of_the_wrong_shape_is_recomputed(fresh: Path) -> None:
    expected = started("check", ".", cwd=fresh).stdout
    [stored] = runs(fresh)
    stored.write_bytes(pickle.dumps(({"WC001": ["not a finding"]}, [], [], 1)))
    again = wakecheck("check", "-v", ".", cwd=fresh)
    assert again.stdout == expected and summary(again).endswith("0 file(s) parsed, 20 from the cache")


def test_no_cache_neither_reads_nor_writes(fresh: Path) -> None:
    result = wakecheck("check", "-v", "--no-cache", ".", cwd=fresh)
    assert result.returncode == 1
    assert not (fresh / ".wakecheck_cache").exists()


def test_corrupt_and_hostile_entries_are_discarded(fresh: Path, tmp_path: Path) -> None:
    expected = started("check", ".", cwd=fresh).stdout
    found = entries(fresh)
    assert found
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    for number, entry in enumerate(found):
        entry.write_bytes(pickle.dumps(Evil()) if number % 2 else b"\x80\x05not a pickle")
    result = wakecheck("check", "-v", ".", cwd=fresh)
    assert result.stdout == expected
    assert not marker.exists(), "a cache entry was executed"
    assert summary(result).endswith("20 file(s) parsed, 0 from the cache")
    again = wakecheck("check", "-v", ".", cwd=fresh)
    assert summary(again).endswith("0 file(s) parsed, 20 from the cache")


def test_concurrent_runs_agree(fresh: Path) -> None:
    runs = [subprocess.Popen([sys.executable, "-m", "wakecheck", "check", "."], cwd=fresh,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [1, 1, 1]
    assert len({out for out, _ in outputs}) == 1
    assert not list((fresh / ".wakecheck_cache").rglob("*.tmp"))


def test_a_cache_that_cannot_be_written_is_not_used(fresh: Path) -> None:
    expected = started("check", "--no-cache", ".", cwd=fresh)
    (fresh / ".wakecheck_cache").write_text("not a directory\n")  # every write into it fails
    result = wakecheck("check", ".", cwd=fresh)
    assert (result.returncode, result.stdout) == (expected.returncode, expected.stdout) == (1, expected.stdout)
    assert "Traceback" not in result.stderr
    assert (fresh / ".wakecheck_cache").read_text() == "not a directory\n"


def test_jobs_give_the_same_answers(fresh: Path) -> None:
    one = started("check", "--no-cache", "--jobs", "1", "--format", "json", ".", cwd=fresh)
    two = wakecheck("check", "--no-cache", "--jobs", "2", "--format", "json", ".", cwd=fresh)
    assert one.returncode == two.returncode == 1 and one.stdout == two.stdout
    audit_one = started("audit", "--no-cache", "--jobs", "1", ".", cwd=fresh)
    audit_two = wakecheck("audit", "--no-cache", "--jobs", "2", ".", cwd=fresh)
    assert audit_one.stdout == audit_two.stdout
    assert wakecheck("check", "--jobs", "0", ".", cwd=fresh).returncode == 2


def test_many_entries_are_parsed_in_parallel_by_default(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent("""\
        [tool.wakecheck]
        entry = ["*.alarm"]
        container-factories = ["*.stub"]
        """), encoding="utf-8")
    package = tmp_path / "many"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "box.py").write_text("def stub(): ...\n", encoding="utf-8")
    for number in range(210):
        wakes = "await stub().fetch('/x')" if number % 50 == 0 else "pass"
        (package / f"m{number:03}.py").write_text(
            f"from .box import stub\n\nclass L{number}:\n    async def alarm(self):\n        {wakes}\n",
            encoding="utf-8")
    auto = wakecheck("check", "-v", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    serial = started("check", "--no-cache", "--jobs", "1", "--format", "json", ".", cwd=tmp_path)
    assert auto.returncode == serial.returncode == 1
    assert auto.stdout == serial.stdout and auto.stdout.count('"WC001"') == 5
    assert summary(auto).endswith("211 file(s) parsed, 0 from the cache; 0 of 3 units' findings from the cache")
    # The processes share lowered files through a scratch directory (in /dev/shm, or where
    # TMPDIR says), removed afterwards. (Only TMPDIR's can be watched: another run may be
    # using /dev/shm meanwhile.)
    scratch = tmp_path.parent / f"{tmp_path.name}-scratch"
    scratch.mkdir()
    named = subprocess.run([sys.executable, "-m", "wakecheck", "check", "--no-cache", "--jobs", "2", "--format",
                            "json", "."], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                           env={**os.environ, "TMPDIR": str(scratch)})
    assert (named.returncode, named.stdout) == (1, serial.stdout)
    assert list(scratch.iterdir()) == []


def test_a_check_without_a_cache_shares_lowered_files_in_memory_unless_tmpdir_says(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from wakecheck import units
    from wakecheck.loading import Texts

    texts = Texts()
    monkeypatch.delenv("TMPDIR", raising=False)
    expected = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    assert units._scratch_root(texts) == expected
    monkeypatch.setenv("TMPDIR", "/somewhere/else")
    assert units._scratch_root(texts) is None


def _lowered(town: Path) -> set[str]:
    return {p.name for p in entries(town) if not p.name.startswith("run-")}


def _age(paths: list[Path], days: float) -> None:
    then = time.time() - days * 86400
    for path in paths:
        os.utime(path, (then, then))


GUARD = ("        TOKEN_REFRESH_INTERVAL_MS = 60 * 60_000\n",
         "        if not self.has_active_work():\n            return\n"
         "        TOKEN_REFRESH_INTERVAL_MS = 60 * 60_000\n")


def test_week_old_entries_no_file_has_are_pruned_once_a_day(fresh: Path) -> None:
    town_do = fresh / "gastown" / "town_do.py"
    original = town_do.read_text(encoding="utf-8")
    wakecheck("check", ".", cwd=fresh)
    first = _lowered(fresh)
    assert len(first) == 20
    # An edit leaves a lowered form of town_do.py that no file has any more.
    town_do.write_text(original + "# one\n", encoding="utf-8")
    wakecheck("check", ".", cwd=fresh)
    one = _lowered(fresh) - first
    assert len(one) == 1
    # A month on (the last pruning too), the token refresh guarded: the next check prunes.
    # Every entry a file still has stays, however old; the forms of the original and the
    # first edit go.
    _age([p for p in (fresh / ".wakecheck_cache").rglob("*") if p.is_file()], 30)
    town_do.write_text(original.replace(*GUARD), encoding="utf-8")
    pruned = wakecheck("check", "-v", ".", cwd=fresh)
    assert pruned.returncode == 0 and summary(pruned).endswith("1 file(s) parsed, 19 from the cache")
    guarded = _lowered(fresh) - first - one
    original_form = first - _lowered(fresh)
    assert len(guarded) == len(original_form) == 1
    assert _lowered(fresh) == (first - original_form) | guarded
    assert len(runs(fresh)) == 1
    # Pruning waits a day: the guarded form, now old and unused, stays for now.
    town_do.write_text(original, encoding="utf-8")
    _age([p for p in entries(fresh) if p.name in guarded], 30)
    later = wakecheck("check", "-v", ".", cwd=fresh)
    assert summary(later).endswith("1 file(s) parsed, 19 from the cache")
    assert guarded <= _lowered(fresh)


@dataclass(frozen=True, slots=True)
class _Wider(Span):  # a subclass with a field of its own, not decorated
    extra: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class _WiderDecorated(Span):
    extra: int


def test_ir_values_pickle_by_their_fields_and_an_undecorated_subclass_is_refused(speedups_on: None) -> None:
    from wakecheck.analysis import cfg as ir

    # No field, one field, several: each comes back equal, through the class's own reduce.
    for value in (ir.Unreachable(), ir.Goto(3), Span(1, 2, 3, 4), ir.Name("x", ir.Scope.GLOBAL)):
        assert type(value).__reduce__(value)[0] is type(value)
        assert pickle.loads(pickle.dumps(value)) == value
    # Pickled with Span's fields, the subclass would lose its own.
    with pytest.raises(TypeError, match="_Wider derives from Span"):
        pickle.dumps(_Wider(1, 2, 3, 4, 5))
    assert pickle.loads(pickle.dumps(_WiderDecorated(1, 2, 3, 4, 5))) == _WiderDecorated(1, 2, 3, 4, 5)


def test_stored_findings_pickle_by_their_fields(speedups_on: None) -> None:
    # A unit's stored findings are read back on every edit: by their fields, not dataclasses' setstate.
    from wakecheck.cache import _SafeUnpickler
    from wakecheck.model import ChainFrame, Finding, Severity

    frame = ChainFrame("pkg.TownDO.alarm", "pkg/town.py", 12)
    finding = Finding("WC001", Severity.ERROR, "pkg/town.py", Span(3, 4, 3, 9), "wakes", "pkg.TownDO.alarm",
                      "fetch", (frame,))
    for value in (frame, finding):
        assert type(value).__reduce__(value)[0] is type(value)
        assert _SafeUnpickler(io.BytesIO(pickle.dumps(value))).load() == value
    # Pickled by dataclasses' own way (without the speed-ups), they load the same.
    _speedups.disown()
    for value in (frame, finding):
        assert _SafeUnpickler(io.BytesIO(pickle.dumps(value))).load() == value


def test_nothing_but_value_types_comes_out_of_a_cache_entry() -> None:
    # Our modules hold functions and classes with behaviour too: none of them is admitted.
    from wakecheck.cache import _SafeUnpickler

    for module, name in (("wakecheck.parts", "value_digest"), ("wakecheck.parts", "Parts"),
                         ("wakecheck.model", "describe_bug"), ("wakecheck.stored", "dataclass")):
        with pytest.raises(pickle.UnpicklingError):
            _SafeUnpickler(io.BytesIO(b"")).find_class(module, name)


def test_a_scratch_cache_keeps_no_digests(tmp_path: Path) -> None:
    # The directory the processes of a --no-cache check share: entries are written and read
    # back as in the cache, but nobody stamps them, so no digest is computed.
    from wakecheck.cache import Cache

    scratch, kept = Cache(tmp_path / "scratch", exact=True, digests=False), Cache(tmp_path / "kept", exact=True)
    for cache in (scratch, kept):
        cache.put("0" * 64, Span(1, 2, 3, 4))
        assert cache.get("0" * 64, Span) == Span(1, 2, 3, 4)
    assert scratch.digests == {} and list(kept.digests) == ["0" * 64]
