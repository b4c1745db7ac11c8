"""Cider mill press controller (closures and callbacks, with wakes on an idle mill).

Idioms: the press handle captured in closures built at start-up (``make_cloth_rinser``
with a ``nonlocal`` counter, ``make_keeve_racker`` over an empty-on-idle query) and
kept in a list of chores; a callback list filled at import time by an ``@on_mill_tick``
decorator stacked over ``functools.wraps`` decorators (``tally_calls`` with no check,
``needs_pressings`` that checks the active guard first, ``when_ledger("...")`` a
decorator factory that looks the ledger's predicate up by name with ``getattr``) and
by a bare ``on_mill_tick(lambda ...)`` with a conditional expression; a
``@contextlib.contextmanager`` press session that yields ``None`` on an idle mill,
entered through ``ExitStack.enter_context`` next to an ``ExitStack.callback`` lambda;
a retry helper (``retry_press_call``) handed a lambda over the handle; two closures sharing
one ``nonlocal`` cell (``arm`` sets it only while pressing, ``settle`` calls the press
once it is set); a handle hired lazily inside a closure (``make_lazy_sampler``, the
factory handed in as a callable).

Bugs: the heartbeat callback, the cloth rinser, the lamps-off callback of the exit
stack and the juice-level probe all wake an idle press. The wassail lamps and the
wassail sampling are rare (WC002). The screw turn, the hopper vent, keeve racking,
juice settling and the press session are gated.
"""
