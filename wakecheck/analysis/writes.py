"""A module's writer index: which of its functions may store long-lived state, and what each calls.

Built once when the module is lowered (so it is cached with it) and read by facts.py's
search for the code that writes a location the loop reads:

- `a<attr>`: the function stores an attribute named attr (`x.attr = v`, `x.attr[k] = v`,
  `x.attr += v`, `x.attr.append(v)` and the other mutating methods, `setattr(x, "attr", v)`);
- `g<name>`: it stores or mutates a global name (`global name; name = v`, `name.append(v)`,
  `name[k] = v`; at module level only mutations: plain assignments there are bindings), its
  own module's or, through an attribute, another's (`module.name = v`, `module.name[k] = v`);
- `c<name>`: it calls something whose name ends in `name` (`f(...)`, `obj.f(...)`, `@f`).
"""

from __future__ import annotations

from collections.abc import Iterator

from wakecheck.analysis import cfg as ir

MUTATORS = frozenset({"append", "add", "appendleft", "insert", "extend", "update", "extendleft",
                      "setdefault", "clear", "pop", "remove", "sort", "discard", "popleft", "__setitem__",
                      "put", "put_nowait", "set"})  # a queue's put is a list's append, an event's set too
# Library functions that add their second argument to the list given first (`heapq.heappush(h, x)`,
# `bisect.insort(a, x)`): named alone or through their module, as written.
ADDERS = frozenset({"heappush", "heappushpop", "insort", "insort_left", "insort_right"})
EMPTYING = frozenset({"clear", "pop", "remove", "discard", "popleft", "sort"})  # mutators that add nothing
BODY_NAME = "<module>"


def writes_of(module: ir.ModuleIR) -> tuple[tuple[str, tuple[str, ...]], ...]:
    found: dict[str, list[str]] = {}
    for fn in module.functions:
        keys = _keys(fn)
        for key in sorted(keys):
            found.setdefault(key, []).append(fn.qualname)
    return tuple((key, tuple(found[key])) for key in sorted(found))


def _keys(fn: ir.FunctionIR) -> set[str]:
    at_module = fn.name == BODY_NAME
    keys: set[str] = set()
    for target in _targets(fn):
        _target_keys(target, at_module, keys, top=True)
    for block in fn.blocks:
        for op in block.ops:
            if isinstance(op, ir.AugAssign) and isinstance(op.target, (ir.AttrT, ir.NameT)):
                _fill_keys(op.target, at_module, keys)  # `self.pending += batch`
    for expr in _exprs(fn):
        for call in _calls(expr):
            func = call.func
            called = func.attr if isinstance(func, ir.Attr) else func.id if isinstance(func, ir.Name) else None
            if called in ADDERS and call.args:
                _container_keys(call.args[0].value, at_module, keys)
                _fill_keys(call.args[0].value, at_module, keys)
            if isinstance(func, ir.Attr):
                keys.add("c" + func.attr)
                if func.attr in MUTATORS:
                    _container_keys(func.base, at_module, keys)
                    if func.attr not in EMPTYING:
                        _fill_keys(func.base, at_module, keys)
            elif isinstance(func, ir.Name):
                keys.add("c" + func.id)
                if func.id == "setattr" and len(call.args) >= 2:
                    name = call.args[1].value
                    if isinstance(name, ir.Const) and isinstance(name.value, str):
                        keys.add("a" + name.value)
                    else:
                        keys.add("a*")
            else:
                keys.add("c" + call.text.rsplit(".", 1)[-1].split("(")[0].strip())
    return keys


def _target_keys(target: ir.Target, at_module: bool, keys: set[str], top: bool) -> None:
    match target:
        case ir.AttrT():
            keys.add("a" + target.attr)
            keys.add("g" + target.attr)  # `module.NAME = v` rebinds another module's global
        case ir.SubscriptT():
            _container_keys(target.base, at_module, keys)
            _fill_keys(target.base, at_module, keys)
        case ir.NameT(scope=ir.Scope.GLOBAL) if not at_module:
            keys.add("g" + target.id)
        case ir.TupleT():
            for item in target.items:
                _target_keys(item, at_module, keys, top=False)
        case ir.StarT():
            _target_keys(target.target, at_module, keys, top=False)
        case _:
            pass


def _container_keys(base: ir.Expr, at_module: bool, keys: set[str]) -> None:
    """A container mutated through `base`: the attribute or global that holds it."""
    match base:
        case ir.Attr():
            keys.add("a" + base.attr)
            keys.add("g" + base.attr)  # `module.NAME[k] = v`: another module's global
        case ir.Name(scope=ir.Scope.GLOBAL):
            keys.add("g" + base.id)
        case ir.Name(scope=ir.Scope.LOCAL) if at_module:
            keys.add("g" + base.id)  # a module's top-level names are its body's locals
        case ir.Subscript():
            _container_keys(base.base, at_module, keys)
        case _:
            pass


def _fill_keys(base: ir.Expr | ir.Target, at_module: bool, keys: set[str]) -> None:
    """A container filled through `base` (`f<name>`). A list that nothing in the project fills is
    filled by code the analysis does not see (Facts._filled_in_project)."""
    name = filled_name(base, at_module)
    if name is not None:
        keys.add("f" + name)


