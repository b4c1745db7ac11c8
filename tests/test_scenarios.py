"""Runs every scenario under tests/scenarios through the real CLI and compares its
findings with the `# expect:` markers written on the scenario's lines."""

from __future__ import annotations

import ast
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tokenize
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import libcst
import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

REPO_ROOT = Path(__file__).resolve().parents[1]
SCENARIOS_DIR = Path(__file__).resolve().parent / "scenarios"

DEFAULT_CONFIG = """\
[tool.wakecheck]
entry = ["alarm"]
container-factories = ["*.get_container"]
active-guards = ["*.has_active_work"]
empty-on-idle = { "*.list_working_agents" = "zero working agents" }
rare = { "*.token_expiring" = "only near token expiry" }
quiet-methods = ["get_state", "stop"]
"""
DEFAULT_SELECT = ("WC001", "WC002")
HEADER_FIRST_LINE = "# [tool.wakecheck]"
# The keys the README documents for [tool.wakecheck]; a scenario using another is a typo.
KNOWN_KEYS = frozenset(
    {
        "entry",
        "container-factories",
        "sinks",
        "active-guards",
        "empty-on-idle",
        "rare",
        "quiet-methods",
        "sleep-after",
        "idle-interval",
        "select",
        "exclude",
        "resources",
        "models",
        "fleet-size",
        "price-per-hour",
        "blocks-on-idle",
    }
)
MIN_SCENARIOS = 70
CLI_TIMEOUT_S = 60

_MARKER = re.compile(r"#\s*expect:(?P<codes>.*)$")
_CODE = re.compile(r"WC\d{3}")
_EVALUATES = re.compile(r"\s*(if|elif|while|for|async for)\b")


@dataclass(frozen=True, slots=True, order=True)
class Expected:
    """One (path, line, rule) triple: a marker in a scenario, or a reported finding."""

    path: str
    line: int
    rule: str


@dataclass(frozen=True, slots=True)
class Scenario:
    """A scenario: one .py file under a topic folder, or a directory with a pyproject.toml."""

    id: str
    source: Path
    is_directory: bool

    def python_files(self) -> dict[str, Path]:
        """Scenario-relative posix path -> file, for every .py file of the scenario."""
        if not self.is_directory:
            return {self.source.name: self.source}
        return {
            p.relative_to(self.source).as_posix(): p
            for p in sorted(self.source.rglob("*.py"))
            if "__pycache__" not in p.parts
        }

    def config_text(self) -> str:
        """The pyproject.toml the scenario runs with."""
        if self.is_directory:
            return (self.source / "pyproject.toml").read_text(encoding="utf-8")
        header = read_header(self.source.read_text(encoding="utf-8"))
        return DEFAULT_CONFIG if header is None else header

    def config(self) -> dict[str, object]:
        table = tomllib.loads(self.config_text()).get("tool", {}).get("wakecheck")
        if not isinstance(table, dict):
            raise ValueError(f"{self.id}: config has no [tool.wakecheck] table")
        return table

    def select(self) -> tuple[str, ...]:
        selected = self.config().get("select")
        return tuple(selected) if isinstance(selected, list) else DEFAULT_SELECT

    def expectations(self) -> frozenset[Expected]:
        found: set[Expected] = set()
        for rel, path in self.python_files().items():
            found |= parse_expectations(path.read_text(encoding="utf-8"), rel)
        return frozenset(found)


def read_header(source: str) -> str | None:
    """The TOML in a leading `# [tool.wakecheck]` comment block, or None without one.

    The block runs from the first line to the first line that is not a comment;
    each line loses its leading `# ` (a bare `#` becomes an empty line).
    """
    lines = source.splitlines()
    if not lines or lines[0].rstrip() != HEADER_FIRST_LINE:
        return None
    toml_lines: list[str] = []
    for line in lines:
        if line.rstrip() == "#":
            toml_lines.append("")
        elif line.startswith("# "):
            toml_lines.append(line[2:])
        else:
            break
    return "\n".join(toml_lines) + "\n"


