"""wakecheck's own position pass gives every node the range LibCST's PositionProvider gives it."""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest
from libcst._nodes.base import CSTCodegenError  # not exported by libcst
from libcst.metadata import MetadataWrapper, PositionProvider

from wakecheck.analysis.positions import KEPT, Positions
from wakecheck.model import FileError

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture(params=["stock", "speedups"])
def speedups(request: pytest.FixtureRequest) -> str:
    """Each test twice: with LibCST's own position providers, and with the speed-ups' code generation."""
    if request.param == "speedups":
        request.getfixturevalue("speedups_on")
    return str(request.param)

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
    # Every kind of node wakecheck generates itself (codegen._Codegen), in its odd forms.
    "statements": (
        "import a.b as c, d\nfrom .. import (e as f,\n  g)  # c\nfrom . import *\nx = y = 1; del x, y; pass\n"
        "if a: b(); c\nelif (d): pass\nelse:\n    e += 1\n\n    # inside\n"
        "for i in range(3):\n    continue\nelse:\n    break\nwhile not x: x -= 1\n"
        "try:\n    raise E from None\nexcept (A, B) as e:\n    raise\nexcept C: ...\nelse:\n    assert x, 'm'\n"
        "finally:\n    assert (y)\n"
        "with (open(a) as f,\n      open(b)):\n    pass\nwith a, \\\n     b:\n    pass\n"
        "@d.e(1)\n\n@f\nclass K(B, metaclass=M):\n    x: int = 1\n"
        "    def m(self, a, /, b=2, *c, d: int = 3, **e) -> 'K':\n"
        "        return\n    async def n(self, *, k): return [i async for i in k]\nclass L(): pass\nclass N: pass\n"
        "def o(a, /): global q; return lambda: (yield from a)\n"
    ),
    "expressions": (
        "x = (a)[1:2, ::3, :] + -b ** ~c * (d @ e) // f % g - h << i >> j & k | l ^ m\n"
        "y = a if b and not c or d in e and f not in g and h is i and j is not k else l < m <= n != o\n"
        "z = [*a, b, ] + (c,) + () + (d, e) + {f, *g} + {h: i, **j, } + {}\n"
        "w = [i for i in a if i if not i] + {i for i in a} + {i: j for i, j in a} + list(i for i in a)\n"
        "v = (f'{a!r:>{w}}{b=}{{c}}' f\"{d['e']:%Y}\" 'g', 1j, 1.5, 0x1F, ..., (h := 1), lambda a, *b, c=1: a)\n"
        "u = f(a, *b, c=1, **d,)(e)[f](g).h . i\n"
    ),
}


def _same(source: str) -> None:
    tree = cst.parse_module(source)
    expected = MetadataWrapper(tree, unsafe_skip_copy=True).resolve(PositionProvider)
    ours = Positions(tree)
    kept = {node: want for node, want in expected.items() if type(node) in KEPT}
    wrong = [(type(node).__name__, want, ours.get(node)) for node, want in kept.items() if ours.get(node) != want]
    assert not wrong, wrong[:5]
    assert all(node in ours for node in kept)
    # The same range as four numbers, as the lowering asks for it.
    as_numbers = [(want.start.line, want.start.column, want.end.line, want.end.column) for want in kept.values()]
    assert [ours.lines_and_columns(node) for node in kept] == as_numbers
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
            with pytest.raises(TypeError):
                ours.lines_and_columns(node)
            break


@pytest.mark.parametrize("name", sorted(TRICKY))
def test_tricky_sources(name: str, speedups: str) -> None:
    _same(TRICKY[name])


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.py")), ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_fixture_files(path: Path, speedups: str) -> None:
    _same(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(TRICKY))
