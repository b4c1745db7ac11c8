"""wakecheck's own position pass gives every node the range LibCST's PositionProvider gives it."""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest
from libcst._nodes.base import CSTCodegenError  # not exported by libcst
from libcst.metadata import MetadataWrapper, PositionProvider

from wakecheck.analysis.positions import KEPT, Positions

FIXTURES = Path(__file__).parent.parent / "fixtures"

TRICKY = {
    "crlf": "def f():\r\n    x = g(1,\r\n      2)\r\n    return x\r\n",
    "lone-cr": "a = 1\rb = f(a)\r",
    "tabs-and-unicode": "x = 'é' + h()\nif x:\n\ty(ß=1)\n",
    "empty": "",
    "no-newline": "x",
    "blank-lines": "\n\n",
    "comment-only": "# c\n",
    "decorated-class": "@d\nclass A(B):\n  '''doc\n  more'''\n  def m(self): return (yield)\n",
    "trailing-comment": "if x:\n    pass\n# trailing",
    "parenthesised": "y = (\n  (f)(a)  # c\n)[0]\nasync def g():\n    async with a as b, c:\n        await (b)\n",
}


def _same(source: str) -> None:
    tree = cst.parse_module(source)
    expected = MetadataWrapper(tree, unsafe_skip_copy=True).resolve(PositionProvider)
    ours = Positions(tree)
    kept = {node: want for node, want in expected.items() if type(node) in KEPT}
    wrong = [(type(node).__name__, want, ours.get(node)) for node, want in kept.items() if ours.get(node) != want]
    assert not wrong, wrong[:5]
    assert all(node in ours for node in kept)
    # A node's code, cut from the module's, is the code LibCST generates for it alone, but
    # for the indentation of the lines inside its brackets: compared with whitespace folded.
    # (Some nodes, an annotation's, cannot generate code alone, and an `elif` alone comes out
    # as `if`: the lowering asks for neither.)
    alone = cst.Module(body=[])
    texts = []
    for node in kept:
        if isinstance(node, cst.If):
            continue
        try:
            generated = alone.code_for_node(node)
        except CSTCodegenError:
            continue
        texts.append((type(node).__name__, " ".join(generated.split()), " ".join(ours.code(node).split())))
    assert len(texts) > len(kept) // 2
    assert [t for t in texts if t[1] != t[2]] == []
    # Whitespace, comments and punctuation are not kept: asking for one is a bug, said loudly.
    for node in expected:
        if type(node) not in KEPT:
            with pytest.raises(TypeError):
                ours.get(node)
            break


@pytest.mark.parametrize("name", sorted(TRICKY))
def test_tricky_sources(name: str) -> None:
    _same(TRICKY[name])


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.py")), ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_fixture_files(path: Path) -> None:
    _same(path.read_text(encoding="utf-8"))


def test_a_node_of_another_tree_has_no_position() -> None:
    ours = Positions(cst.parse_module("x = f(1)\n"))
    other = cst.parse_module("x = f(1)\n")
    call = cst.ensure_type(cst.ensure_type(other.body[0], cst.SimpleStatementLine).body[0], cst.Assign).value
    assert ours.get(call) is None
    with pytest.raises(KeyError):
        ours[call]