def parse_expectations(source: str, path: str) -> frozenset[Expected]:
    """Every `# expect: CODE[, CODE...]` comment in `source`, as (path, line, rule).

    Comments are found with the tokenizer, so `# expect:` inside a string is not a marker.
    A marker with no code or a malformed code is an error, so typos cannot hide a case.
    """
    found: set[Expected] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.COMMENT:
            continue
        match = _MARKER.match(token.string)
        if match is None:
            continue
        line = token.start[0]
        codes = [code.strip() for code in match["codes"].split(",")]
        for code in codes:
            if not _CODE.fullmatch(code):
                raise ValueError(f"{path}:{line}: bad code {code!r} in {token.string!r}")
            found.add(Expected(path, line, code))
    return frozenset(found)


def discover_scenarios(root: Path = SCENARIOS_DIR) -> list[Scenario]:
    """Scenarios are the direct children of each topic folder under `root`:
    a `.py` file, or a directory holding a `pyproject.toml`."""
    scenarios: list[Scenario] = []
    for topic in sorted(p for p in root.iterdir() if p.is_dir() and p.name != "__pycache__"):
        for child in sorted(topic.iterdir()):
            scenario_id = child.relative_to(root).as_posix()
            if child.is_file() and child.suffix == ".py":
                scenarios.append(Scenario(scenario_id, child, is_directory=False))
            elif child.is_dir() and (child / "pyproject.toml").is_file():
                scenarios.append(Scenario(scenario_id, child, is_directory=True))
    return scenarios


SCENARIOS = discover_scenarios()


def _copy_scenario(scenario: Scenario, dest: Path) -> Path:
    """A private copy of the scenario in `dest`, with the pyproject.toml it runs with."""
    if scenario.is_directory:
        shutil.copytree(scenario.source, dest, ignore=shutil.ignore_patterns("__pycache__"))
    else:
        dest.mkdir(parents=True)
        shutil.copy2(scenario.source, dest / scenario.source.name)
        (dest / "pyproject.toml").write_text(scenario.config_text(), encoding="utf-8")
    return dest


@dataclass(frozen=True, slots=True)
class CliRun:
    returncode: int
    stdout: str
    stderr: str


def _check_args(select: tuple[str, ...]) -> list[str]:
    return ["check", "--format", "json", "--select", ",".join(select), "."]


def _run_batch(jobs: list[tuple[Path, tuple[str, ...]]], listing: Path) -> list[CliRun]:
    """The real command line on each workdir, all in one Python process (tests/cli_batch.py)."""
    if not jobs:
        return []
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        part for part in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if part
    )
    listing.write_text(json.dumps([{"cwd": str(workdir), "args": _check_args(select)}
                                   for workdir, select in jobs]), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(REPO_ROOT / "tests" / "cli_batch.py"), str(listing)],
        env=env, capture_output=True, text=True, timeout=CLI_TIMEOUT_S * (len(jobs) + 1),
    )
    assert proc.returncode == 0, proc.stderr
    return [CliRun(r["returncode"], r["stdout"], r["stderr"]) for r in json.loads(proc.stdout)]


@pytest.fixture(scope="session")
def cli_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, CliRun]:
    """Runs the CLI once for every scenario selected in this session, in two processes.

    Each scenario is its own project, in its own directory; each process runs the real
    command line on half of them in turn (tests/cli_batch.py), so that a Python start
    and wakecheck's imports are paid twice, not once per scenario.
    """
    wanted = [
        item.callspec.params["scenario"]
        for item in request.session.items
        if getattr(item, "originalname", None) == "test_scenario" and hasattr(item, "callspec")
    ]
    base = tmp_path_factory.mktemp("scenarios")
    jobs = [(_copy_scenario(scenario, base / f"{index:03d}-{scenario.source.stem}"), scenario.select())
            for index, scenario in enumerate(wanted)]
    halves = [(jobs[0::2], base / "jobs0.json"), (jobs[1::2], base / "jobs1.json")]
    with ThreadPoolExecutor(max_workers=2) as pool:
        first, second = pool.map(lambda half: _run_batch(*half), halves)
    return {**dict(zip((s.id for s in wanted[0::2]), first)), **dict(zip((s.id for s in wanted[1::2]), second))}


