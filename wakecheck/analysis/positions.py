"""Source positions of CST nodes, as LibCST's PositionProvider gives them, and each node's code.

The analysis asks for the positions of a few nodes (calls, conditions, definitions),
and for the code of some (a call's callee, a condition's text). A node's position is
its syntactic range (LibCST's PositionProvider); its code is cut from the module's code
over the whole range its code generation covers (WhitespaceInclusivePositionProvider),
parentheses included: lines inside brackets keep the indentation of the block around
them, which code generated for the node alone does not have.

Positions are kept only for the kinds of node that can be asked for (`KEPT`: not
whitespace, comments or punctuation, 60% of the nodes); asking for another kind is a
TypeError, never a silent wrong answer. With the speed-ups on, a code generation of
wakecheck's own gives the same ranges at a fraction of the cost (_speedups.codegen).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from itertools import accumulate

import libcst as cst
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
# starts or ends (a closing parenthesis can end an import's, so it is kept). Spans are
# kept for every other kind (by exact type, a set lookup).
DROPPED = kinds_of(cst.BaseParenthesizableWhitespace, cst.Newline, cst.TrailingWhitespace, cst.EmptyLine,
                   cst.Comment, cst.Comma, cst.Dot, cst.Colon, cst.Semicolon, cst.AssignEqual,
                   cst.LeftParen, cst.LeftSquareBracket, cst.RightSquareBracket,
                   cst.LeftCurlyBrace, cst.RightCurlyBrace)
KEPT = kinds_of(cst.CSTNode) - DROPPED


# Kinds whose code is their syntactic range and the whitespace nodes on either side (operators),
# and kinds whose code is their syntactic range inside their parentheses (expressions, patterns).
_OPERATORS = kinds_of(cst.BaseBinaryOp, cst.BaseBooleanOp, cst.BaseCompOp, cst.BaseUnaryOp, cst.BaseAugOp) & KEPT
_PARENTHESIZED = (kinds_of(cst.BaseExpression, cst.MatchPattern) - kinds_of(cst.StarredElement)) & KEPT


class Positions:
    """Node → CodeRange for one module, worked out on demand (a read-only mapping's `get`).

    `code` is the module's code, when known (the parsed text: LibCST gives it back
    exactly), so that it need not be generated again.
    """

    def __init__(self, module: cst.Module, code: str | None = None) -> None:
        from wakecheck import _speedups

        self._tree = module  # keeps every node, so no id in `_spans` is reused
        # A span is (start, end) in units that `_offsets` turns into character offsets.
        self._spans: dict[int, tuple[int, int]]
        self._whole: dict[int, tuple[int, int]]  # the whole code, where wider than the syntactic range
        self._offsets: Sequence[int]
        # LibCST's syntactic ranges of every node (None with the speed-ups): whole ranges are
        # worked out from them as they are asked for (see `_whole_span`).
        self._provided: Mapping[cst.CSTNode, CodeRange] | None = None
        if _speedups.on(_speedups.CODEGEN):
            from wakecheck._speedups import codegen

            if codegen.usable():
                state = codegen.generate(module)
                self._spans, self._whole = state.spans, state.whole
                self._offsets = [0, *accumulate(map(len, state.tokens))]  # token number → offset
                self._code = "".join(state.tokens)
                self._line_starts = _line_starts(self._code)
                return
        self._from_provider(module, code)

    def _from_provider(self, module: cst.Module, code: str | None) -> None:
        """The ranges LibCST's PositionProvider gives, as character offsets."""
        from libcst.metadata import MetadataWrapper, PositionProvider

        # PERF: the wrapper also walks the whole tree once for the batchable providers asked
        # for, of which there are none: about as long as generating the code.
        self._wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
        provided = self._provided = self._wrapper.resolve(PositionProvider)
        # LibCST gives a parsed text back exactly, but for a leading byte-order mark.
        code = module.code if code is None else code.removeprefix("\ufeff")
        starts = _line_starts(code)
        if provided[module].end.line > len(starts):
            # Without a trailing newline LibCST drops the last one; positions keep counting it.
            code += module.default_newline
            starts = _line_starts(code)
        self._code, self._line_starts = code, starts
        self._offsets = range(len(code) + 1)  # spans are offsets already
        self._spans, self._whole = {}, {}
        for node, found in provided.items():
            if type(node) in KEPT:
                self._spans[id(node)] = (self._offset(found.start), self._offset(found.end))

    def _offset(self, position: CodePosition) -> int:
        return self._line_starts[position.line - 1] + position.column

    def code(self, node: cst.CSTNode) -> str:
        """The node's code, as `Module.code_for_node` generates it but without generating it again."""
        span = self._whole_span(node)
        return self._code[self._offsets[span[0]]:self._offsets[span[1]]]

    def _whole_span(self, node: cst.CSTNode) -> tuple[int, int]:
        """Where the node's code starts and ends: its syntactic range and what its code generation adds.

        From LibCST's PositionProvider: an expression's parentheses and an operator's
        whitespace are nodes with positions of their own; for any other kind of node
        (asked for only by the tests), LibCST's WhitespaceInclusivePositionProvider, once.
        """
        found = self._whole.get(id(node))
        if found is not None:
            return found
        span = self._spans.get(id(node))
        if span is None:
            raise TypeError(f"no code is kept for this {type(node).__name__} node")
        provided = self._provided
        if provided is None:  # the speed-ups' spans: the whole is recorded wherever it is wider
            return span
        kind = type(node)
        start, end = span
        if kind in _OPERATORS:
            before, after = getattr(node, "whitespace_before", None), getattr(node, "whitespace_after", None)
            start = self._offset(provided[before].start) if before is not None else start
            end = self._offset(provided[after].end) if after is not None else end
        elif kind in _PARENTHESIZED:
            lpar, rpar = getattr(node, "lpar"), getattr(node, "rpar")
            start = self._offset(provided[lpar[0]].start) if lpar else start
            end = self._offset(provided[rpar[-1]].end) if rpar else end
        else:
            from libcst.metadata import WhitespaceInclusivePositionProvider

            for other, whole in self._wrapper.resolve(WhitespaceInclusivePositionProvider).items():
                if type(other) in KEPT:
                    self._whole[id(other)] = (self._offset(whole.start), self._offset(whole.end))
            return self._whole[id(node)]
        self._whole[id(node)] = (start, end)
        return start, end

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


def _line_starts(code: str) -> list[int]:
    return [0] + [m.end() for m in _NEWLINE.finditer(code)]
