"""Source positions of CST nodes, as LibCST's PositionProvider gives them, at a fraction of its cost.

PositionProvider generates the module's code once and builds a `CodeRange` of two
`CodePosition`s for every node, splitting every token on newlines as it goes: on
Django that costs about twice the parse. The analysis asks for the positions of a
few nodes (calls, conditions, definitions), and for the code of some (a call's
callee, a condition's text). This pass generates the code the same way, with every
token going straight into a list, and keeps, for each node of a kind that can be
asked for (not whitespace, comments or punctuation: 60% of the nodes), the numbers
of its first and last tokens; those become character offsets, then a line and column
by bisection over the line starts, only when a node's position is asked for. A
node's code is cut from the module's. Positions are the same as PositionProvider's,
syntactic positions included (tests/test_positions.py checks that on real files);
asking for a kind that is not kept is a TypeError, never a silent wrong answer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

import libcst as cst
from libcst._nodes.internal import CodegenState  # the state every node's codegen drives
from libcst.metadata import CodePosition, CodeRange

_NEWLINE = re.compile(r"\r\n?|\n")


def kinds_of(*bases: type) -> frozenset[type]:
    """These node classes and every class deriving from them."""
    found: set[type] = set()
    todo = list(bases)
    while todo:
        kind = todo.pop()
        if kind not in found:
            found.add(kind)
            todo.extend(kind.__subclasses__())
    return frozenset(found)


# Whitespace, comments, brackets and punctuation: most of a tree's nodes (60% of Django's),
# never asked for by the analysis and never where another node's syntactic position
# starts or ends (a closing parenthesis can end an import's, so it is kept). Positions
# are kept for every other kind (by exact type, a set lookup).
_DROPPED = kinds_of(cst.BaseParenthesizableWhitespace, cst.Newline, cst.TrailingWhitespace, cst.EmptyLine,
                    cst.Comment, cst.Comma, cst.Dot, cst.Colon, cst.Semicolon, cst.AssignEqual,
                    cst.LeftParen, cst.LeftSquareBracket, cst.RightSquareBracket,
                    cst.LeftCurlyBrace, cst.RightCurlyBrace)
KEPT = kinds_of(cst.CSTNode) - _DROPPED


class _OffsetState(CodegenState):
    """Codegen that keeps where each node's tokens start and end, by token number; used once per module."""

    def __init__(self, module: cst.Module) -> None:
        super().__init__(default_indent=module.default_indent, default_newline=module.default_newline)
        self.stack: list[int] = []
        # id(node) → (first token, past its last token): ids, not nodes, since a node's
        # __hash__ is a Python call. The tree outlives the mapping (Positions keeps it),
        # so no id is reused meanwhile.
        self.spans: dict[int, tuple[int, int]] = {}
        # The whole code of a node whose syntactic position is narrower (an expression's
        # parentheses, a definition's decorators and leading lines).
        self.whole: dict[int, tuple[int, int]] = {}
        # Every token goes straight to the list: no Python call per token.
        self.add_token = self.tokens.append  # type: ignore[method-assign,assignment]

    def before_codegen(self, node: cst.CSTNode) -> None:
        self.stack.append(len(self.tokens))

    def after_codegen(self, node: cst.CSTNode) -> None:
        start = self.stack.pop()
        if type(node) in KEPT:
            # A syntactic position recorded while the node generated its code wins.
            found = self.spans.get(id(node))
            if found is None:
                self.spans[id(node)] = (start, len(self.tokens))
            elif found[0] != start or found[1] != len(self.tokens):
                self.whole[id(node)] = (start, len(self.tokens))

    def pop_trailing_newline(self) -> None:
        # Like PositionProvider, positions keep counting the newline codegen would drop:
        # the token stays, so later token numbers still count it.
        pass

    def record_syntactic_position(  # type: ignore[override]
            self, node: cst.CSTNode, *, start_node: cst.CSTNode | None = None,
            end_node: cst.CSTNode | None = None) -> _Syntactic:
        return _Syntactic(self, node, start_node, end_node)


class _Syntactic:
    """`with state.record_syntactic_position(...)`, without a generator per node."""

    __slots__ = ("state", "node", "start_node", "end_node", "start")

    def __init__(self, state: _OffsetState, node: cst.CSTNode, start_node: cst.CSTNode | None,
                 end_node: cst.CSTNode | None) -> None:
        self.state, self.node, self.start_node, self.end_node = state, node, start_node, end_node
        self.start = 0

    def __enter__(self) -> None:
        self.start = len(self.state.tokens)

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        # When the node's code generation fails (a RecursionError on deep nesting) nothing
        # is recorded, and that error, not a KeyError for a node never reached, is seen.
        if kind is not None or type(self.node) not in KEPT:
            return
        spans = self.state.spans
        start, end = self.start, len(self.state.tokens)
        if self.start_node is not None:
            start = self._span(self.start_node)[0]
        if self.end_node is not None:
            end = self._span(self.end_node)[1]
        spans[id(self.node)] = (start, end)

    def _span(self, node: cst.CSTNode) -> tuple[int, int]:
        found = self.state.spans.get(id(node))
        if found is None:
            raise TypeError(f"positions do not keep {type(node).__name__} nodes")
        return found


class Positions:
    """Node → CodeRange for one module, worked out on demand (a read-only mapping's `get`)."""

    def __init__(self, module: cst.Module) -> None:
        state = _OffsetState(module)
        module._codegen(state)
        self._tree = module  # keeps every node, so no id in `_spans` is reused
        self._spans = state.spans
        self._whole = state.whole
        self._offsets = [0, *accumulate(map(len, state.tokens))]  # token number → character offset
        self._code = "".join(state.tokens)
        self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self._code)]

    def code(self, node: cst.CSTNode) -> str:
        """The node's code, as `Module.code_for_node` generates it but without generating it again.

        Cut from the module's code: lines inside brackets keep the indentation of the
        block around them, which code generated for the node alone does not have.
        """
        span = self._whole.get(id(node)) or self._spans.get(id(node))
        if span is None:
            raise TypeError(f"no code is kept for this {type(node).__name__} node")
        return self._code[self._offsets[span[0]]:self._offsets[span[1]]]

    def _position(self, offset: int) -> CodePosition:
        line = bisect_right(self._line_starts, offset)
        return CodePosition(line, offset - self._line_starts[line - 1])

    def get(self, node: cst.CSTNode, default: CodeRange | None = None) -> CodeRange | None:
        """The node's range; `default` for a node of another tree. Only KEPT kinds have one."""
        if type(node) not in KEPT:
            raise TypeError(f"positions are not kept for {type(node).__name__} nodes")
        span = self._spans.get(id(node))
        if span is None:
            return default
        return CodeRange(self._position(self._offsets[span[0]]), self._position(self._offsets[span[1]]))

    def __getitem__(self, node: cst.CSTNode) -> CodeRange:
        found = self.get(node)
        if found is None:
            raise KeyError(node)
        return found

    def __contains__(self, node: object) -> bool:
        return id(node) in self._spans