def _parse_report(scenario: Scenario, run: CliRun) -> dict[str, object]:
    if run.returncode not in (0, 1):
        pytest.fail(
            f"{scenario.id}: wakecheck exited {run.returncode}\nstderr:\n{run.stderr}",
            pytrace=False,
        )
    try:
        return json.loads(run.stdout)
    except json.JSONDecodeError as exc:
        pytest.fail(
            f"{scenario.id}: wakecheck printed no JSON report ({exc})\n"
            f"stdout:\n{run.stdout}\nstderr:\n{run.stderr}",
            pytrace=False,
        )


def _normalise_path(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).as_posix().removeprefix("./")


def _source_line(scenario: Scenario, item: Expected) -> str:
    file = scenario.python_files().get(item.path)
    if file is None:
        return "<not a file of this scenario>"
    lines = file.read_text(encoding="utf-8").splitlines()
    return lines[item.line - 1].strip() if 0 < item.line <= len(lines) else "<no such line>"


def _describe_chain(finding: dict[str, object]) -> str:
    chain = finding.get("chain") or []
    steps = [
        f"{step.get('function')} ({step.get('path')}:{step.get('line')})"
        for step in chain
        if isinstance(step, dict)
    ]
    return " -> ".join(steps)


def _mismatch_report(
    scenario: Scenario,
    missing: list[Expected],
    unexpected: list[Expected],
    findings: dict[Expected, dict[str, object]],
) -> str:
    out = [f"{scenario.id}: reported findings differ from the # expect markers"]
    if missing:
        out.append("missing (marked, not reported):")
        out += [f"  {m.path}:{m.line} {m.rule} | {_source_line(scenario, m)}" for m in missing]
    if unexpected:
        out.append("unexpected (reported, not marked):")
        for u in unexpected:
            out.append(f"  {u.path}:{u.line} {u.rule} | {_source_line(scenario, u)}")
            finding = findings[u]
            out.append(f"      message: {finding.get('message')}")
            chain = _describe_chain(finding)
            if chain:
                out.append(f"      chain: {chain}")
    return "\n".join(out)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_scenario(scenario: Scenario, cli_runs: dict[str, CliRun]) -> None:
    run = cli_runs[scenario.id]
    report = _parse_report(scenario, run)

    errors = report.get("errors") or []
    assert not errors, f"{scenario.id}: wakecheck reported input errors: {errors}"

    findings: dict[Expected, dict[str, object]] = {}
    for finding in report.get("findings") or []:
        key = Expected(_normalise_path(finding["path"]), finding["line"], finding["rule"])
        findings.setdefault(key, finding)
    expected = scenario.expectations()
    missing = sorted(expected - findings.keys())
    unexpected = sorted(findings.keys() - expected)
    if missing or unexpected:
        pytest.fail(_mismatch_report(scenario, missing, unexpected, findings), pytrace=False)
    assert run.returncode == (1 if findings else 0), (
        f"{scenario.id}: exit code {run.returncode} does not match {len(findings)} finding(s)"
    )


# Checks of the suite itself: they hold whether or not the engine is finished.


def test_there_are_enough_scenarios() -> None:
    assert len(SCENARIOS) >= MIN_SCENARIOS, f"only {len(SCENARIOS)} scenarios"


