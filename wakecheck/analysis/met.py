"""Which configured patterns match something the analysis met, so that the others can be named.

A pattern of a name key *matches something* when it matches a name the analysis met:

- a call or attribute read it evaluated (the dotted names it tried the idle model on:
  `pkg.mod.Class.method`, `workers.DurableObject.env.SANDBOX.get`, `mod.helper`);
- a function, class, class attribute or module-level name defined in a module it read;
- in code of the modules it read that it did not run — paths the idle model cuts off
  (a check does not follow them), functions nothing it ran calls — a call or attribute
  read as written there: `self.env.SANDBOX.get`, a bare `helper` as `mod.helper` and as
  what its import names.

`container-factories` and `sinks` are matched against calls only; `active-guards`,
`empty-on-idle` and `rare` against calls and reads. A `quiet-methods` name matches when
a method of that name is called on a container handle (in code not run: on anything).
Entry patterns are decided by the entries found (wakecheck.entries).

What it does not look at: modules the analysis never read (nothing imports them on the
way), which may hold what a pattern names; and in a large check's units, a unit whose
findings are reused keeps what it met when it was analysed, until what it read changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.index import ProjectIndex
from wakecheck.analysis.interp import Interpreter
from wakecheck.analysis.writes import BODY_NAME, block_exprs, subexpressions
from wakecheck.config import Config
from wakecheck.patterns import PatternMap, PatternSet

CALLS_ONLY = frozenset({"container-factories", "sinks"})
LIBRARY_MODEL = ("models", "*")  # in what was met: a call a built-in library model knows
# A pattern with dots that does not start with a wildcard (`env.SANDBOX.get`) is matched
# from the name's start; whether `*.` before it would match is noted, to suggest it.
PROBE = "*."


def name_keys(config: Config) -> list[tuple[str, PatternSet | PatternMap]]:
    """The configuration's keys of name patterns, in the README's order."""
    return [("container-factories", config.container_factories), ("sinks", config.sinks),
            ("active-guards", config.active_guards), ("empty-on-idle", config.empty_on_idle),
            ("rare", config.rare)]


def patterns_of(patterns: PatternSet | PatternMap) -> tuple[str, ...]:
    return patterns.patterns if isinstance(patterns, PatternSet) else tuple(p for p, _ in patterns.items)


def probe(pattern: str) -> str | None:
    """`*.env.SANDBOX.get` for `env.SANDBOX.get`: the pattern a user most likely meant, if it differs."""
    return PROBE + pattern if "." in pattern and not pattern.startswith("*") else None


class _Todo:
    """The patterns (and probes) of each key that nothing met yet, compiled to match the rest quickly."""

    def __init__(self, config: Config) -> None:
        self.left: dict[str, list[str]] = {}
        for key, patterns in name_keys(config):
            wanted = list(patterns_of(patterns))
            wanted += [p for p in map(probe, wanted) if p is not None]
            if wanted:
                self.left[key] = wanted
        self.quiet = set(config.quiet_methods)
        self.met: set[tuple[str, str]] = set()
        self._sets = {key: PatternSet(tuple(left)) for key, left in self.left.items()}

    def __bool__(self) -> bool:
        return bool(self.left or self.quiet)

    def names(self, names: Iterable[str], call: bool) -> None:
        for key in list(self.left):
            if not call and key in CALLS_ONLY:
                continue
            found = self._sets[key].matching(names)
            if found:
                self.met.update((key, p) for p in found)
                left = [p for p in self.left[key] if p not in found]
                if left:
                    self.left[key], self._sets[key] = left, PatternSet(tuple(left))
                else:
                    del self.left[key], self._sets[key]

    def method(self, name: str) -> None:
        if name in self.quiet:
            self.quiet.discard(name)
            self.met.add(("quiet-methods", name))


def met_patterns(config: Config, interp: Interpreter, index: ProjectIndex) -> frozenset[tuple[str, str]]:
    """(key, pattern) for each name pattern and quiet method that matches something the analysis met.

    Probes (`*.` + a pattern) that match are among them: see `probe`.
    """
    todo = _Todo(config)
    if any(found.lib is not None for found in interp.met.values()):
        todo.met.add(LIBRARY_MODEL)  # a library model's call was met: something may wake
    for names, call in interp.met:
        if not todo.left:
            break
        todo.names(names, call)
    for method in interp.handle_methods:
        todo.method(method)
    if todo:
        # Only when something is still unmatched: the code the analysis did not run, as written.
        for module in index.loaded():
            _written(module, interp.reached, todo)
            if not todo:
                break
    return frozenset(todo.met)


def _written(module: ir.ModuleIR, reached: dict[str, set[int]], todo: _Todo) -> None:
    bindings = dict(module.globals)
    _defined(module, todo)
    for fn in module.functions:
        ran = reached.get(fn.qualname, ())
        for number, block in enumerate(fn.blocks):
            if number in ran:
                continue  # what ran there, the analysis met by the names it resolved
            for expr in block_exprs(block):
                for node in subexpressions(expr):
                    match node:
                        case ir.Call():
                            todo.names(_names(node.func, module.name, bindings), call=True)
                            if isinstance(node.func, ir.Attr):
                                todo.method(node.func.attr)
                        case ir.Attr() | ir.Name(scope=ir.Scope.GLOBAL):
                            todo.names(_names(node, module.name, bindings), call=False)
                        case _:
                            pass
            if not todo:
                return


def _defined(module: ir.ModuleIR, todo: _Todo) -> None:
    """What the module defines: functions and classes (callables), attributes and globals (values)."""
    todo.names([fn.qualname for fn in module.functions if fn.kind is not ir.FuncKind.LAMBDA
                and not fn.qualname.endswith(BODY_NAME)], call=True)
    todo.names([cls.qualname for cls in module.classes], call=True)
    todo.names([f"{cls.qualname}.{attr}" for cls in module.classes
                for attr in (*(a for a, _ in cls.class_attrs), *cls.fields, *(a for a, _, _ in cls.self_attrs))],
               call=False)
    todo.names([f"{module.name}.{name}" for name, _ in module.globals], call=False)


def _names(func: ir.Expr, module: str, bindings: dict[str, tuple[ir.Binding, ...]]) -> list[str]:
    """A callee or attribute as written, and as its first name's import or definition names it."""
    match func:
        case ir.Name():
            head, rest = func.id, ""
        case ir.Attr():
            head, _, rest = func.text.partition(".")
        case _:
            return []
    names = [f"{head}.{rest}" if rest else f"{module}.{head}"]
    for origin in _origins(bindings.get(head, ())):
        names.append(f"{origin}.{rest}" if rest else origin)
    return names


def _origins(found: Iterable[ir.Binding]) -> Iterator[str]:
    for binding in found:
        match binding.kind:
            case ir.BindingKind.FUNCTION | ir.BindingKind.CLASS | ir.BindingKind.IMPORT_MODULE:
                yield binding.target
            case ir.BindingKind.IMPORT_FROM if binding.member is not None:
                yield f"{binding.target}.{binding.member}"
            case _:
                pass
