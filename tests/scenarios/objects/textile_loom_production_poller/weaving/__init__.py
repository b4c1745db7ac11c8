"""Weaving shed poller: a production mix.

Idioms: the shed's climate controller and the order book kept in module globals
set by ``runtime.init()`` and read through getters; looms in named tuples, taken
apart with starred unpacking; containers on ``self`` filled by ``append`` and
``setdefault`` at commissioning; inspections dispatched by ``getattr`` over an
f-string; a ``@contextmanager`` around the climate hold; a decorator whose wrapper
tests the guard before the call.
"""