def test_every_topic_child_is_a_scenario() -> None:
    """A directory without pyproject.toml, or a stray file, would be silently skipped."""
    known = {s.source for s in SCENARIOS}
    strays = [
        child.relative_to(SCENARIOS_DIR).as_posix()
        for topic in SCENARIOS_DIR.iterdir()
        if topic.is_dir() and topic.name != "__pycache__"
        for child in topic.iterdir()
        if child not in known and child.name != "__pycache__"
    ]
    assert not strays, f"not recognised as scenarios: {strays}"


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_scenario_is_well_formed(scenario: Scenario) -> None:
    """Every file parses as Python 3.10, the config is valid TOML with known keys,
    markers only use selected codes and sit on lines with a call, and no file looks
    like a pytest module."""
    config = scenario.config()
    assert set(config) <= KNOWN_KEYS, f"unknown keys: {sorted(set(config) - KNOWN_KEYS)}"
    for rel, path in scenario.python_files().items():
        source = path.read_text(encoding="utf-8")
        compile(source, rel, "exec", dont_inherit=True)
        ast.parse(source, rel, feature_version=(3, 10))
        libcst.parse_module(source)
        name = PurePosixPath(rel).name
        assert not (name.startswith("test_") or name.endswith("_test.py")), name
    selected = set(scenario.select())
    for item in scenario.expectations():
        assert item.rule in selected, f"{item.path}:{item.line}: {item.rule} is not selected"
        line = _source_line(scenario, item)
        # A lazy query (a Django QuerySet) runs where it is tested or iterated: `if not due:`.
        assert "(" in line or _EVALUATES.match(line), f"{item.path}:{item.line}: no call here"


def test_read_header() -> None:
    source = (
        "# [tool.wakecheck]\n"
        '# entry = ["*.Scheduler.tick"]\n'
        "#\n"
        '# quiet-methods = ["close"]\n'
        "\n"
        "# an ordinary comment\n"
        "x = 1\n"
    )
    assert tomllib.loads(read_header(source) or "") == {
        "tool": {"wakecheck": {"entry": ["*.Scheduler.tick"], "quiet-methods": ["close"]}}
    }
    assert read_header("# a comment\nx = 1\n") is None
    assert read_header("") is None


def test_parse_expectations() -> None:
    source = (
        "async def alarm(box):\n"
        '    await box.fetch("/a")  # expect: WC001\n'
        '    await box.fetch("# expect: WC001")\n'
        '    await box.fetch("/b")  #expect:WC001,WC002\n'
        '    await box.fetch("/c")  # expected to be quiet\n'
    )
    assert parse_expectations(source, "m.py") == {
        Expected("m.py", 2, "WC001"),
        Expected("m.py", 4, "WC001"),
        Expected("m.py", 4, "WC002"),
    }


@pytest.mark.parametrize("marker", ["# expect:", "# expect: WC1", "# expect: WC001 WC002"])
def test_parse_expectations_rejects_malformed_markers(marker: str) -> None:
    with pytest.raises(ValueError, match="bad code"):
        parse_expectations(f"call()  {marker}\n", "m.py")


def test_discover_scenarios(tmp_path: Path) -> None:
    (tmp_path / "loops").mkdir()
    (tmp_path / "loops" / "b_case.py").write_text("x = 1\n")
    (tmp_path / "loops" / "a_case.py").write_text("x = 1\n")
    package = tmp_path / "imports" / "alias"
    (package / "pkg").mkdir(parents=True)
    (package / "pyproject.toml").write_text("[tool.wakecheck]\n")
    (package / "pkg" / "__init__.py").write_text("")
    (package / "pkg" / "mod.py").write_text("y = 2  # expect: WC003\n")
    found = discover_scenarios(tmp_path)
    assert [(s.id, s.is_directory) for s in found] == [
        ("imports/alias", True),
        ("loops/a_case.py", False),
        ("loops/b_case.py", False),
    ]
    assert found[0].expectations() == {Expected("pkg/mod.py", 1, "WC003")}
    assert set(found[0].python_files()) == {"pkg/__init__.py", "pkg/mod.py"}
