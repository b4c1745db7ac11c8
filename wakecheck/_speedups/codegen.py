"""Node positions from a code generation written out for the common kinds of node.

LibCST generates a node's code through `node._codegen(state)`: three calls around the
node's own `_codegen_impl`, and for every expression a generator-based context
manager for its parentheses. Whitespace, the commonest node by far, costs as much as
a call. `generate` does what those `_codegen_impl` methods do for the common kinds of
node — the same tokens, the same syntactic positions — writing their whitespace's
tokens itself, and leaves every other kind to LibCST, through `_OffsetState`'s hooks,
which record the same spans: over twice as fast as LibCST's code generation alone.
tests/test_positions.py checks both ways against each other and against LibCST's
PositionProvider.

The handlers read each node's fields by name, so they are used only when every node
class they know has exactly the fields listed in `FIELDS` (LibCST 1.9's): with any
other shape `usable()` is False and positions come from LibCST's own providers.

A span is a pair of token numbers: the node's first token and the one past its last.
Spans are kept only for the kinds of node in `KEPT`; a node whose syntactic position
is narrower than its code (an expression's parentheses, a statement's leading lines)
has the syntactic one in `spans` and the whole in `whole`.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from typing import Any

import libcst as cst
from libcst._nodes.internal import CodegenState  # the state every node's codegen drives

from wakecheck.analysis.positions import KEPT, kinds_of

# The fields of every node class the handlers below read or write out, in LibCST 1.9.
FIELDS: dict[str, tuple[str, ...]] = {
    'Add': ('whitespace_before', 'whitespace_after'),
    'AddAssign': ('whitespace_before', 'whitespace_after'),
    'And': ('whitespace_before', 'whitespace_after'),
    'Annotation': ('annotation', 'whitespace_before_indicator', 'whitespace_after_indicator'),
    'Arg': ('value', 'keyword', 'equal', 'comma', 'star', 'whitespace_after_star', 'whitespace_after_arg'),
    'AsName': ('name', 'whitespace_before_as', 'whitespace_after_as'),
    'Assert': ('test', 'msg', 'comma', 'whitespace_after_assert', 'semicolon'),
    'Assign': ('targets', 'value', 'semicolon'),
    'AssignEqual': ('whitespace_before', 'whitespace_after'),
    'Attribute': ('value', 'attr', 'dot', 'lpar', 'rpar'),
    'AugAssign': ('target', 'operator', 'value', 'semicolon'),
    'Await': ('expression', 'lpar', 'rpar', 'whitespace_after_await'),
    'BinaryOperation': ('left', 'operator', 'right', 'lpar', 'rpar'),
    'BitAnd': ('whitespace_before', 'whitespace_after'),
    'BitAndAssign': ('whitespace_before', 'whitespace_after'),
    'BitInvert': ('whitespace_after',),
    'BitOr': ('whitespace_before', 'whitespace_after'),
    'BitOrAssign': ('whitespace_before', 'whitespace_after'),
    'BitXor': ('whitespace_before', 'whitespace_after'),
    'BitXorAssign': ('whitespace_before', 'whitespace_after'),
    'BooleanOperation': ('left', 'operator', 'right', 'lpar', 'rpar'),
    'Break': ('semicolon',),
    'Call': ('func', 'args', 'lpar', 'rpar', 'whitespace_after_func', 'whitespace_before_args'),
    'ClassDef': ('name', 'body', 'bases', 'keywords', 'decorators', 'lpar', 'rpar', 'leading_lines',
                 'lines_after_decorators', 'whitespace_after_class', 'whitespace_after_name',
                 'whitespace_before_colon', 'type_parameters', 'whitespace_after_type_parameters'),
    'Colon': ('whitespace_before', 'whitespace_after'),
    'Comma': ('whitespace_before', 'whitespace_after'),
    'Comment': ('value',),
    'CompFor': ('target', 'iter', 'ifs', 'inner_for_in', 'asynchronous', 'whitespace_before',
                'whitespace_after_for', 'whitespace_before_in', 'whitespace_after_in'),
    'Comparison': ('left', 'comparisons', 'lpar', 'rpar'),
    'ConcatenatedString': ('left', 'right', 'lpar', 'rpar', 'whitespace_between'),
    'Continue': ('semicolon',),
    'Decorator': ('decorator', 'leading_lines', 'whitespace_after_at', 'trailing_whitespace'),
    'Del': ('target', 'whitespace_after_del', 'semicolon'),
    'Dict': ('elements', 'lbrace', 'rbrace', 'lpar', 'rpar'),
    'DictComp': ('key', 'value', 'for_in', 'lbrace', 'rbrace', 'lpar', 'rpar', 'whitespace_before_colon',
                 'whitespace_after_colon'),
    'DictElement': ('key', 'value', 'comma', 'whitespace_before_colon', 'whitespace_after_colon'),
    'Divide': ('whitespace_before', 'whitespace_after'),
    'DivideAssign': ('whitespace_before', 'whitespace_after'),
    'Dot': ('whitespace_before', 'whitespace_after'),
    'Element': ('value', 'comma'),
    'Else': ('body', 'leading_lines', 'whitespace_before_colon'),
    'EmptyLine': ('indent', 'whitespace', 'comment', 'newline'),
    'Equal': ('whitespace_before', 'whitespace_after'),
    'ExceptHandler': ('body', 'type', 'name', 'leading_lines', 'whitespace_after_except',
                      'whitespace_before_colon'),
    'Expr': ('value', 'semicolon'),
    'Finally': ('body', 'leading_lines', 'whitespace_before_colon'),
    'Float': ('value', 'lpar', 'rpar'),
    'FloorDivide': ('whitespace_before', 'whitespace_after'),
    'FloorDivideAssign': ('whitespace_before', 'whitespace_after'),
    'For': ('target', 'iter', 'body', 'orelse', 'asynchronous', 'leading_lines', 'whitespace_after_for',
            'whitespace_before_in', 'whitespace_after_in', 'whitespace_before_colon'),
    'FormattedString': ('parts', 'start', 'end', 'lpar', 'rpar'),
    'FormattedStringExpression': ('expression', 'conversion', 'format_spec', 'whitespace_before_expression',
                                  'whitespace_after_expression', 'equal'),
    'FormattedStringText': ('value',),
    'FunctionDef': ('name', 'params', 'body', 'decorators', 'returns', 'asynchronous', 'leading_lines',
                    'lines_after_decorators', 'whitespace_after_def', 'whitespace_after_name',
                    'whitespace_before_params', 'whitespace_before_colon', 'type_parameters',
                    'whitespace_after_type_parameters'),
    'GeneratorExp': ('elt', 'for_in', 'lpar', 'rpar'),
    'GreaterThan': ('whitespace_before', 'whitespace_after'),
    'GreaterThanEqual': ('whitespace_before', 'whitespace_after'),
    'If': ('test', 'body', 'orelse', 'leading_lines', 'whitespace_before_test', 'whitespace_after_test'),
    'IfExp': ('test', 'body', 'orelse', 'lpar', 'rpar', 'whitespace_before_if', 'whitespace_after_if',
              'whitespace_before_else', 'whitespace_after_else'),
    'Imaginary': ('value', 'lpar', 'rpar'),
    'Import': ('names', 'semicolon', 'whitespace_after_import'),
    'ImportAlias': ('name', 'asname', 'comma'),
    'ImportFrom': ('module', 'names', 'relative', 'lpar', 'rpar', 'semicolon', 'whitespace_after_from',
                   'whitespace_before_import', 'whitespace_after_import'),
    'In': ('whitespace_before', 'whitespace_after'),
    'IndentedBlock': ('body', 'header', 'indent', 'footer'),
    'Index': ('value', 'star', 'whitespace_after_star'),
    'Integer': ('value', 'lpar', 'rpar'),
    'Is': ('whitespace_before', 'whitespace_after'),
    'IsNot': ('whitespace_before', 'whitespace_between', 'whitespace_after'),
    'Lambda': ('params', 'body', 'colon', 'lpar', 'rpar', 'whitespace_after_lambda'),
    'LeftCurlyBrace': ('whitespace_after',),
    'LeftParen': ('whitespace_after',),
    'LeftShift': ('whitespace_before', 'whitespace_after'),
    'LeftShiftAssign': ('whitespace_before', 'whitespace_after'),
    'LeftSquareBracket': ('whitespace_after',),
    'LessThan': ('whitespace_before', 'whitespace_after'),
    'LessThanEqual': ('whitespace_before', 'whitespace_after'),
    'List': ('elements', 'lbracket', 'rbracket', 'lpar', 'rpar'),
    'ListComp': ('elt', 'for_in', 'lbracket', 'rbracket', 'lpar', 'rpar'),
    'MatrixMultiply': ('whitespace_before', 'whitespace_after'),
    'MatrixMultiplyAssign': ('whitespace_before', 'whitespace_after'),
    'Minus': ('whitespace_after',),
    'Module': ('body', 'header', 'footer', 'encoding', 'default_indent', 'default_newline', 'has_trailing_newline'),
    'Modulo': ('whitespace_before', 'whitespace_after'),
    'ModuloAssign': ('whitespace_before', 'whitespace_after'),
    'Multiply': ('whitespace_before', 'whitespace_after'),
    'MultiplyAssign': ('whitespace_before', 'whitespace_after'),
    'Name': ('value', 'lpar', 'rpar'),
    'NamedExpr': ('target', 'value', 'lpar', 'rpar', 'whitespace_before_walrus', 'whitespace_after_walrus'),
    'Newline': ('value',),
    'Not': ('whitespace_after',),
    'NotEqual': ('value', 'whitespace_before', 'whitespace_after'),
    'NotIn': ('whitespace_before', 'whitespace_between', 'whitespace_after'),
    'Or': ('whitespace_before', 'whitespace_after'),
    'Param': ('name', 'annotation', 'equal', 'default', 'comma', 'star', 'whitespace_after_star',
              'whitespace_after_param'),
    'ParamSlash': ('comma', 'whitespace_after'),
    'ParamStar': ('comma',),
    'Parameters': ('params', 'star_arg', 'kwonly_params', 'star_kwarg', 'posonly_params', 'posonly_ind'),
    'ParenthesizedWhitespace': ('first_line', 'empty_lines', 'indent', 'last_line'),
    'Pass': ('semicolon',),
    'Plus': ('whitespace_after',),
    'Power': ('whitespace_before', 'whitespace_after'),
    'PowerAssign': ('whitespace_before', 'whitespace_after'),
    'Raise': ('exc', 'cause', 'whitespace_after_raise', 'semicolon'),
    'Return': ('value', 'whitespace_after_return', 'semicolon'),
    'RightCurlyBrace': ('whitespace_before',),
    'RightParen': ('whitespace_before',),
    'RightShift': ('whitespace_before', 'whitespace_after'),
    'RightShiftAssign': ('whitespace_before', 'whitespace_after'),
    'RightSquareBracket': ('whitespace_before',),
    'Semicolon': ('whitespace_before', 'whitespace_after'),
    'Set': ('elements', 'lbrace', 'rbrace', 'lpar', 'rpar'),
    'SetComp': ('elt', 'for_in', 'lbrace', 'rbrace', 'lpar', 'rpar'),
    'SimpleStatementLine': ('body', 'leading_lines', 'trailing_whitespace'),
    'SimpleStatementSuite': ('body', 'leading_whitespace', 'trailing_whitespace'),
    'SimpleString': ('value', 'lpar', 'rpar'),
    'SimpleWhitespace': ('value',),
    'Slice': ('lower', 'upper', 'step', 'first_colon', 'second_colon'),
    'StarredElement': ('value', 'comma', 'lpar', 'rpar', 'whitespace_before_value'),
    'Subscript': ('value', 'slice', 'lbracket', 'rbracket', 'lpar', 'rpar', 'whitespace_after_value'),
    'Subtract': ('whitespace_before', 'whitespace_after'),
    'SubtractAssign': ('whitespace_before', 'whitespace_after'),
    'TrailingWhitespace': ('whitespace', 'comment', 'newline'),
    'Try': ('body', 'handlers', 'orelse', 'finalbody', 'leading_lines', 'whitespace_before_colon'),
    'Tuple': ('elements', 'lpar', 'rpar'),
    'UnaryOperation': ('operator', 'expression', 'lpar', 'rpar'),
    'While': ('test', 'body', 'orelse', 'leading_lines', 'whitespace_after_while', 'whitespace_before_colon'),
    'With': ('items', 'body', 'asynchronous', 'leading_lines', 'lpar', 'rpar', 'whitespace_after_with',
             'whitespace_before_colon'),
}


@functools.cache
def usable() -> bool:
    """Whether every node class the handlers know has the fields they were written for."""
    for name, fields in FIELDS.items():
        cls = getattr(cst, name, None)
        if not isinstance(cls, type) or not dataclasses.is_dataclass(cls):
            return False
        if tuple(f.name for f in dataclasses.fields(cls)) != fields:
            return False
    state_fields = {f.name for f in dataclasses.fields(CodegenState)}
    return state_fields >= {"default_indent", "default_newline", "indent_tokens", "tokens"} and all(
        hasattr(CodegenState, name) for name in ("before_codegen", "after_codegen", "add_token",
                                                 "record_syntactic_position", "pop_trailing_newline"))


def generate(module: cst.Module) -> _OffsetState:
    """The module's tokens and its kept nodes' spans (LibCST's codegen of the tree, done once)."""
    state = _OffsetState(module)
    _Codegen(state).node(module)
    return state


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
            start = _span(spans, self.start_node)[0]
        if self.end_node is not None:
            end = _span(spans, self.end_node)[1]
        spans[id(self.node)] = (start, end)


def _span(spans: dict[int, tuple[int, int]], node: cst.CSTNode) -> tuple[int, int]:
    found = spans.get(id(node))
    if found is None:
        raise TypeError(f"positions do not keep {type(node).__name__} nodes")
    return found


# ---------------------------------------------------------------------------
# the common kinds of node, generated here


_Handler = Callable[["_Codegen", Any], None]
_SmallHandler = Callable[["_Codegen", Any], "int | None"]
_DEFAULT = cst.MaybeSentinel.DEFAULT


class _Codegen:
    """Generates code into an `_OffsetState`, keeping the spans its hooks would."""

    __slots__ = ("state", "tokens", "spans", "whole", "indents")

    def __init__(self, state: _OffsetState) -> None:
        self.state = state
        self.tokens = state.tokens
        self.spans = state.spans
        self.whole = state.whole
        self.indents = state.indent_tokens

    def node(self, node: cst.CSTNode) -> None:
        handler = _HANDLERS.get(type(node))
        if handler is None:
            node._codegen(self.state)
        else:
            handler(self, node)

    def close(self, node: cst.CSTNode, start: int, syntactic: tuple[int, int] | None = None) -> None:
        """What the hooks record for a kept node whose code started at token `start`."""
        spans = self.spans
        end = len(self.tokens)
        if syntactic is not None:
            spans[id(node)] = syntactic
            if syntactic[0] != start or syntactic[1] != end:
                self.whole[id(node)] = (start, end)
        else:
            found = spans.get(id(node))
            if found is None:
                spans[id(node)] = (start, end)
            elif found[0] != start or found[1] != end:
                self.whole[id(node)] = (start, end)

    def end_of(self, node: cst.CSTNode) -> int:
        """Past the last token of a node generated already (its syntactic position's end)."""
        return _span(self.spans, node)[1]

    # -- whitespace and punctuation: no spans kept ---------------------------------------
    def ws(self, node: cst.BaseParenthesizableWhitespace) -> None:
        if type(node) is cst.SimpleWhitespace:
            self.tokens.append(node.value)
        elif type(node) is cst.ParenthesizedWhitespace:
            self.line_end(node.first_line)
            for line in node.empty_lines:
                self.line_end(line)
            if node.indent:
                self.tokens.extend(self.indents)
            self.tokens.append(node.last_line.value)
        else:
            node._codegen(self.state)

    def line_end(self, node: cst.TrailingWhitespace | cst.EmptyLine) -> None:
        """A line's trailing whitespace, or a line that holds nothing else."""
        tokens = self.tokens
        if type(node) is cst.EmptyLine and node.indent:
            tokens.extend(self.indents)
        tokens.append(node.whitespace.value)
        if node.comment is not None:
            tokens.append(node.comment.value)
        value = node.newline.value
        tokens.append(self.state.default_newline if value is None else value)

    def lines(self, lines: Sequence[cst.EmptyLine]) -> None:
        for line in lines:
            self.line_end(line)

    def punctuation(self, node: Any, text: str) -> None:
        """A comma, a dot, a colon, `=`, `;`: whitespace, the text, whitespace."""
        self.ws(node.whitespace_before)
        self.tokens.append(text)
        self.ws(node.whitespace_after)

    def comma(self, comma: cst.Comma | cst.MaybeSentinel, default: bool, text: str = ", ") -> None:
        if comma is _DEFAULT:
            if default:
                self.tokens.append(text)
        else:
            self.punctuation(comma, ",")

    def equal(self, equal: cst.AssignEqual | cst.MaybeSentinel, default: bool) -> None:
        if equal is _DEFAULT:
            if default:
                self.tokens.append(" = ")
        else:
            self.punctuation(equal, "=")

    def lpars(self, node: Any) -> int:
        """An expression's opening parentheses; where its syntactic position starts."""
        for lpar in node.lpar:
            self.tokens.append("(")
            self.ws(lpar.whitespace_after)
        return len(self.tokens)

    def rpars(self, node: Any) -> None:
        for rpar in node.rpar:
            _right_paren(self, rpar)

    def closing(self, node: cst.RightSquareBracket | cst.RightCurlyBrace, text: str) -> None:
        self.ws(node.whitespace_before)
        self.tokens.append(text)

    # -- what a parent generates with arguments of its own ------------------------------
    def small(self, node: cst.BaseSmallStatement, default_semicolon: bool) -> None:
        handler = _SMALL.get(type(node))
        if handler is None:
            node._codegen(self.state, default_semicolon=default_semicolon)
            return
        start = len(self.tokens)
        end = handler(self, node)  # where its syntactic position ends, if not here
        syntactic = (start, len(self.tokens) if end is None else end)
        semicolon = node.semicolon
        if semicolon is _DEFAULT:
            if default_semicolon:
                self.tokens.append("; ")
        else:
            self.punctuation(semicolon, ";")
        self.close(node, start, syntactic)

    def simple_body(self, node: cst.SimpleStatementLine | cst.SimpleStatementSuite) -> tuple[int, int]:
        """Small statements and their line's end; their syntactic position."""
        body = node.body
        inner = len(self.tokens)
        if body:
            last = len(body) - 1
            for i, stmt in enumerate(body):
                self.small(stmt, i != last)
            syntactic = (inner, self.end_of(body[last]))
        else:
            self.tokens.append("pass")
            syntactic = (inner, len(self.tokens))
        self.line_end(node.trailing_whitespace)
        return syntactic

    def arg(self, node: cst.Arg, default_comma: bool) -> None:
        start = len(self.tokens)
        self.tokens.append(node.star)
        self.ws(node.whitespace_after_star)
        if node.keyword is not None:
            self.node(node.keyword)
        self.equal(node.equal, node.keyword is not None)
        self.node(node.value)
        syntactic = (start, len(self.tokens))
        self.comma(node.comma, default_comma)
        self.ws(node.whitespace_after_arg)
        self.close(node, start, syntactic)

    def element(self, node: cst.BaseElement, default_comma: bool, default_comma_whitespace: bool) -> None:
        start = len(self.tokens)
        if type(node) is cst.Element:
            self.node(node.value)
            syntactic = (start, len(self.tokens))
        elif type(node) is cst.StarredElement:
            inner = self.lpars(node)
            self.tokens.append("*")
            self.ws(node.whitespace_before_value)
            self.node(node.value)
            syntactic = (inner, len(self.tokens))
            self.rpars(node)
        else:
            node._codegen(self.state, default_comma=default_comma, default_comma_whitespace=default_comma_whitespace)
            return
        self.comma(node.comma, default_comma, ", " if default_comma_whitespace else ",")
        self.close(node, start, syntactic)

    def dict_element(self, node: cst.BaseDictElement, default_comma: bool) -> None:
        if type(node) is not cst.DictElement:
            node._codegen(self.state, default_comma=default_comma, default_comma_whitespace=True)
            return
        start = len(self.tokens)
        self.node(node.key)
        self.ws(node.whitespace_before_colon)
        self.tokens.append(":")
        self.ws(node.whitespace_after_colon)
        self.node(node.value)
        syntactic = (start, len(self.tokens))
        self.comma(node.comma, default_comma)
        self.close(node, start, syntactic)

    def param(self, node: cst.Param, default_star: str, default_comma: bool) -> None:
        start = len(self.tokens)
        star = node.star
        self.tokens.append(default_star if star is _DEFAULT else star)
        self.ws(node.whitespace_after_star)
        self.node(node.name)
        syntactic = (start, len(self.tokens))
        if node.annotation is not None:
            self.annotation(node.annotation, ":")
        self.equal(node.equal, node.default is not None)
        if node.default is not None:
            self.node(node.default)
        self.comma(node.comma, default_comma)
        self.ws(node.whitespace_after_param)
        self.close(node, start, syntactic)

    def annotation(self, node: cst.Annotation, indicator: str) -> None:
        start = len(self.tokens)
        before = node.whitespace_before_indicator
        if before is _DEFAULT:
            if indicator == "->":
                self.tokens.append(" ")
        else:
            self.ws(before)
        self.tokens.append(indicator)
        self.ws(node.whitespace_after_indicator)
        inner = len(self.tokens)
        self.node(node.annotation)
        self.close(node, start, (inner, len(self.tokens)))

    def alias(self, node: cst.ImportAlias, default_comma: bool) -> None:
        start = len(self.tokens)
        self.node(node.name)
        if node.asname is not None:
            self.node(node.asname)
        syntactic = (start, len(self.tokens))
        self.comma(node.comma, default_comma)
        self.close(node, start, syntactic)


# -- kinds that share a shape: the wrappers do what every one of them does


def _expression(emit: _Handler) -> _Handler:
    """An expression: its parentheses around its syntactic position."""
    def expression(gen: _Codegen, node: Any) -> None:
        start = len(gen.tokens)
        inner = gen.lpars(node)
        emit(gen, node)
        syntactic = (inner, len(gen.tokens))
        gen.rpars(node)
        gen.close(node, start, syntactic)
    return expression


def _compound(emit: Callable[[_Codegen, Any], cst.CSTNode]) -> _Handler:
    """A compound statement or clause: leading lines, indentation, then itself up to the end of the node
    `emit` returns (its last block)."""
    def compound(gen: _Codegen, node: Any) -> None:
        start = len(gen.tokens)
        gen.lines(node.leading_lines)
        gen.tokens.extend(gen.indents)
        inner = len(gen.tokens)
        last = emit(gen, node)
        gen.close(node, start, (inner, gen.end_of(last)))
    return compound


def _plain(emit: _Handler) -> _Handler:
    """A kept node with no syntactic position of its own."""
    def plain(gen: _Codegen, node: Any) -> None:
        start = len(gen.tokens)
        emit(gen, node)
        gen.close(node, start)
    return plain


# -- module and blocks


@_plain
def _module(gen: _Codegen, node: cst.Module) -> None:
    gen.lines(node.header)
    for stmt in node.body:
        gen.node(stmt)
    gen.lines(node.footer)
    if node.has_trailing_newline and not gen.tokens:
        gen.tokens.append(gen.state.default_newline)
    # Without a trailing newline LibCST pops the last token; positions keep counting it.


def _simple_statement_line(gen: _Codegen, node: cst.SimpleStatementLine) -> None:
    start = len(gen.tokens)
    gen.lines(node.leading_lines)
    gen.tokens.extend(gen.indents)
    gen.close(node, start, gen.simple_body(node))


def _simple_statement_suite(gen: _Codegen, node: cst.SimpleStatementSuite) -> None:
    start = len(gen.tokens)
    gen.ws(node.leading_whitespace)
    gen.close(node, start, gen.simple_body(node))


def _indented_block(gen: _Codegen, node: cst.IndentedBlock) -> None:
    tokens = gen.tokens
    start = len(tokens)
    gen.line_end(node.header)
    gen.indents.append(gen.state.default_indent if node.indent is None else node.indent)
    body = node.body
    if body:
        for stmt in body:
            gen.node(stmt)
        syntactic = (_span(gen.spans, body[0])[0], gen.end_of(body[-1]))
    else:
        tokens.extend(gen.indents)
        syntactic = (len(tokens), len(tokens) + 1)
        tokens.append("pass")
        tokens.append(gen.state.default_newline)
    gen.lines(node.footer)
    gen.indents.pop()
    gen.close(node, start, syntactic)


# -- compound statements


def _definition_head(gen: _Codegen, node: cst.FunctionDef | cst.ClassDef) -> None:
    """Leading lines, decorators and indentation: outside a definition's syntactic position."""
    gen.lines(node.leading_lines)
    for decorator in node.decorators:
        gen.node(decorator)
    gen.lines(node.lines_after_decorators)
    gen.tokens.extend(gen.indents)


def _function_def(gen: _Codegen, node: cst.FunctionDef) -> None:
    tokens = gen.tokens
    start = len(tokens)
    _definition_head(gen, node)
    inner = len(tokens)
    if node.asynchronous is not None:
        gen.node(node.asynchronous)
    tokens.append("def")
    gen.ws(node.whitespace_after_def)
    gen.node(node.name)
    gen.ws(node.whitespace_after_name)
    if node.type_parameters is not None:
        gen.node(node.type_parameters)
    gen.ws(node.whitespace_after_type_parameters)
    tokens.append("(")
    gen.ws(node.whitespace_before_params)
    gen.node(node.params)
    tokens.append(")")
    if node.returns is not None:
        gen.annotation(node.returns, "->")
    gen.ws(node.whitespace_before_colon)
    tokens.append(":")
    gen.node(node.body)
    gen.close(node, start, (inner, gen.end_of(node.body)))


def _class_def(gen: _Codegen, node: cst.ClassDef) -> None:
    tokens = gen.tokens
    start = len(tokens)
    _definition_head(gen, node)
    inner = len(tokens)
    tokens.append("class")
    gen.ws(node.whitespace_after_class)
    gen.node(node.name)
    gen.ws(node.whitespace_after_name)
    if node.type_parameters is not None:
        gen.node(node.type_parameters)
    gen.ws(node.whitespace_after_type_parameters)
    args = [*node.bases, *node.keywords]
    if node.lpar is _DEFAULT:
        if args:
            tokens.append("(")
    else:
        tokens.append("(")
        gen.ws(node.lpar.whitespace_after)
    last = len(args) - 1
    for i, arg in enumerate(args):
        gen.arg(arg, i != last)
    if node.rpar is _DEFAULT:
        if args:
            tokens.append(")")
    else:
        _right_paren(gen, node.rpar)
    gen.ws(node.whitespace_before_colon)
    tokens.append(":")
    gen.node(node.body)
    gen.close(node, start, (inner, gen.end_of(node.body)))


def _if(gen: _Codegen, node: cst.If, is_elif: bool = False) -> None:
    tokens = gen.tokens
    start = len(tokens)
    gen.lines(node.leading_lines)
    tokens.extend(gen.indents)
    inner = len(tokens)
    tokens.append("elif" if is_elif else "if")
    gen.ws(node.whitespace_before_test)
    gen.node(node.test)
    gen.ws(node.whitespace_after_test)
    tokens.append(":")
    gen.node(node.body)
    orelse = node.orelse
    if type(orelse) is cst.If:
        _if(gen, orelse, True)
    elif orelse is not None:
        gen.node(orelse)
    gen.close(node, start, (inner, gen.end_of(node.body if orelse is None else orelse)))


def _clause(keyword: str) -> _Handler:
    """`else:` and `finally:`: a keyword, a colon and a block."""
    @_compound
    def clause(gen: _Codegen, node: Any) -> cst.CSTNode:
        gen.tokens.append(keyword)
        gen.ws(node.whitespace_before_colon)
        gen.tokens.append(":")
        gen.node(node.body)
        return node.body  # type: ignore[no-any-return]
    return clause


def _for_in(gen: _Codegen, node: cst.For | cst.CompFor) -> None:
    """`async for target in iter`, in a loop or a comprehension."""
    if node.asynchronous is not None:
        gen.node(node.asynchronous)
    gen.tokens.append("for")
    gen.ws(node.whitespace_after_for)
    gen.node(node.target)
    gen.ws(node.whitespace_before_in)
    gen.tokens.append("in")
    gen.ws(node.whitespace_after_in)
    gen.node(node.iter)


def _loop_rest(gen: _Codegen, node: cst.For | cst.While) -> cst.CSTNode:
    """A loop's colon, block and `else:` clause, if any: the last of them."""
    gen.ws(node.whitespace_before_colon)
    gen.tokens.append(":")
    gen.node(node.body)
    if node.orelse is None:
        return node.body
    gen.node(node.orelse)
    return node.orelse


@_compound
def _for(gen: _Codegen, node: cst.For) -> cst.CSTNode:
    _for_in(gen, node)
    return _loop_rest(gen, node)


@_compound
def _while(gen: _Codegen, node: cst.While) -> cst.CSTNode:
    gen.tokens.append("while")
    gen.ws(node.whitespace_after_while)
    gen.node(node.test)
    return _loop_rest(gen, node)


@_compound
def _try(gen: _Codegen, node: cst.Try) -> cst.CSTNode:
    gen.tokens.append("try")
    gen.ws(node.whitespace_before_colon)
    gen.tokens.append(":")
    gen.node(node.body)
    last: cst.CSTNode = node.body
    for clause in (*node.handlers, node.orelse, node.finalbody):
        if clause is not None:
            gen.node(clause)
            last = clause
    return last


@_compound
def _except_handler(gen: _Codegen, node: cst.ExceptHandler) -> cst.CSTNode:
    gen.tokens.append("except")
    gen.ws(node.whitespace_after_except)
    if node.type is not None:
        gen.node(node.type)
    if node.name is not None:
        gen.node(node.name)
    gen.ws(node.whitespace_before_colon)
    gen.tokens.append(":")
    gen.node(node.body)
    return node.body


@_compound
def _with(gen: _Codegen, node: cst.With) -> cst.CSTNode:
    tokens = gen.tokens
    # Items split over lines need parentheses: LibCST adds them where the tree has none.
    needs_paren = any(type(item.comma) is cst.Comma
                      and isinstance(item.comma.whitespace_after,
                                     (cst.EmptyLine, cst.TrailingWhitespace, cst.ParenthesizedWhitespace))
                      for item in node.items)
    if node.asynchronous is not None:
        gen.node(node.asynchronous)
    tokens.append("with")
    gen.ws(node.whitespace_after_with)
    if type(node.lpar) is cst.LeftParen:
        tokens.append("(")
        gen.ws(node.lpar.whitespace_after)
    elif needs_paren:
        tokens.append("(")
    last = len(node.items) - 1
    for i, item in enumerate(node.items):
        start = len(tokens)
        gen.node(item.item)
        if item.asname is not None:
            gen.node(item.asname)
        syntactic = (start, len(tokens))
        gen.comma(item.comma, i != last)
        gen.close(item, start, syntactic)
    if type(node.rpar) is cst.RightParen:
        _right_paren(gen, node.rpar)
    elif needs_paren:
        tokens.append(")")
    gen.ws(node.whitespace_before_colon)
    tokens.append(":")
    gen.node(node.body)
    return node.body


def _decorator(gen: _Codegen, node: cst.Decorator) -> None:
    start = len(gen.tokens)
    gen.lines(node.leading_lines)
    gen.tokens.extend(gen.indents)
    inner = len(gen.tokens)
    gen.tokens.append("@")
    gen.ws(node.whitespace_after_at)
    gen.node(node.decorator)
    syntactic = (inner, len(gen.tokens))
    gen.line_end(node.trailing_whitespace)
    gen.close(node, start, syntactic)


@_plain
def _as_name(gen: _Codegen, node: cst.AsName) -> None:
    gen.ws(node.whitespace_before_as)
    gen.tokens.append("as")
    gen.ws(node.whitespace_after_as)
    gen.node(node.name)


# -- small statements (`_Codegen.small` adds the semicolon)


def _expr(gen: _Codegen, node: cst.Expr) -> None:
    gen.node(node.value)


def _assign(gen: _Codegen, node: cst.Assign) -> None:
    tokens = gen.tokens
    for target in node.targets:
        start = len(tokens)
        gen.node(target.target)
        syntactic = (start, len(tokens))
        gen.ws(target.whitespace_before_equal)
        tokens.append("=")
        gen.ws(target.whitespace_after_equal)
        gen.close(target, start, syntactic)
    gen.node(node.value)


def _aug_assign(gen: _Codegen, node: cst.AugAssign) -> None:
    gen.node(node.target)
    gen.node(node.operator)
    gen.node(node.value)


def _keyword_and_value(keyword: str) -> _Handler:
    """`return`, `raise`: a keyword, a space where the tree has none and a value follows, the value."""
    def statement(gen: _Codegen, node: Any) -> None:
        value = node.value if keyword == "return" else node.exc
        gen.tokens.append(keyword)
        after = node.whitespace_after_return if keyword == "return" else node.whitespace_after_raise
        if after is _DEFAULT:
            if value is not None:
                gen.tokens.append(" ")
        else:
            gen.ws(after)
        if value is not None:
            gen.node(value)
        if keyword == "raise" and node.cause is not None:
            node.cause._codegen(gen.state, default_space=" ")
    return statement


def _keyword(keyword: str) -> _Handler:
    """`pass`, `break`, `continue`: one keyword."""
    def statement(gen: _Codegen, node: Any) -> None:
        gen.tokens.append(keyword)
    return statement


def _assert(gen: _Codegen, node: cst.Assert) -> None:
    gen.tokens.append("assert")
    gen.ws(node.whitespace_after_assert)
    gen.node(node.test)
    if node.comma is _DEFAULT:
        if node.msg is not None:
            gen.tokens.append(", ")
    else:
        gen.punctuation(node.comma, ",")
    if node.msg is not None:
        gen.node(node.msg)


def _del(gen: _Codegen, node: cst.Del) -> None:
    gen.tokens.append("del")
    gen.ws(node.whitespace_after_del)
    gen.node(node.target)


def _import(gen: _Codegen, node: cst.Import) -> None:
    gen.tokens.append("import")
    gen.ws(node.whitespace_after_import)
    last = len(node.names) - 1
    for i, name in enumerate(node.names):
        gen.alias(name, i != last)


def _import_from(gen: _Codegen, node: cst.ImportFrom) -> int:
    tokens = gen.tokens
    tokens.append("from")
    gen.ws(node.whitespace_after_from)
    for dot in node.relative:
        gen.punctuation(dot, ".")
    if node.module is not None:
        gen.node(node.module)
    gen.ws(node.whitespace_before_import)
    tokens.append("import")
    gen.ws(node.whitespace_after_import)
    if node.lpar is not None:
        tokens.append("(")
        gen.ws(node.lpar.whitespace_after)
    names = node.names
    if isinstance(names, Sequence):
        last = len(names) - 1
        for i, name in enumerate(names):
            gen.alias(name, i != last)
        end: cst.CSTNode = names[-1]
    else:
        gen.node(names)
        end = names
    if node.rpar is not None:
        _right_paren(gen, node.rpar)
        end = node.rpar
    # Its syntactic position ends with its last name's (before a trailing comma) or its parenthesis.
    return gen.end_of(end)


# -- expressions (`_expression` adds the parentheses)


def _token_expression(gen: _Codegen, node: Any) -> None:
    """A name or a literal: one token (the commonest kind of expression: no wrapper)."""
    start = len(gen.tokens)
    if node.lpar:
        inner = gen.lpars(node)
        gen.tokens.append(node.value)
        syntactic = (inner, len(gen.tokens))
        gen.rpars(node)
        gen.close(node, start, syntactic)
    else:
        gen.tokens.append(node.value)
        gen.close(node, start, (start, start + 1))


@_expression
def _attribute(gen: _Codegen, node: cst.Attribute) -> None:
    gen.node(node.value)
    gen.punctuation(node.dot, ".")
    gen.node(node.attr)


@_expression
def _call(gen: _Codegen, node: cst.Call) -> None:
    gen.node(node.func)
    gen.ws(node.whitespace_after_func)
    gen.tokens.append("(")
    gen.ws(node.whitespace_before_args)
    last = len(node.args) - 1
    for i, arg in enumerate(node.args):
        gen.arg(arg, i != last)
    gen.tokens.append(")")


@_expression
def _subscript(gen: _Codegen, node: cst.Subscript) -> None:
    tokens = gen.tokens
    gen.node(node.value)
    gen.ws(node.whitespace_after_value)
    tokens.append("[")
    gen.ws(node.lbracket.whitespace_after)
    last = len(node.slice) - 1
    for i, element in enumerate(node.slice):
        start = len(tokens)
        gen.node(element.slice)
        syntactic = (start, len(tokens))
        gen.comma(element.comma, i != last)
        gen.close(element, start, syntactic)
    gen.closing(node.rbracket, "]")


@_plain
def _index(gen: _Codegen, node: cst.Index) -> None:
    if node.star is not None:
        gen.tokens.append(node.star)
    if node.whitespace_after_star is not None:
        gen.ws(node.whitespace_after_star)
    gen.node(node.value)


@_plain
def _slice(gen: _Codegen, node: cst.Slice) -> None:
    if node.lower is not None:
        gen.node(node.lower)
    gen.punctuation(node.first_colon, ":")
    if node.upper is not None:
        gen.node(node.upper)
    if node.second_colon is _DEFAULT:
        if node.step is not None:
            gen.tokens.append(":")
    else:
        gen.punctuation(node.second_colon, ":")
    if node.step is not None:
        gen.node(node.step)


@_expression
def _binary(gen: _Codegen, node: Any) -> None:
    """`a + b`, `a and b`: left, operator, right."""
    gen.node(node.left)
    gen.node(node.operator)
    gen.node(node.right)


@_expression
def _unary(gen: _Codegen, node: cst.UnaryOperation) -> None:
    gen.node(node.operator)
    gen.node(node.expression)


@_expression
def _comparison(gen: _Codegen, node: cst.Comparison) -> None:
    gen.node(node.left)
    for target in node.comparisons:
        start = len(gen.tokens)
        gen.node(target.operator)
        gen.node(target.comparator)
        gen.close(target, start)


@_expression
def _concatenated(gen: _Codegen, node: cst.ConcatenatedString) -> None:
    gen.node(node.left)
    gen.ws(node.whitespace_between)
    gen.node(node.right)


@_expression
def _formatted_string(gen: _Codegen, node: cst.FormattedString) -> None:
    gen.tokens.append(node.start)
    _formatted_parts(gen, node.parts)
    gen.tokens.append(node.end)


def _formatted_parts(gen: _Codegen, parts: Sequence[cst.BaseFormattedStringContent]) -> None:
    tokens = gen.tokens
    for part in parts:
        start = len(tokens)
        if type(part) is cst.FormattedStringText:
            tokens.append(part.value)
        elif type(part) is cst.FormattedStringExpression:
            tokens.append("{")
            gen.ws(part.whitespace_before_expression)
            gen.node(part.expression)
            if part.equal is not None:
                gen.punctuation(part.equal, "=")
            gen.ws(part.whitespace_after_expression)
            if part.conversion is not None:
                tokens.append("!")
                tokens.append(part.conversion)
            if part.format_spec is not None:
                tokens.append(":")
                _formatted_parts(gen, part.format_spec)
            tokens.append("}")
        else:
            part._codegen(gen.state)
            continue
        gen.close(part, start)


@_expression
def _if_exp(gen: _Codegen, node: cst.IfExp) -> None:
    tokens = gen.tokens
    gen.node(node.body)
    gen.ws(node.whitespace_before_if)
    tokens.append("if")
    gen.ws(node.whitespace_after_if)
    gen.node(node.test)
    gen.ws(node.whitespace_before_else)
    tokens.append("else")
    gen.ws(node.whitespace_after_else)
    gen.node(node.orelse)


@_expression
def _await(gen: _Codegen, node: cst.Await) -> None:
    gen.tokens.append("await")
    gen.ws(node.whitespace_after_await)
    gen.node(node.expression)


@_expression
def _named_expr(gen: _Codegen, node: cst.NamedExpr) -> None:
    gen.node(node.target)
    gen.ws(node.whitespace_before_walrus)
    gen.tokens.append(":=")
    gen.ws(node.whitespace_after_walrus)
    gen.node(node.value)


@_expression
def _lambda(gen: _Codegen, node: cst.Lambda) -> None:
    gen.tokens.append("lambda")
    params = node.params
    if node.whitespace_after_lambda is _DEFAULT:
        if (params.posonly_params or params.params or isinstance(params.star_arg, cst.Param)
                or params.kwonly_params or params.star_kwarg is not None):
            gen.tokens.append(" ")  # a space before the parameters, if there are any
    else:
        gen.ws(node.whitespace_after_lambda)
    gen.node(params)
    gen.punctuation(node.colon, ":")
    gen.node(node.body)


def _comprehension(opening: str) -> _Handler:
    """A generator `(x for ...)` (its parentheses are its own), a list or set comprehension, a dict one."""
    @_expression
    def comprehension(gen: _Codegen, node: Any) -> None:
        if opening:
            gen.tokens.append(opening)
            gen.ws((node.lbracket if opening == "[" else node.lbrace).whitespace_after)
        if type(node) is cst.DictComp:
            gen.node(node.key)
            gen.ws(node.whitespace_before_colon)
            gen.tokens.append(":")
            gen.ws(node.whitespace_after_colon)
            gen.node(node.value)
        else:
            gen.node(node.elt)
        gen.node(node.for_in)
        if opening == "[":
            gen.closing(node.rbracket, "]")
        elif opening:
            gen.closing(node.rbrace, "}")
    return comprehension


@_plain
def _comp_for(gen: _Codegen, node: cst.CompFor) -> None:
    tokens = gen.tokens
    gen.ws(node.whitespace_before)
    _for_in(gen, node)
    for condition in node.ifs:
        start = len(tokens)
        gen.ws(condition.whitespace_before)
        tokens.append("if")
        gen.ws(condition.whitespace_before_test)
        gen.node(condition.test)
        gen.close(condition, start)
    if node.inner_for_in is not None:
        gen.node(node.inner_for_in)


def _sequence(opening: str, closing: str) -> _Handler:
    """A list `[...]` or a set `{...}` of elements."""
    @_expression
    def sequence(gen: _Codegen, node: Any) -> None:
        gen.tokens.append(opening)
        gen.ws((node.lbracket if opening == "[" else node.lbrace).whitespace_after)
        last = len(node.elements) - 1
        for i, element in enumerate(node.elements):
            gen.element(element, i < last, True)
        gen.closing(node.rbracket if opening == "[" else node.rbrace, closing)
    return sequence


@_expression
def _tuple(gen: _Codegen, node: cst.Tuple) -> None:
    elements = node.elements
    if len(elements) == 1:
        gen.element(elements[0], True, False)  # `(x,)`: its comma makes it a tuple
        return
    last = len(elements) - 1
    for i, element in enumerate(elements):
        gen.element(element, i < last, True)


@_expression
def _dict(gen: _Codegen, node: cst.Dict) -> None:
    gen.tokens.append("{")
    gen.ws(node.lbrace.whitespace_after)
    last = len(node.elements) - 1
    for i, element in enumerate(node.elements):
        gen.dict_element(element, i < last)
    gen.closing(node.rbrace, "}")


@_plain
def _parameters(gen: _Codegen, node: cst.Parameters) -> None:
    tokens = gen.tokens
    star_arg = node.star_arg
    if star_arg is _DEFAULT:
        star_included = len(node.kwonly_params) > 0
    else:
        star_included = isinstance(star_arg, (cst.Param, cst.ParamStar))
    for param in node.posonly_params:
        gen.param(param, "", True)
    more = star_included or bool(node.params) or bool(node.kwonly_params) or node.star_kwarg is not None
    if isinstance(node.posonly_ind, cst.ParamSlash):
        node.posonly_ind._codegen(gen.state, default_comma=more)
    elif node.posonly_params:
        tokens.append("/, " if more else "/")
    last = len(node.params) - 1
    more = star_included or bool(node.kwonly_params) or node.star_kwarg is not None
    for i, param in enumerate(node.params):
        gen.param(param, "", i < last or more)
    if star_arg is _DEFAULT:
        if star_included:
            tokens.append("*, ")
    elif isinstance(star_arg, cst.Param):
        gen.param(star_arg, "*", bool(node.kwonly_params) or node.star_kwarg is not None)
    elif isinstance(star_arg, cst.ParamStar):
        gen.node(star_arg)
    last = len(node.kwonly_params) - 1
    for i, param in enumerate(node.kwonly_params):
        gen.param(param, "", i < last or node.star_kwarg is not None)
    if node.star_kwarg is not None:
        gen.param(node.star_kwarg, "**", False)


@_plain
def _right_paren(gen: _Codegen, node: cst.RightParen) -> None:
    gen.ws(node.whitespace_before)
    gen.tokens.append(")")


def _operator(gen: _Codegen, node: Any) -> None:
    """`+`, `==`, `and`, `+=`: whitespace, the token (its syntactic position), whitespace."""
    start = len(gen.tokens)
    gen.ws(node.whitespace_before)
    inner = len(gen.tokens)
    gen.tokens.append(node._get_token())
    gen.ws(node.whitespace_after)
    gen.close(node, start, (inner, inner + 1))


def _two_token_operator(gen: _Codegen, node: Any) -> None:
    """`not in`, `is not`."""
    start = len(gen.tokens)
    gen.ws(node.whitespace_before)
    inner = len(gen.tokens)
    first, second = node._get_tokens()
    gen.tokens.append(first)
    gen.ws(node.whitespace_between)
    gen.tokens.append(second)
    syntactic = (inner, len(gen.tokens))
    gen.ws(node.whitespace_after)
    gen.close(node, start, syntactic)


@_plain
def _unary_operator(gen: _Codegen, node: Any) -> None:
    gen.tokens.append(node._get_token())
    gen.ws(node.whitespace_after)


def _operator_kinds() -> dict[type, _Handler]:
    from libcst._nodes.op import BaseUnaryOp, _BaseOneTokenOp, _BaseTwoTokenOp

    found: dict[type, _Handler] = {}
    for base, handler in ((_BaseOneTokenOp, _operator), (_BaseTwoTokenOp, _two_token_operator),
                          (BaseUnaryOp, _unary_operator)):
        for kind in kinds_of(base):
            # Only kinds whose code generation is the base's own (every one in LibCST 1.x).
            if kind in KEPT and kind._codegen_impl is base._codegen_impl:  # type: ignore[attr-defined]
                found[kind] = handler
    return found


_HANDLERS: dict[type, _Handler] = {
    cst.Module: _module, cst.SimpleStatementLine: _simple_statement_line,
    cst.SimpleStatementSuite: _simple_statement_suite, cst.IndentedBlock: _indented_block,
    cst.FunctionDef: _function_def, cst.ClassDef: _class_def, cst.If: _if, cst.Else: _clause("else"),
    cst.Finally: _clause("finally"), cst.For: _for, cst.While: _while, cst.Try: _try,
    cst.ExceptHandler: _except_handler, cst.With: _with, cst.Decorator: _decorator, cst.AsName: _as_name,
    cst.Name: _token_expression, cst.SimpleString: _token_expression, cst.Integer: _token_expression,
    cst.Float: _token_expression, cst.Imaginary: _token_expression, cst.Attribute: _attribute, cst.Call: _call,
    cst.Subscript: _subscript, cst.Index: _index, cst.Slice: _slice, cst.BinaryOperation: _binary,
    cst.BooleanOperation: _binary, cst.UnaryOperation: _unary, cst.Comparison: _comparison,
    cst.ConcatenatedString: _concatenated, cst.FormattedString: _formatted_string, cst.IfExp: _if_exp,
    cst.Await: _await, cst.NamedExpr: _named_expr, cst.Lambda: _lambda,
    cst.GeneratorExp: _comprehension(""), cst.ListComp: _comprehension("["), cst.SetComp: _comprehension("{"),
    cst.DictComp: _comprehension("{"), cst.CompFor: _comp_for, cst.List: _sequence("[", "]"),
    cst.Set: _sequence("{", "}"), cst.Tuple: _tuple, cst.Dict: _dict, cst.Parameters: _parameters,
    cst.RightParen: _right_paren,
    **_operator_kinds(),
}
_SMALL: dict[type, _SmallHandler] = {
    cst.Expr: _expr, cst.Assign: _assign, cst.AugAssign: _aug_assign, cst.Return: _keyword_and_value("return"),
    cst.Raise: _keyword_and_value("raise"), cst.Pass: _keyword("pass"), cst.Break: _keyword("break"),
    cst.Continue: _keyword("continue"), cst.Assert: _assert, cst.Del: _del, cst.Import: _import,
    cst.ImportFrom: _import_from,
}
