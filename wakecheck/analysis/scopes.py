"""Which names a function body binds locally, by Python's scoping rules, without LibCST metadata."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

import libcst as cst

from wakecheck.analysis.positions import kinds_of


@dataclass(slots=True)
class FunctionScope:
    """The names one function binds; `free` grows as nested code asks for enclosing names."""

    qualname: str
    locals: set[str] = field(default_factory=set)
    globals: set[str] = field(default_factory=set)
    nonlocals: set[str] = field(default_factory=set)
    free: list[str] = field(default_factory=list)

    def add_free(self, name: str) -> None:
        if name not in self.free:
            self.free.append(name)


def target_names(node: cst.BaseExpression | cst.BaseAssignTargetExpression) -> list[str]:
    """Names bound by an assignment target (`a`, `a, *b`, `[a, (b, c)]`); attributes bind none."""
    match node:
        case cst.Name():
            return [node.value]
        case cst.Tuple() | cst.List():
            names: list[str] = []
            for element in node.elements:
                names.extend(target_names(element.value))
            return names
        case cst.StarredElement():
            return target_names(node.value)
        case _:
            # Attribute and subscript targets store into objects, not into the scope.
            return []


# Binding sites, by node type: each records what the node binds and says whether
# the walk goes into the node (nested functions, classes and lambdas have scopes
# of their own). A node of another type binds nothing itself and is walked into.
def _bind_def(node: cst.FunctionDef | cst.ClassDef, scope: FunctionScope) -> bool:
    scope.locals.add(node.name.value)
    return False


def _bind_lambda(node: cst.Lambda, scope: FunctionScope) -> bool:
    return False


def _bind_target(node: cst.AssignTarget | cst.AnnAssign | cst.AugAssign | cst.For | cst.CompFor
                 | cst.NamedExpr, scope: FunctionScope) -> bool:
    # Comprehension variables live in their own scope in Python 3; binding them
    # here is harmless because the evaluator rebinds them per comprehension.
    scope.locals.update(target_names(node.target))
    return True


def _bind_as(node: cst.WithItem, scope: FunctionScope) -> bool:
    if node.asname is not None:
        scope.locals.update(target_names(node.asname.name))
    return True


def _bind_handler(node: cst.ExceptHandler | cst.ExceptStarHandler, scope: FunctionScope) -> bool:
    if node.name is not None:
        scope.locals.update(target_names(node.name.name))
    return True


def _bind_import(node: cst.Import, scope: FunctionScope) -> bool:
    for alias in node.names:
        if alias.asname is not None:
            scope.locals.update(target_names(alias.asname.name))
        else:
            scope.locals.add(_head(alias.name))
    return True


def _bind_import_from(node: cst.ImportFrom, scope: FunctionScope) -> bool:
    if isinstance(node.names, cst.ImportStar):
        return True
    for alias in node.names:
        bound = alias.asname.name if alias.asname is not None else alias.name
        scope.locals.update(target_names(bound) if isinstance(bound, cst.Name) else [_head(bound)])
    return True


def _bind_match_name(node: cst.MatchAs | cst.MatchStar, scope: FunctionScope) -> bool:
    if node.name is not None:
        scope.locals.add(node.name.value)
    return True


def _bind_match_rest(node: cst.MatchMapping, scope: FunctionScope) -> bool:
    if node.rest is not None:
        scope.locals.add(node.rest.value)
    return True


def _bind_global(node: cst.Global, scope: FunctionScope) -> bool:
    scope.globals.update(item.name.value for item in node.names)
    return True


def _bind_nonlocal(node: cst.Nonlocal, scope: FunctionScope) -> bool:
    scope.nonlocals.update(item.name.value for item in node.names)
    return True


_BINDERS: dict[type, Callable[[Any, FunctionScope], bool]] = {
    cst.FunctionDef: _bind_def, cst.ClassDef: _bind_def, cst.Lambda: _bind_lambda,
    cst.AssignTarget: _bind_target, cst.AnnAssign: _bind_target, cst.AugAssign: _bind_target,
    cst.For: _bind_target, cst.CompFor: _bind_target, cst.NamedExpr: _bind_target,
    cst.WithItem: _bind_as, cst.ExceptHandler: _bind_handler, cst.ExceptStarHandler: _bind_handler,
    cst.Import: _bind_import, cst.ImportFrom: _bind_import_from,
    cst.MatchAs: _bind_match_name, cst.MatchStar: _bind_match_name, cst.MatchMapping: _bind_match_rest,
    cst.Global: _bind_global, cst.Nonlocal: _bind_nonlocal,
}

# Fields that hold only whitespace, comments and punctuation: nothing binds there.
_SKIPPED_FIELDS = frozenset({
    "lpar", "rpar", "comma", "semicolon", "leading_lines", "lines_after_decorators", "header", "footer",
    "trailing_whitespace", "newline", "colon", "equal", "dot", "star", "operator", "lbrace", "rbrace",
    "lbracket", "rbracket", "first_colon", "second_colon", "posonly_ind", "asynchronous", "empty_lines",
    "comment", "trailing_comma", "separator", "default_indent", "default_newline", "encoding",
    "has_trailing_newline", "indent", "first_line", "last_line",
})
# Nodes with no code beneath them (names, literals, `pass`, `break`, `continue`): the walk stops there.
_LEAVES = frozenset({cst.Name, cst.Integer, cst.Float, cst.Imaginary, cst.SimpleString, cst.Ellipsis,
                     cst.Pass, cst.Break, cst.Continue})
_NODES = kinds_of(cst.CSTNode)  # by exact type: isinstance against LibCST's abstract bases is slow
# Node kind → (its binder or None, the values of its fields that may hold code, in one C call).
_PLANS: dict[type, tuple[Callable[[Any, FunctionScope], bool] | None, Callable[[Any], tuple[Any, ...]]]] = {}


def _plan(kind: type) -> tuple[Callable[[Any, FunctionScope], bool] | None, Callable[[Any], tuple[Any, ...]]]:
    found = _PLANS.get(kind)
    if found is None:
        names = () if kind in _LEAVES else tuple(
            f.name for f in dataclasses.fields(kind)
            if f.name not in _SKIPPED_FIELDS and not f.name.startswith("whitespace"))
        found = _PLANS[kind] = (_BINDERS.get(kind), _tuple_getter(names))
    return found


def _tuple_getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving an object's attributes `names` as a tuple, read in one C call (`attrgetter`)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])

        def single(obj: Any) -> tuple[Any, ...]:
            return (one(obj),)
        return single

    def none(obj: Any) -> tuple[Any, ...]:
        return ()
    return none


def _walk_bindings(body: cst.CSTNode, scope: FunctionScope) -> None:
    """Record every name `body` binds, by a plain walk over node fields.

    LibCST's visitor machinery costs about as much as parsing; this walk looks
    only at fields that can hold code, and the order it takes does not matter.
    """
    stack: list[Any] = [body]
    plans, plan, nodes = _PLANS, _plan, _NODES
    while stack:
        node = stack.pop()
        kind = type(node)
        binder, fields = plans.get(kind) or plan(kind)
        if binder is not None and not binder(node, scope):
            continue
        for value in fields(node):
            if type(value) in nodes:
                stack.append(value)
            elif isinstance(value, (tuple, list)):
                stack.extend(value)
            # else a string, a flag or MaybeSentinel: nothing beneath


def _head(node: cst.BaseExpression) -> str:
    """`a` for the dotted name `a.b.c` (what `import a.b.c` binds)."""
    while isinstance(node, cst.Attribute):
        node = node.value
    return node.value if isinstance(node, cst.Name) else ""


def function_scope(qualname: str, params: cst.Parameters | None,
                   body: cst.CSTNode) -> FunctionScope:
    scope = FunctionScope(qualname)
    if params is not None:
        every = [*params.posonly_params, *params.params, *params.kwonly_params]
        for extra in (params.star_arg, params.star_kwarg):
            if isinstance(extra, cst.Param):
                every.append(extra)
        scope.locals.update(p.name.value for p in every)
    _walk_bindings(body, scope)
    scope.locals -= scope.globals
    scope.locals -= scope.nonlocals
    return scope
