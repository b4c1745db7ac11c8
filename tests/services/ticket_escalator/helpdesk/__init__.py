"""Ticket escalator.

Idiom: state set at start-up and read by the tick through getters: a module
global ``_desk`` holding a ``(queue, box)`` tuple, assigned in ``state.init()``,
and class attributes of the escalation plugins assigned by their ``setup()``
hook, which the plugin framework calls before the first tick. Second idiom:
tuples and NamedTuples: the ``(queue, box)`` pair unpacked, a ``Shift`` pair of
on-call shifts swapped at handover, indexing into the pair.
"""
