"""Which names a function binds: every binding form Python has, nested scopes left alone."""

from __future__ import annotations

import libcst as cst

from wakecheck.analysis.scopes import function_scope

SOURCE = '''
def f(a, /, b, *args, c, **kw):
    x = y = 1
    (p, [q, *r]) = z
    s: int = 2
    t += 1
    obj.attr = 3
    items[0] = 4
    for i, (j, k) in pairs:
        pass
    with open(a) as fh, lock:
        pass
    try:
        pass
    except Error as err:
        pass
    import os.path, json as js
    from m import n, o as oo
    from star import *
    [w for w in range(3) if (walrus := w)]
    match cmd:
        case [first, *others]:
            pass
        case {"k": v, **extra}:
            pass
        case Point(x=px) as pt:
            pass
    global g
    g = 1
    nonlocal_not_here = 0
    def inner(d=(e := 1)):
        hidden = 1
    class Inner:
        hidden_too = 1
    lam = lambda m: (m, hidden_lam := 1)
'''


def test_every_binding_form() -> None:
    fn = cst.parse_module(SOURCE).body[0]
    assert isinstance(fn, cst.FunctionDef)
    scope = function_scope("f", fn.params, fn.body)
    assert scope.globals == {"g"}
    assert scope.locals == {
        "a", "b", "args", "c", "kw", "x", "y", "p", "q", "r", "s", "t", "i", "j", "k", "fh", "err",
        "os", "js", "n", "oo", "w", "walrus", "first", "others", "v", "extra", "px", "pt",
        "nonlocal_not_here", "inner", "Inner", "lam",
    }


def test_nonlocal_is_not_local() -> None:
    outer = cst.parse_module("def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n").body[0]
    assert isinstance(outer, cst.FunctionDef)
    inner = outer.body.body[1]
    assert isinstance(inner, cst.FunctionDef)
    scope = function_scope("inc", inner.params, inner.body)
    assert scope.nonlocals == {"n"} and scope.locals == set()
