"""Observatory dome scheduler: dome shutters, telescope slews, weather masts, exposure queues.

Idioms: a plugin registry, ``@register("name")`` applied at import time in
``weather``, ``shutters`` and ``exposures`` fills the module-level dict
``registry.ROUTINES``; the scheduler's cycle runs the routines in
``sorted(ROUTINES.items())`` order. The cycle itself dispatches
``getattr(self, f"_step_{name}")`` over the known tuple ``STEPS``; a slew step
remembers on ``self`` that the mount moved and the dome-sync step reads it.
Callbacks are ``functools.partial`` objects binding the controller into a
function and kept in lists: the heartbeat hook bound once at start-up, and an
exposure read-out finisher bound per exposure in the cycle. Work is shaped with
``map`` (rows to slew targets), ``filter`` (masts with a gust alert, requests not
yet dispatched) and ``sorted(key=attrgetter(...))`` (requests by priority). The
dome controller is a module global set by ``init_dome_controller()`` in the
start-up and read in the cycle through ``get_dome_controller()``. Frozen
dataclasses for settings, requests and targets; a per-cycle context dataclass.
"""
