"""Source positions of CST nodes, as LibCST's PositionProvider gives them, at a fraction of its cost.

PositionProvider generates the module's code once and builds a `CodeRange` of two
`CodePosition`s for every node, splitting every token on newlines as it goes: on
Django that costs about twice the parse. The analysis asks for the positions of a
few nodes (calls, conditions, definitions), and for the code of some (a call's
callee, a condition's text). This pass generates the code once too, into a list of
tokens, and keeps, for each node of a kind that can be asked for (not whitespace,
comments or punctuation: 60% of the nodes), the numbers of its first and last
tokens (wakecheck.analysis.codegen, over twice as fast as LibCST's own code
generation). Token numbers become character offsets, then a line and column
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
from libcst.metadata import CodePosition, CodeRange

from wakecheck.analysis.codegen import KEPT, generate

_NEWLINE = re.compile(r"\r\n?|\n")


class Positions:
    """Node → CodeRange for one module, worked out on demand (a read-only mapping's `get`)."""

    def __init__(self, module: cst.Module) -> None:
        state = generate(module)
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

    def lines_and_columns(self, node: cst.CSTNode) -> tuple[int, int, int, int] | None:
        """`get`'s range as (line, column, end line, end column), 0-based columns, without building it."""
        if type(node) not in KEPT:
            raise TypeError(f"positions are not kept for {type(node).__name__} nodes")
        span = self._spans.get(id(node))
        if span is None:
            return None
        starts = self._line_starts
        start, end = self._offsets[span[0]], self._offsets[span[1]]
        line, end_line = bisect_right(starts, start), bisect_right(starts, end)
        return line, start - starts[line - 1], end_line, end - starts[end_line - 1]

    def __getitem__(self, node: cst.CSTNode) -> CodeRange:
        found = self.get(node)
        if found is None:
            raise KeyError(node)
        return found

    def __contains__(self, node: object) -> bool:
        return id(node) in self._spans