def test_own_code_generation_is_libcsts(name: str) -> None:
    # The common kinds of node are generated by wakecheck (codegen._Codegen), the rest by
    # LibCST: every node's span is the one LibCST's own code generation gives, and the code too.
    from wakecheck._speedups.codegen import _Codegen, _OffsetState

    tree = cst.parse_module(TRICKY[name])
    theirs, ours = _OffsetState(tree), _OffsetState(tree)
    tree._codegen(theirs)
    _Codegen(ours).node(tree)

    def offsets(state: _OffsetState, spans: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
        starts = [0]
        for token in state.tokens:
            starts.append(starts[-1] + len(token))
        return {node: (starts[a], starts[b]) for node, (a, b) in spans.items()}

    assert "".join(ours.tokens) == "".join(theirs.tokens)
    assert offsets(ours, ours.spans) == offsets(theirs, theirs.spans)
    assert offsets(ours, ours.whole) == offsets(theirs, theirs.whole)


def test_a_node_of_another_tree_has_no_position() -> None:
    ours = Positions(cst.parse_module("x = f(1)\n"))
    other = cst.parse_module("x = f(1)\n")
    call = cst.ensure_type(cst.ensure_type(other.body[0], cst.SimpleStatementLine).body[0], cst.Assign).value
    assert ours.get(call) is None
    with pytest.raises(KeyError):
        ours[call]


@pytest.mark.parametrize("name", sorted(TRICKY))
def test_parsing_without_node_checks_gives_libcsts_tree(name: str, speedups: str) -> None:
    # parse_source skips LibCST's per-node checks while its parser runs: the tree is the same.
    from wakecheck.parsing import SourceText, parse_source

    parsed = parse_source(SourceText("t.py", TRICKY[name]))
    assert not isinstance(parsed, FileError)
    theirs = cst.parse_module(TRICKY[name])
    assert parsed[0].deep_equals(theirs)
    assert parsed[0].code == theirs.code


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.py")), ids=lambda p: p.name)
def test_parsing_with_fast_node_inits_gives_libcsts_tree_on_fixtures(path: Path, speedups_on: None) -> None:
    from wakecheck.parsing import SourceText, parse_source

    text = path.read_text(encoding="utf-8")
    parsed = parse_source(SourceText(path.name, text))
    assert not isinstance(parsed, FileError)
    assert parsed[0].deep_equals(cst.parse_module(text))


def test_each_fast_node_init_takes_what_libcsts_takes() -> None:
    # Every replaced __init__: the same parameters, in the same order, with the same defaults.
    import inspect

    from wakecheck._speedups.nodes import _fast_node_inits

    replaced = _fast_node_inits()
    assert len(replaced) > 300  # every node class LibCST makes with a dataclass __init__
    for cls, (own, fast) in replaced.items():
        assert inspect.signature(fast) == inspect.signature(own), cls.__name__


@pytest.mark.parametrize("source", ["x = f(1)\n", "def f(:\n"])
def test_node_checks_are_back_once_parsing_ends(source: str, speedups_on: None) -> None:
    # ... and only then: nodes made afterwards (the fix codemod's) are checked, also after a syntax error,
    # and built by LibCST's own __init__.
    from wakecheck._speedups.nodes import _fast_node_inits
    from wakecheck.parsing import SourceText, parse_source

    parse_source(SourceText("t.py", source))
    with pytest.raises(cst.CSTValidationError):
        cst.Name("x", lpar=[cst.LeftParen()])
    assert all(cls.__dict__["__init__"] is own for cls, (own, _) in _fast_node_inits().items())


def test_a_parsing_batch_switches_node_classes_once_and_restores_them(speedups_on: None) -> None:
    from wakecheck._speedups.nodes import _fast_node_inits
    from wakecheck.parsing import SourceText, parse_source, parsing_batch

    fast = _fast_node_inits()
    with parsing_batch():
        for source in ("x = f(1)\n", "def f(:\n", "y = [g(a) for a in b]\n"):
            parse_source(SourceText("t.py", source))
            # A file parsed inside the batch leaves the fast classes in place for the next one.
            assert all(cls.__dict__["__init__"] is init for cls, (_, init) in fast.items())
        try:
            with parsing_batch():
                raise KeyError("a failure inside a nested batch")
        except KeyError:
            pass
        assert all(cls.__dict__["__init__"] is init for cls, (_, init) in fast.items())
    assert all(cls.__dict__["__init__"] is own for cls, (own, _) in fast.items())
    with pytest.raises(cst.CSTValidationError):
        cst.Name("x", lpar=[cst.LeftParen()])


def test_without_the_speedups_parsing_leaves_libcst_alone() -> None:
    from wakecheck._speedups.nodes import _fast_node_inits
    from wakecheck.parsing import SourceText, parse_source, parsing_batch

    own = {cls: cls.__dict__["__init__"] for cls in _fast_node_inits()}
    with parsing_batch():
        parse_source(SourceText("t.py", "x = f(1)\n"))
        assert all(cls.__dict__["__init__"] is init for cls, init in own.items())


def test_the_code_generation_is_off_for_node_classes_of_another_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    # A LibCST whose nodes have other fields than those the handlers were written for:
    # positions come from LibCST's own providers, never from a guess.
    from wakecheck._speedups import codegen

    codegen.usable.cache_clear()
    monkeypatch.setitem(codegen.FIELDS, "Name", ("value", "lpar", "rpar", "added_in_a_later_libcst"))
    try:
        assert not codegen.usable()
    finally:
        monkeypatch.undo()
        codegen.usable.cache_clear()
    assert codegen.usable()


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.py")), ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_the_speedups_give_every_node_the_code_and_range_libcsts_providers_give(path: Path) -> None:
    from libcst.metadata import WhitespaceInclusivePositionProvider

    from wakecheck import _speedups

    text = path.read_text(encoding="utf-8")
    tree = cst.parse_module(text)
    stock = Positions(tree, text)
    _speedups.own_process(speedups=True)
    try:
        fast = Positions(tree)
    finally:
        _speedups.disown()
    nodes = [n for n in MetadataWrapper(tree, unsafe_skip_copy=True).resolve(WhitespaceInclusivePositionProvider)
             if type(n) in KEPT]
    assert nodes
    assert [(stock.code(n), stock.lines_and_columns(n)) for n in nodes] == [
        (fast.code(n), fast.lines_and_columns(n)) for n in nodes]
