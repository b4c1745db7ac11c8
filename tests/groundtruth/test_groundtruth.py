"""The reference fixture's ground truth, by execution, and the static checker held to it.

The ``static`` tests run the real command line and compare its WC001/WC002
findings with the executed ground truth; deselect them with ``-k "not static"``.
"""

from __future__ import annotations

import ast
import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
from .harness import ExplorationError, Oracle, explore, explore_mode, ground_truth, matches

FIX_VARIANTS = ("recommended_fix", "landed_fix", "lazy_refresh")
ALL_VARIANTS = (None, *FIX_VARIANTS, "instance_throttle")


@functools.lru_cache(maxsize=None)
def _explored(root: Path, mode: str) -> frozenset[tuple[str, int, str]]:
    return explore_mode(root, mode).wakes


def _container_calls(root: Path, rel: str, function: str) -> set[tuple[str, int, str]]:
    """(path, line, method) of every ``container.<method>(...)`` call inside ``function``."""
    tree = ast.parse((root / rel).read_text())
    (node,) = [n for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef) and n.name == function]
    return {
        (rel, call.lineno, call.func.attr)
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "container"
    }


def _calls_of(root: Path, rel: str, function: str, callee: str) -> set[tuple[str, int, str]]:
    """(path, line, callee) of every ``self.<callee>(...)`` call inside ``function``."""
    tree = ast.parse((root / rel).read_text())
    (node,) = [n for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef) and n.name == function]
    return {
        (rel, call.lineno, callee)
        for call in ast.walk(node)
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == callee
    }


def _token_wakes(root: Path) -> set[tuple[str, int, str]]:
    wakes = _container_calls(root, "gastown/container_dispatch.py", "ensure_container_token")
    assert {name for _, _, name in wakes} == {"set_env_var", "fetch"}
    return wakes


# -- the harness on its own -------------------------------------------------------


def test_explore_visits_every_choice_sequence() -> None:
    seen: list[tuple[str, ...]] = []

    def run(oracle: Oracle) -> None:
        first = oracle.choose("first", ("a", "b"))
        second = oracle.choose("second", ("x", "y", "z")) if first == "b" else "-"
        seen.append((first, second))

    assert explore(run) == 4
    assert seen == [("a", "-"), ("b", "x"), ("b", "y"), ("b", "z")]


def test_explore_fails_loudly_at_the_cap() -> None:
    with pytest.raises(ExplorationError, match="more than 8 runs"):
        explore(lambda oracle: [oracle.choose(str(i), (0, 1)) for i in range(4)], max_runs=8)


def test_explore_rejects_a_nondeterministic_run() -> None:
    calls = iter(range(100))

    def run(oracle: Oracle) -> None:
        oracle.choose(f"choice {next(calls)}", (0, 1))

    with pytest.raises(ExplorationError, match="nondeterministic"):
        explore(run)


@pytest.mark.parametrize(
    ("pattern", "name", "expected"),
    [
        ("*.has_active_work", "gastown.scheduling.has_active_work", True),
        ("*.has_active_work", "gastown.town_do.TownDO.has_active_work", True),
        ("has_active_work", "gastown.scheduling.has_active_work", True),
        ("*.TownDO.alarm", "gastown.town_do.TownDO._alarm", False),
        ("gastown.*.reconcile", "gastown.reconciler.reconcile_agents", False),
    ],
)
def test_pattern_semantics(pattern: str, name: str, expected: bool) -> None:
    assert matches(pattern, name) is expected


def test_buggy_idle_wakes_are_the_token_refresh(variant_dir) -> None:
    root = variant_dir(None)
    assert _explored(root, "idle") == _token_wakes(root)


def test_buggy_idle_plus_rare_adds_the_config_sync(variant_dir) -> None:
    root = variant_dir(None)
    sync = _calls_of(
        root, "gastown/town_do.py", "refresh_kilocode_token_if_expiring", "sync_config_to_container"
    )
    assert len(sync) == 1
    assert _explored(root, "idle+rare") == _token_wakes(root) | sync


@pytest.mark.parametrize("variant", FIX_VARIANTS)
def test_fix_variant_leaves_an_idle_container_asleep(variant_dir, variant: str) -> None:
    assert _explored(variant_dir(variant), "idle") == frozenset()


def test_instance_throttle_variant_still_wakes_on_idle(variant_dir) -> None:
    root = variant_dir("instance_throttle")
    assert _explored(root, "idle") == _token_wakes(root)


def test_ground_truth_has_both_modes_and_leaves_no_module_behind(variant_dir) -> None:
    root = variant_dir("recommended_fix")
    truth = ground_truth(root)
    assert set(truth) == {"idle", "idle+rare"}
    assert truth["idle"] <= truth["idle+rare"]
    assert not [name for name in sys.modules if name == "gastown" or name.startswith("gastown.")]
    assert not list(root.rglob("__pycache__"))


# -- the static checker against the ground truth ------------------------------------


def _wakecheck_findings(root: Path) -> dict[str, set[tuple[str, int]]]:
    python_path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    command = ["check", "--format", "json", "--select", "WC001,WC002", str(root)]
    proc = subprocess.run(
        [sys.executable, "-m", "wakecheck", *command],
        cwd=root,
        env={**os.environ, "PYTHONPATH": python_path},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    assert report["errors"] == []
    found: dict[str, set[tuple[str, int]]] = {"WC001": set(), "WC002": set()}
    for finding in report["findings"]:
        found[finding["rule"]].add((finding["path"], finding["line"]))
    return found


@pytest.mark.parametrize("variant", ALL_VARIANTS, ids=lambda v: v or "buggy")
def test_static_findings_match_ground_truth(variant_dir, variant: str | None) -> None:
    root = variant_dir(variant)
    found = _wakecheck_findings(root)
    idle = {(path, line) for path, line, _ in _explored(root, "idle")}
    idle_rare = {(path, line) for path, line, _ in _explored(root, "idle+rare")}
    assert found["WC001"] == idle
    assert found["WC001"] | found["WC002"] == idle_rare
