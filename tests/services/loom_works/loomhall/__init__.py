"""Loom works: a weaving mill's floor supervisor (sync, with idle wakes).

Idioms, spread over the modules:

- ``itertools.chain`` joins the warp and weft stop rows into one stream of
  ``LoomStop`` dataclasses; ``zip`` pairs each loom with its warp beam under
  ``enumerate(..., start=1)`` for the tension sample (one container call per loom
  every tick, a bug); ``collections.Counter`` tallies the stop kinds (logged) and the
  bolt grades (a seconds report gated by the empty-on-idle bolts).
- Dispatch through ``STOP_HANDLERS.get(stop.kind, note_unrouted_stop)`` where every
  handler is a module function: a warp stop pages the tender (fires on an idle tick
  when the stop table has a row), a weft break only logs, and the default handler
  (which posts the stop as unrouted) never runs, because the ledger only ever makes
  ``"warp"`` and ``"weft"`` stops.
- Factory functions returning closures: ``make_stop_router(frame)`` and
  ``make_bolt_inspector(kind, frame)`` (one inspector per inspection kind, each
  called per bolt; never on idle: no bolts).
- A ``@property`` with a setter (``LoomLine.tension_target`` clamps the target),
  dataclass ``__post_init__`` (``MillSettings`` derives the beam list from the loom
  list; ``LoomStop`` derives its ticket), ``@staticmethod`` path helpers.
- A ``for ... else`` over the empty-on-idle bolts: the ``else`` stamps a clean run,
  so it fires on every idle tick (no bolt, no ``break``), a bug; a ``while`` loop
  with ``break`` re-checks the active guard ``shuttle_faults_pending`` before each
  shuttle reseat (never on idle).
- The warp-beam changeover call is under the rare predicate.
"""
