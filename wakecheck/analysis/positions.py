"""Source positions of CST nodes, as LibCST's PositionProvider gives them, at a fraction of its cost.

PositionProvider generates the module's code once and builds a `CodeRange` of two
`CodePosition`s for every node, splitting every token on newlines as it goes: on
Django that costs about twice the parse. The analysis asks for the positions of a
few nodes (calls, definitions, statements). This pass generates the code the same
way but only adds up token lengths and keeps each node's (start, end) character
offsets; an offset becomes a line and column, by bisection over the line starts,
only when a node's position is asked for. Positions are the same as
PositionProvider's, syntactic positions included (tests/test_positions.py checks
that on real files).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager

import libcst as cst
from libcst._nodes.internal import CodegenState  # the state every node's codegen drives
from libcst.metadata import CodePosition, CodeRange

_NEWLINE = re.compile(r"\r\n?|\n")


class _OffsetState(CodegenState):
    """Codegen that keeps node offsets instead of positions; used once per module."""

    def __init__(self, module: cst.Module) -> None:
        super().__init__(default_indent=module.default_indent, default_newline=module.default_newline)
        self.offset = 0
        self.popped = ""
        self.stack: list[int] = []
        self.spans: dict[cst.CSTNode, tuple[int, int]] = {}

    def add_indent_tokens(self) -> None:
        self.tokens.extend(self.indent_tokens)
        for token in self.indent_tokens:
            self.offset += len(token)

    def add_token(self, value: str) -> None:
        self.tokens.append(value)
        self.offset += len(value)

    def before_codegen(self, node: cst.CSTNode) -> None:
        self.stack.append(self.offset)

    def after_codegen(self, node: cst.CSTNode) -> None:
        start = self.stack.pop()
        # A syntactic position recorded while the node generated its code wins.
        if node not in self.spans:
            self.spans[node] = (start, self.offset)

    def pop_trailing_newline(self) -> None:
        # Like PositionProvider, positions keep counting the dropped newline.
        if self.tokens:
            self.popped = self.tokens.pop()

    @contextmanager
    def record_syntactic_position(self, node: cst.CSTNode, *, start_node: cst.CSTNode | None = None,
                                  end_node: cst.CSTNode | None = None) -> Iterator[None]:
        start = self.offset
        # No `finally`: when the node's code generation fails (a RecursionError on deep
        # nesting) nothing is recorded, and that error, not a KeyError for a start or end
        # node never reached, is what the caller sees.
        yield
        end = self.offset
        if start_node is not None:
            start = self.spans[start_node][0]
        if end_node is not None:
            end = self.spans[end_node][1]
        self.spans[node] = (start, end)


class Positions:
    """Node → CodeRange for one module, worked out on demand (a read-only mapping's `get`)."""

    def __init__(self, module: cst.Module) -> None:
        state = _OffsetState(module)
        module._codegen(state)
        self._spans = state.spans
        code = "".join(state.tokens) + state.popped
        self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(code)]

    def _position(self, offset: int) -> CodePosition:
        line = bisect_right(self._line_starts, offset)
        return CodePosition(line, offset - self._line_starts[line - 1])

    def get(self, node: cst.CSTNode, default: CodeRange | None = None) -> CodeRange | None:
        span = self._spans.get(node)
        if span is None:
            return default
        return CodeRange(self._position(span[0]), self._position(span[1]))

    def __getitem__(self, node: cst.CSTNode) -> CodeRange:
        found = self.get(node)
        if found is None:
            raise KeyError(node)
        return found

    def __contains__(self, node: object) -> bool:
        return node in self._spans
