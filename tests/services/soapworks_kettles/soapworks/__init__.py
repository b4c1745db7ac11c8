"""Soap factory kettle room: the foreman's periodic round over the saponification kettles.

Idioms: an application object built by a ``create_app()`` factory that returns an
``App`` (a dataclass) whose ``app.services`` is a ``types.SimpleNamespace`` holding the
repositories and the kettle-controller client, and whose ``app.config`` is a plain dict
of settings; the periodic entry ``SaponificationForeman`` receives ``app`` in its
constructor and reaches the client as ``self.app.services.kettles`` on every call.
A pure ``@staticmethod`` ``batch_is_ready`` decides whether a batch may be poured; a
``while batch := repo.next_batch():`` loop over a buffered cursor (the repository fills
a ``deque`` from the empty-on-idle query on first use and drops it when drained) ends
at once on an idle tick, so the pour and the resting list it fills stay untouched;
batches held back are kept on the foreman between rounds and announced only when
there are some. The jacket telemetry read every round and the titration re-run when
the cached titration is stale wake the kettles on an idle tick (bugs); the lye dose
is behind the active guard, the audit export behind the rare predicate. Logging and
frozen dataclasses throughout.
"""
