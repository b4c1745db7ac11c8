"""Cloudflare projects without patterns: the Wrangler file's bindings make entries and container handles."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.forked_cli import ForkedCli

from wakecheck.config import load_config
from wakecheck.wrangler import DurableObjectBinding, parse

WORKER = Path(__file__).resolve().parent / "data" / "worker"
_EXPECT = re.compile(r"#\s*expect:\s*(WC\d{3})")


# Each run is a process of its own, forked from one that imported wakecheck once
# (tests/forked_cli.py); of two runs compared, one starts `python -m wakecheck`
# itself (`started`), with a hash seed of its own.
CLI = ForkedCli()


@pytest.fixture(scope="module", autouse=True)
def _forked_cli() -> Iterator[None]:
    yield
    CLI.close()


def wakecheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return CLI.run([*args, "--no-cache"], cwd, timeout=120)


def started(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args, "--no-cache"], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def expected(root: Path) -> set[tuple[str, int, str]]:
    """The `# expect: WC001` markers under `root`: (path, line, rule)."""
    found = set()
    for path in sorted(root.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for rule in _EXPECT.findall(line):
                found.add((path.relative_to(root).as_posix(), number, rule))
    return found


@pytest.fixture
def worker(tmp_path: Path) -> Path:
    copy = tmp_path / "worker"
    shutil.copytree(WORKER, copy)
    return copy


# -- reading the file ---------------------------------------------------------------------------


def test_jsonc_comments_and_trailing_commas_are_read() -> None:
    text = """{
  // a comment with "quotes", and a // inside
  "name": "w", /* a block
  comment */ "main": "src/entry.py // not a comment",
  "containers": [{"class_name": "Box", "image": "./Dockerfile",},],
  "durable_objects": {"bindings": [
    {"name": "BOX", "class_name": "Box"},
    {"name": "ROOM", "class_name": "Room", "script_name": "other-worker"}, // another Worker's
  ],},
}
"""
    facts = parse(text, "wrangler.jsonc", toml=False)
    assert facts.errors == ()
    assert facts.bindings == (DurableObjectBinding("BOX", "Box", 7, container=True),
                              DurableObjectBinding("ROOM", "Room", 8, external=True))
    assert facts.container_classes == (("Box", 5),)
    assert facts.namespaces() == frozenset({"BOX"})
    assert facts.entry_classes() == ("Box",)  # another Worker's class has no alarm here


def test_named_environments_add_their_bindings() -> None:
    text = """
[[durable_objects.bindings]]
name = "ROOM"
class_name = "Room"

[[env.staging.containers]]
class_name = "Box"