def filled_name(base: ir.Expr | ir.Target, at_module: bool) -> str | None:
    """The attribute or global a container reached through `base` is kept under, if any."""
    match base:
        case ir.Attr() | ir.AttrT():
            return base.attr
        case ir.Name(scope=ir.Scope.GLOBAL) | ir.NameT(scope=ir.Scope.GLOBAL):
            return base.id
        case ir.Name(scope=ir.Scope.LOCAL) | ir.NameT(scope=ir.Scope.LOCAL) if at_module:
            return base.id
        case ir.Subscript():
            return filled_name(base.base, at_module)
        case _:
            return None


def _targets(fn: ir.FunctionIR) -> Iterator[ir.Target]:
    for block in fn.blocks:
        for op in block.ops:
            if isinstance(op, ir.Assign):
                yield from op.targets
            elif isinstance(op, ir.AugAssign):
                yield op.target
        if isinstance(block.term, ir.ForIter):
            yield block.term.target


def assigned(fn: ir.FunctionIR, scope: ir.Scope) -> frozenset[str]:
    """The names of `scope` that `fn` binds: by assignment, augmented assignment, a `for` target,
    and (its locals) `:=`."""
    names = {leaf.id for target in _targets(fn) for leaf in leaf_targets(target)
             if isinstance(leaf, ir.NameT) and leaf.scope is scope}
    if scope is ir.Scope.LOCAL:
        names.update(node.target for expr in _exprs(fn) for node in subexpressions(expr)
                     if isinstance(node, ir.NamedExpr))
    return frozenset(names)


def _exprs(fn: ir.FunctionIR) -> Iterator[ir.Expr]:
    for block in fn.blocks:
        yield from block_exprs(block)
    for param in fn.params:
        if param.default is not None:
            yield param.default


def block_exprs(block: ir.Block) -> Iterator[ir.Expr]:
    """The expressions a block evaluates: its operations' values and targets, its test or return value."""
    for op in block.ops:
        match op:
            case ir.Assign():
                yield op.value
                for target in op.targets:
                    yield from _target_exprs(target)
            case ir.AugAssign():
                yield op.value
                yield from _target_exprs(op.target)
            case ir.Eval():
                yield op.value
    match block.term:
        case ir.Branch():
            yield block.term.cond
        case ir.Return() if block.term.value is not None:
            yield block.term.value
        case _:
            pass


def leaf_targets(target: ir.Target) -> Iterator[ir.Target]:
    """The names, attributes and items an assignment to `target` stores to (`a, *b.c = ...`)."""
    match target:
        case ir.TupleT():
            for item in target.items:
                yield from leaf_targets(item)
        case ir.StarT():
            yield from leaf_targets(target.target)
        case _:
            yield target


def _target_exprs(target: ir.Target) -> Iterator[ir.Expr]:
    for leaf in leaf_targets(target):
        match leaf:
            case ir.AttrT():
                yield leaf.base
            case ir.SubscriptT():
                yield leaf.base
                yield leaf.index
            case _:
                pass


def _calls(expr: ir.Expr) -> Iterator[ir.Call]:
    """Every call inside an expression, decorators and protocol calls included."""
    return (node for node in subexpressions(expr) if isinstance(node, ir.Call))


def subexpressions(expr: ir.Expr) -> Iterator[ir.Expr]:
    """`expr` and every expression inside it, decorators and protocol calls included."""
    stack: list[object] = [expr]
    while stack:
        node = stack.pop()
        if node is not None:
            yield node  # type: ignore[misc]
        match node:
            case ir.Call():
                stack.append(node.func)
                stack.extend(arg.value for arg in node.args)
            case ir.Decorate():
                stack.append(node.value)
                stack.extend(node.decorators)
            case ir.Name() | ir.Const() | ir.FuncRef() | ir.ModuleRef() | None:
                pass
            case ir.Attr():
                stack.append(node.base)
            case ir.BinOp() | ir.BoolOp():
                stack.extend((node.left, node.right))
            case ir.UnaryOp():
                stack.append(node.operand)
            case ir.Compare():
                stack.append(node.left)
                stack.extend(node.comparators)
            case ir.IfExp():
                stack.extend((node.test, node.body, node.orelse))
            case ir.SeqLit() | ir.FString():
                stack.extend(node.items if isinstance(node, ir.SeqLit) else node.parts)
            case ir.DictLit():
                stack.extend(k for k in node.keys if k is not None)
                stack.extend(node.values)
            case ir.Subscript():
                stack.extend((node.base, node.index))
            case ir.Starred():
                stack.append(node.value)
            case ir.NamedExpr():
                stack.append(node.value)
            case ir.Comp():
                stack.append(node.elt)
                if node.value is not None:
                    stack.append(node.value)
                for gen in node.generators:
                    stack.append(gen.iter)
                    stack.extend(gen.ifs)
            case ir.Raised() | ir.Iter():
                stack.append(node.value)
            case ir.Yield():
                stack.append(node.value)
            case ir.Enter() | ir.Exit():
                stack.append(node.holder)
            case ir.Opaque():
                stack.extend(node.parts)
            case _:
                raise AssertionError(f"unhandled expression {node!r}")
