"""A bookbindery's glue and press line: the foreman's periodic tick (sync).

Idioms: a repository (``BinderyRepository``) that returns rows as plain ``dict``s,
turned into dataclasses by the services with ``Model(**row)`` (``PressAlert``,
``GluePot``) or through a ``@classmethod`` ``from_row`` alternative constructor
(``PressJob.from_row`` normalises the priority label, then ``cls(**fields)``;
``PressProfile.from_reply`` likewise). A project collection class ``BindingBatch``
wraps a list of jobs (empty on an idle tick: its rows come from the empty-on-idle
``queued_binding_rows``) and defines ``__iter__`` (used with ``for`` and by
``sorted``), ``__len__`` (``len(batch) > backlog``) and ``__bool__`` (``if batch:``,
with an ``else`` that parks the press on every idle tick, a bug the team accepted);
``most_urgent`` is ``sorted(self, key=lambda r: (r.priority, r.id),
reverse=True)[:3]``. ``PressProfiles.profile_for`` keeps press profiles in a dict and
on ``KeyError`` falls back to asking the press-line container (so the first tick of
the process, idle or not, asks once). Open press alerts (stub data, zero or one row)
are acknowledged every tick they exist; the clamp-pressure read is behind the active
guard; a glue-pot changeover (rare) announces the new pot. Frozen settings dataclass
with a ``from_env`` classmethod, dependency injection of the box into the station and
the profile cache, logging throughout.
"""