[[env.staging.durable_objects.bindings]]
name = "BOX"
class_name = "Box"
"""
    facts = parse(text, "wrangler.toml", toml=True)
    assert facts.errors == ()
    assert [(b.name, b.class_name, b.line, b.container) for b in facts.bindings] == [
        ("ROOM", "Room", 3, False), ("BOX", "Box", 10, True)]


@pytest.mark.parametrize(("text", "toml", "where", "message"), [
    ('name = "w"\n[durable_objects\n', True, (2, 17), "invalid TOML: "),
    ('{\n  "name": "w"\n  "main": "x"\n}\n', False, (3, 3), "invalid JSON: Expecting ',' delimiter"),
    ("[1, 2]", False, (1, 1), "the top level must be an object"),
    ('durable_objects = 3\n', True, (1, 1), "'durable_objects' must be a table with a 'bindings' list"),
    ('{"durable_objects": {"bindings": [\n  {"name": "BOX"},\n]}}', False, (2, 1),
     "'durable_objects.bindings[1]' (BOX) has no 'class_name'"),
    ('[[containers]]\nimage = "x"\n', True, (1, 1), "'containers[1]' has no 'class_name'"),
])
def test_a_bad_file_is_one_error_naming_the_file_and_line(
        text: str, toml: bool, where: tuple[int, int], message: str) -> None:
    facts = parse(text, "wrangler.toml" if toml else "wrangler.json", toml=toml)
    [error] = facts.errors
    assert (error.path, error.line, error.column) == ("wrangler.toml" if toml else "wrangler.json", *where)
    assert error.message.startswith(message) and "\n" not in error.message


def test_the_file_is_found_at_the_project_root(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.wakecheck]\n", encoding="utf-8")
    (tmp_path / "wrangler.toml").write_text('[[durable_objects.bindings]]\nname = "A"\nclass_name = "A"\n',
                                            encoding="utf-8")
    (tmp_path / "src" / "app").mkdir(parents=True)
    for first in (".", "src", "src/app"):
        config = load_config([first], cwd=tmp_path)
        assert config.wrangler is not None and config.wrangler.path == "wrangler.toml"
    config = load_config(["."], cwd=tmp_path / "src")  # from a subdirectory, the project's file still
    assert config.wrangler is not None and config.wrangler.path == "../wrangler.toml"
    assert config.entries.patterns == ("alarm", "*.A.alarm")


# -- the analysis, through the command line -------------------------------------------------------


def test_a_worker_without_configuration_reports_its_container_wakes(worker: Path) -> None:
    """The stub through a helper module from `self.env`, from the namespace kept from `__init__`'s `env`,
    and a stub made in `__init__` of a class the code (not `containers`) makes a Container; a stub of a
    plain Durable Object (AUDIT_LOG) wakes no container."""
    result = wakecheck("check", "--format", "json", "--select", "WC001,WC002,WC003", ".", cwd=worker)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["errors"] == []
    assert {(f["path"], f["line"], f["rule"]) for f in report["findings"]} == expected(worker)
    assert all(f["entry"] == "tenants.Tenant.alarm" for f in report["findings"])
    # What it assumed, in one line, names the file that told it the rest.
    note = [line for line in result.stderr.splitlines() if line.startswith("wakecheck: note:")]
    assert len(note) == 1 and note[0].endswith("wrangler.jsonc gives its Durable Objects' alarms and container bindings")


def test_without_the_wrangler_file_nothing_is_a_container(worker: Path) -> None:
    (worker / "wrangler.jsonc").unlink()
    result = wakecheck("check", "--format", "json", ".", cwd=worker)
    assert json.loads(result.stdout)["findings"] == []


def test_the_sleep_timeout_is_the_container_class_s(worker: Path) -> None:
    result = wakecheck("audit", "--format", "json", ".", cwd=worker)
    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)["entries"]
    assert entry["sleep_after_s"] == 600  # Sandbox's 10m, not retry.Backoff's sleep_after = 2
    assert entry["sleep_after_from"] == {"text": 'Sandbox.sleep_after = "10m"', "path": "src/boxes.py", "line": 6}


def test_a_bad_wrangler_file_is_one_line_and_the_run_goes_on(worker: Path) -> None:
    config = worker / "wrangler.jsonc"
    config.write_text(config.read_text(encoding="utf-8").replace(
        '{ "name": "BACKUP", "class_name": "BackupBox" }', '{ "name": "BACKUP" }'), encoding="utf-8")
    result = wakecheck("check", "--format", "json", ".", cwd=worker)
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["errors"] == [{"path": "wrangler.jsonc", "line": 24, "column": 1,
                                 "message": "'durable_objects.bindings[3]' (BACKUP) has no 'class_name'"}]
    # Everything else still counts: only the stub of the unreadable binding is lost.
    assert {(f["path"], f["line"]) for f in report["findings"]} == {
        (path, line) for path, line, _ in expected(worker)} - {("src/tenants.py", 26)}


def test_configured_patterns_still_add(worker: Path) -> None:
    """An explicit `entry` list keeps the bound classes' alarms; a factory pattern adds its handles."""
    (worker / "pyproject.toml").write_text(
        '[tool.wakecheck]\nentry = ["*.Default.scheduled"]\ncontainer-factories = ["*.AUDIT_LOG.getByName"]\n',
        encoding="utf-8")
    result = wakecheck("check", "--format", "json", ".", cwd=worker)
    found = {(f["path"], f["line"]) for f in json.loads(result.stdout)["findings"]}
    assert found == {(path, line) for path, line, _ in expected(worker)} | {("src/tenants.py", 27)}


def test_a_large_check_s_units_see_the_same_namespaces(tmp_path: Path) -> None:
    """Past PARALLEL_FROM files with entries a check runs in units of files: whether a binding's class
    is a container (here from the code, not `containers`) is decided before they start."""
    from wakecheck.units import PARALLEL_FROM

    (tmp_path / "wrangler.toml").write_text('[[durable_objects.bindings]]\nname = "BOX"\nclass_name = "Box"\n',
                                            encoding="utf-8")
    src = tmp_path / "src"
    src.mkdir()
    (src / "box.py").write_text("from containers import Container\n\n\nclass Box(Container):\n    pass\n",
                                encoding="utf-8")
    for i in range(PARALLEL_FROM + 1):
        (src / f"tenant{i}.py").write_text(
            f"from workers import DurableObject\n\n\nclass Tenant{i}(DurableObject):\n    async def alarm(self):\n"
            f"        await self.env.BOX.getByName('t').fetch('/tick')\n", encoding="utf-8")
    result = wakecheck("check", "--format", "json", "-v", "--jobs", "1", ".", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "units' findings from the cache" in result.stderr  # it did run in units
    assert len(json.loads(result.stdout)["findings"]) == PARALLEL_FROM + 1


# -- the reference fixture ----------------------------------------------------------------------


def test_the_fixture_needs_no_factory_pattern(variant_dir, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """fixtures/towndo's findings and audit are the same with its `container-factories` removed: the
    stub `get_town_container_stub` returns comes from the TOWN_CONTAINER binding in its wrangler.toml."""
    town = variant_dir(None)
    bare = tmp_path / "towndo"
    shutil.copytree(town, bare)
    pyproject = bare / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    assert 'container-factories = ["*.get_town_container_stub"]\n' in text
    pyproject.write_text(text.replace('container-factories = ["*.get_town_container_stub"]\n', ""), encoding="utf-8")
    for args in (("check", "--select", "WC001,WC002,WC003", "--format", "json", "."),
                 ("audit", "."), ("audit", "--format", "json", ".")):
        with_pattern, without = started(*args, cwd=town), wakecheck(*args, cwd=bare)
        assert (with_pattern.returncode, with_pattern.stderr) == (without.returncode, without.stderr)
        # The configuration differs, so does its digest, which the audit names; nothing else does.
        digest = re.compile(r'(configuration digest `|"config_digest": ")[0-9a-f]{12}')
        assert digest.sub(r"\1…", without.stdout) == digest.sub(r"\1…", with_pattern.stdout)
    assert "set_env_var" in with_pattern.stdout
