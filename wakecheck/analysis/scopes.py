"""Which names a function body binds locally, by Python's scoping rules, without LibCST metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst


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


class _Binder(cst.CSTVisitor):
    """Collects binding names in one function body; nested functions and classes are not entered."""

    def __init__(self, scope: FunctionScope) -> None:
        super().__init__()
        self.scope = scope

    def _bind(self, names: list[str]) -> None:
        self.scope.locals.update(names)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self._bind([node.name.value])
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self._bind([node.name.value])
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False

    def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
        self._bind(target_names(node.target))

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        self._bind(target_names(node.target))

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._bind(target_names(node.target))

    def visit_For(self, node: cst.For) -> None:
        self._bind(target_names(node.target))

    def visit_CompFor(self, node: cst.CompFor) -> None:
        # Comprehension variables live in their own scope in Python 3; binding them
        # here is harmless because the evaluator rebinds them per comprehension.
        self._bind(target_names(node.target))

    def visit_WithItem(self, node: cst.WithItem) -> None:
        if node.asname is not None:
            self._bind(target_names(node.asname.name))

    def visit_ExceptHandler(self, node: cst.ExceptHandler) -> None:
        if node.name is not None:
            self._bind(target_names(node.name.name))

    def visit_ExceptStarHandler(self, node: cst.ExceptStarHandler) -> None:
        if node.name is not None:
            self._bind(target_names(node.name.name))

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._bind(target_names(node.target))

    def visit_Import(self, node: cst.Import) -> None:
        for alias in node.names:
            if alias.asname is not None:
                self._bind(target_names(alias.asname.name))
            else:
                self._bind([_head(alias.name)])

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        if isinstance(node.names, cst.ImportStar):
            return
        for alias in node.names:
            bound = alias.asname.name if alias.asname is not None else alias.name
            self._bind(target_names(bound) if isinstance(bound, cst.Name) else [_head(bound)])

    def visit_MatchAs(self, node: cst.MatchAs) -> None:
        if node.name is not None:
            self._bind([node.name.value])

    def visit_MatchStar(self, node: cst.MatchStar) -> None:
        if node.name is not None:
            self._bind([node.name.value])

    def visit_MatchMapping(self, node: cst.MatchMapping) -> None:
        if node.rest is not None:
            self._bind([node.rest.value])

    def visit_Global(self, node: cst.Global) -> None:
        self.scope.globals.update(item.name.value for item in node.names)

    def visit_Nonlocal(self, node: cst.Nonlocal) -> None:
        self.scope.nonlocals.update(item.name.value for item in node.names)


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
    body.visit(_Binder(scope))
    scope.locals -= scope.globals
    scope.locals -= scope.nonlocals
    return scope
