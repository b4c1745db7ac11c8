"""Quill scriptorium: the bell warden of a manuscript workshop (sync, with idle wakes).

Idioms: the illumination container is reached through a module-level singleton
``ScribeClient`` made lazily by ``get_client()`` (``global _client``, first made on
the first bell) and reset by ``close_client()``, which the shutdown calls and the
feast-commission path calls too, so the next bell summons a fresh box. Every bell
runs inside one ``with contextlib.ExitStack()`` that enters several project context
managers: quiet hours (logs only), a vellum tally (writes the database on exit only
when sheets were taken), a bell record whose ``__exit__`` files a record on the box
every bell (a bug: an idle wake), and one gold-leaf reservation per folio awaiting
illumination (``__enter__`` reserves, gated by the empty collection). Desks are a
three-level hierarchy ``ScriptoriumDesk`` -> ``CopyingDesk`` -> ``RubricationDesk``:
``ready()`` is overridden at both lower levels, and only the middle one calls
``super().ready()`` (the base lights the lamp on the box); the rubrication desk's
override checks the daylight on the box instead, every bell (an idle wake). The desks
on duty come back in a ``list[ScriptoriumDesk]``: the rubricator always, the copyist
only when folios wait. An ``InkStage`` ``Enum`` with methods (``is_terminal()``,
``stirring_vigour()``, an ``observe`` classmethod) is built from the active guard and a
spoiled-batch count, and its methods decide the conditions: stirring only while
curing (gated by the guard), discarding spoiled ink when the count says so (stub data,
an idle wake). The client's methods take keyword-only arguments with defaults and
``**options``, merged with the client's defaults and passed on to the container call.
Frozen ``@dataclass`` settings and folios, a repository layer, logging; sync code.
"""
