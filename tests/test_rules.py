"""Every rule's examples: each must fire on exactly its marked lines, or stay clean; and the rules are what is shown."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from wakecheck.config import load_config
from wakecheck.engine import RunOptions, run_check
from wakecheck.rules import RULES, Example, Rule, table

REPO = Path(__file__).resolve().parents[1]
_MARKER = re.compile(r"#\s*expect:\s*(?P<codes>WC\d{3}(?:\s*,\s*WC\d{3})*)\s*$")

EXAMPLES = [(rule, example, "fires") for rule in RULES for example in rule.fires] + [
    (rule, example, "clean") for rule in RULES for example in rule.clean]


def _expected(example: Example) -> set[tuple[int, str]]:
    found = set()
    for number, line in enumerate(example.source.splitlines(), 1):
        marker = _MARKER.search(line)
        if marker:
            found |= {(number, code.strip()) for code in marker["codes"].split(",")}
    return found


@pytest.mark.parametrize("rule, example, kind", EXAMPLES,
                         ids=[f"{rule.code}-{kind}-{i}" for i, (rule, _, kind) in enumerate(EXAMPLES)])
def test_every_example_of_every_rule(rule: Rule, example: Example, kind: str, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(example.config, encoding="utf-8")
    (tmp_path / "example.py").write_text(example.source, encoding="utf-8")
    expected = _expected(example)
    assert bool(expected) == (kind == "fires"), "a firing example marks its lines, a clean one none"
    config = load_config([str(tmp_path)], None, tmp_path)
    report = run_check([str(tmp_path)], config, tuple(r.code for r in RULES), cwd=tmp_path,
                       options=RunOptions(cache=False))
    assert not report.errors, report.errors
    codes = {rule.code} | {code for _, code in expected}
    found = {(f.span.line, f.rule) for f in report.findings if f.rule in codes}
    assert found == expected, [f.message for f in report.findings]


def test_every_rule_has_an_example_that_fires_and_one_that_stays_clean() -> None:
    assert all(rule.fires and rule.clean for rule in RULES)


def test_the_readme_shows_the_rules_table() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert table() in readme


def test_no_rule_code_is_written_out_elsewhere_in_the_package() -> None:
    # A rule's code lives in its Rule; messages, selections and fixes ask the rules for it.
    # (Docstrings and comments may name one, as documentation does.)
    codes = {rule.code for rule in RULES}
    found = []
    for path in sorted((REPO / "wakecheck").rglob("*.py")):
        if path.parent.name == "rules":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and any(code in node.value for code in codes)):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}: {node.value!r}")
    assert found == []
