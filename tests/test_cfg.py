"""CFG shapes, asserted as compact edge lists ("0 -T-> 1")."""

from __future__ import annotations

import textwrap

from wakecheck.analysis import cfg as ir
from wakecheck.parsing import SourceText, lower_source


def lower(source: str, name: str = "f") -> ir.FunctionIR:
    module = lower_source(SourceText("m.py", textwrap.dedent(source)), "m", False)
    assert isinstance(module, ir.ModuleIR)
    return next(fn for fn in module.functions if fn.name == name)


def edges(fn: ir.FunctionIR) -> list[str]:
    """Edges among blocks reachable from the start: T/F branches, I(terate)/X(exit), E(xception), ->."""
    out: list[str] = []
    seen, todo = set(), [0]
    while todo:
        bid = todo.pop(0)
        if bid in seen:
            continue
        seen.add(bid)
        block = fn.blocks[bid]
        succ: list[tuple[str, int]] = []
        match block.term:
            case ir.Goto(target=t):
                succ.append(("", t))
            case ir.Branch(true=t, false=f):
                succ += [("T", t), ("F", f)]
            case ir.ForIter(body=b, exit=x):
                succ += [("I", b), ("X", x)]
            case ir.Return():
                out.append(f"{bid} return")
            case ir.Raise():
                out.append(f"{bid} raise")
            case _:
                pass
        if block.handler is not None:
            succ.append(("E", block.handler))
        for label, target in succ:
            out.append(f"{bid} -{label}-> {target}" if label else f"{bid} -> {target}")
            todo.append(target)
    return out


def test_and_becomes_two_branches_sharing_the_false_target() -> None:
    fn = lower("""
        def f(a, b):
            if a and b:
                x()
            y()
    """)
    assert edges(fn) == ["0 -T-> 3", "0 -F-> 2", "3 -T-> 1", "3 -F-> 2",
                         "2 return", "1 -> 2"]


def test_not_swaps_the_targets() -> None:
    fn = lower("""
        def f(a):
            if not a:
                return
            x()
    """)
    [branch] = [b.term for b in fn.blocks if isinstance(b.term, ir.Branch)]
    assert branch.text == "a"
    assert isinstance(fn.blocks[branch.false].term, ir.Return)


def test_for_has_a_zero_iteration_edge_and_else() -> None:
    fn = lower("""
        def f(xs):
            for x in xs:
                if x:
                    break
            else:
                y()
            z()
    """)
    header = next(b for b in fn.blocks if isinstance(b.term, ir.ForIter))
    assert isinstance(header.term, ir.ForIter)
    exit_block = fn.blocks[header.term.exit]
    assert any(isinstance(op, ir.Eval) for op in exit_block.ops)  # the else body runs on exit


def test_return_in_try_runs_finally_then_returns() -> None:
    fn = lower("""
        def f(a):
            try:
                if a:
                    return 1
            finally:
                log()
            after()
    """)
    returns = [b for b in fn.blocks if isinstance(b.term, ir.Return) and b.term.value is not None
               and isinstance(b.term.value, ir.Name)]
    assert returns, "the return goes through a temporary"
    ret_block = returns[0]
    calls = [op.value.text for op in ret_block.ops if isinstance(op, ir.Eval) and isinstance(op.value, ir.Call)]
    assert calls == ["log"]  # finally's body, inlined before the return


def test_code_after_return_is_not_lowered() -> None:
    fn = lower("""
        def f():
            return 1
            unreachable()
    """)
    assert all(not block.ops for block in fn.blocks)


def test_while_true_exits_only_by_break() -> None:
    fn = lower("""
        def f():
            while True:
                if g():
                    break
            h()
    """)
    header = next(b for b in fn.blocks if isinstance(b.term, ir.Branch) and b.term.text == "True")
    assert isinstance(header.term, ir.Branch) and isinstance(header.term.cond, ir.Const)


def test_lambda_captures_free_names() -> None:
    module = lower_source(SourceText("m.py", "def f(self):\n    return lambda: self.g()\n"), "m", False)
    assert isinstance(module, ir.ModuleIR)
    lam = next(fn for fn in module.functions if fn.kind is ir.FuncKind.LAMBDA)
    assert lam.free_vars == ("self",)
    assert lam.qualname == "m.f.<lambda:2>"


def test_equal_leaves_are_one_object_and_equal_values_of_other_types_are_not() -> None:
    fn = lower("""
        def f(self, x):
            self.run(x, 1)
            self.run(x, 1.0)
            self.run(x, True)
            self.run(x, 1)
    """)
    calls = [op.value for block in fn.blocks for op in block.ops
             if isinstance(op, ir.Eval) and isinstance(op.value, ir.Call)]
    assert [c.text for c in calls] == ["self.run"] * 4
    assert all(c.func is calls[0].func for c in calls)  # `self.run`: one Attr holding one Name
    args = [c.args for c in calls]
    assert all(a[0] is args[0][0] for a in args)  # `x`: one Arg
    values = [a[1].value for a in args]
    assert [type(v.value) for v in values if isinstance(v, ir.Const)] == [int, float, bool, int]
    assert values[0] is values[3] and values[0] is not values[1] and values[0] is not values[2]
