"""The LibCST side of `--fix`: insert guard statements at the top of named functions; find their free names."""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from wakecheck.guard_template import needs_receiver, receiver, render

_EMPTY = cst.Module(body=[])


class GuardInserter(cst.CSTTransformer):
    """Put the guard first in each function at `targets` (class/def name paths), after its docstring.

    The guard is the `fix-guard` template with `{self}` as each function's first parameter
    (wakecheck.guard_template); a function without one, when the template needs it, is
    left alone and listed in `unguardable`.
    """

    def __init__(self, targets: list[list[str]], template: str) -> None:
        super().__init__()
        self.targets = [tuple(t) for t in targets]
        self.template = template
        self.stack: list[str] = []
        self.inserted: list[tuple[str, ...]] = []
        self.unguardable: list[tuple[str, ...]] = []
        self.guards: list[cst.BaseStatement] = []  # every guard inserted, for the names they need
        self.params: set[str] = set()

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.stack.append(node.name.value)

    def leave_ClassDef(self, original: cst.ClassDef, updated: cst.ClassDef) -> cst.ClassDef:
        self.stack.pop()
        return updated

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.stack.append(node.name.value)

    def leave_FunctionDef(self, original: cst.FunctionDef, updated: cst.FunctionDef) -> cst.FunctionDef:
        path = tuple(self.stack)
        self.stack.pop()
        if path not in self.targets or not isinstance(updated.body, cst.IndentedBlock):
            return updated
        params = updated.params
        first = [p.name.value for p in (*params.posonly_params, *params.params)][:1]
        if needs_receiver(self.template) and not first:
            self.unguardable.append(path)
            return updated
        guard = list(cst.parse_module(render(self.template, receiver(first)) + "\n").body)
        body = list(updated.body.body)
        start = 1 if body and _is_docstring(body[0]) else 0
        if _code(body[start:start + len(guard)]) == _code(guard):
            return updated  # already guarded: running --fix twice changes nothing
        self.inserted.append(path)
        self.guards += guard
        for param in (*params.posonly_params, *params.params, *params.kwonly_params):
            self.params.add(param.name.value)
        for star in (params.star_arg, params.star_kwarg):
            if isinstance(star, cst.Param):
                self.params.add(star.name.value)
        new_body = [*body[:start], *guard, *body[start:]]
        return updated.with_changes(body=updated.body.with_changes(body=new_body))


def _is_docstring(statement: cst.BaseStatement) -> bool:
    return (isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1
            and isinstance(statement.body[0], cst.Expr)
            and isinstance(statement.body[0].value, (cst.SimpleString, cst.ConcatenatedString)))


def _code(statements: Sequence[cst.BaseStatement]) -> list[str]:
    return [_EMPTY.code_for_node(s).strip() for s in statements]


class _Names(cst.CSTVisitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        node.value.visit(self)  # `a.b.c`: only `a` is a free name
        return False

    def visit_Arg(self, node: cst.Arg) -> bool:
        node.value.visit(self)  # `f(key=v)`: `key` is not a name
        return False

    def visit_Name(self, node: cst.Name) -> None:
        self.names.add(node.value)


def needed_imports(guard: Sequence[cst.BaseStatement], bound: set[str], params: set[str],
                   project: dict[str, list[tuple[str, str | None]]], builtin: set[str]) -> list[tuple[str, str]]:
    """(module, name) imports for the guard's free names the file does not bind; LookupError if unknowable."""
    visitor = _Names()
    for statement in guard:
        statement.visit(visitor)
    imports: list[tuple[str, str]] = []
    for name in sorted(visitor.names - bound - params - builtin - {"self", "cls"}):
        candidates = sorted(set(project.get(name, [])), key=lambda c: (c[0], c[1] or ""))
        if len(candidates) != 1:
            where = "nothing in the project" if not candidates else f"{len(candidates)} project modules or functions"
            raise LookupError(f"`{name}` in fix-guard is not bound in the file and names {where}; "
                              "import it there first")
        module, member = candidates[0]
        imports.append((module, member or name))
    return imports
