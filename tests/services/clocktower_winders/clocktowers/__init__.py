"""A city's clock-tower winding service: every quarter hour the beat runs a round.

Idioms: an in-process event emitter (``ChimeEmitter.on(name, fn)`` /
``emit(name, *args)``) created at start-up by ``create_winding_service()``, which
calls the setup function ``register_winding_listeners()`` (the loop never
registers anything). The listeners are bound methods of a second class,
``WindingCrew``, which holds the winding-rig client; the emitter keeps the crews
that subscribed in a ``weakref.WeakSet``. The beat's round emits
``"tower.slow"`` only when the active guard ``clock_faces_running_slow()`` holds,
``"movement.unwound"`` once for each item of the empty-on-idle
``unwound_tower_movements()``, and ``"quarter.struck"`` on every round. The
quarter listener reports a heartbeat on every round (an idle wake, a bug), writes
the logbook only when the unwound-movement listener stored something in the crew's
plain ``set`` (on this or an earlier round), and shifts the hands under the rare
``daylight_saving_changeover()``. A frozen ``@dataclass`` for settings and for
movements, a repository over the database and the cache, and ``logging``
throughout.
"""
