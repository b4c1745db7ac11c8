"""bench/run.py's rounds: the runs that scenarios 3 and 4 judge their targets by, on real processes."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def bench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    spec = importlib.util.spec_from_file_location("wakecheck_bench_run", REPO / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "LOGS", tmp_path / "logs")
    return module


def _bench(module, timeout: float = 60.0):
    b = module.Bench(argparse.Namespace(timeout=timeout, repeat=1))
    b.say = lambda text: None
    return b


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_each_timed_step_gets_one_sample_per_round_and_the_extra_round_samples_memory(bench, tmp_path: Path):
    log = tmp_path / "order.txt"
    write = "import sys; open(sys.argv[1], 'a').write(sys.argv[2] + '\\n')"
    calls: list[str] = []
    steps = [
        bench.Step("cold", [*_python(write), str(log), "cold"], tmp_path, before=lambda: calls.append("edit")),
        bench.Step("warm", [*_python(write), str(log), "settle"], tmp_path, timed=False),
        bench.Step("warm", [*_python(write), str(log), "warm"], tmp_path),
    ]
    runs = _bench(bench).rounds(steps, 2, before_round=lambda: calls.append("round"))
    assert list(runs) == ["cold", "warm"]
    cold, warm = runs.values()
    assert cold.ok and warm.ok
    assert len(cold.samples) == len(warm.samples) == 2  # the settling runs are not samples
    assert log.read_text().split() == ["cold", "settle", "warm"] * 3  # two rounds, then the extra one
    assert calls == ["round", "edit", "round", "edit", "round", "edit"]
    assert cold.memory is not None and cold.all_peak_kib is not None  # from the round not measured
    assert len(bench._round_ratios(warm, cold)) == 2


def test_a_failed_required_step_stops_the_rounds_and_the_rest_say_why(bench, tmp_path: Path):
    steps = [
        bench.Step("cold", _python("raise SystemExit(3)"), tmp_path, required=True),
        bench.Step("warm", _python("pass"), tmp_path),
    ]
    runs = _bench(bench).rounds(steps, 3)
    cold, warm = runs.values()
    assert not cold.ok and cold.status.startswith("error: exit 3")
    assert not warm.ok and warm.status == f"not run: cold {cold.status}"
    assert warm.samples == []
    assert bench._round_ratios(warm, cold) == []


def test_a_failed_step_drops_out_and_the_others_keep_every_round(bench, tmp_path: Path):
    steps = [
        bench.Step("parse", _python("pass"), tmp_path),
        bench.Step("slow", _python("import time; time.sleep(5)"), tmp_path),
        bench.Step("fixit", _python("pass"), tmp_path),
    ]
    runs = _bench(bench, timeout=0.5).rounds(steps, 2)
    parse, slow, fixit = runs.values()
    assert parse.ok and fixit.ok and len(parse.samples) == len(fixit.samples) == 2
    assert slow.status.startswith("timeout") and slow.timed_out == 0.5
    assert len(slow.samples) == 1  # it did not run again
    value, bound = bench._bounded_ratio(slow, parse)
    assert bound and value == pytest.approx(0.5 / parse.wall)
