"""Canal barge haulage depot: dispatches towing horses to barges waiting at the wharf.

Idiom: a middleware pipeline. Each handler class has ``__call__(self, ctx,
next_handler)``; ``build_tow_pipeline`` links them with ``functools.reduce`` over the
reversed list at start-up, each link a closure over its downstream callable, the last
one ending in a module-level ``end_of_towpath`` function. The context passed along is
a mutable ``@dataclass`` (``TowRoundContext``) whose fields the handlers fill.

- ``RoundTimingMiddleware`` (outermost) always logs how long the round took, in a
  ``finally``, and touches the stable box only when the rare
  ``farrier_inspection_due`` predicate holds.
- ``StableBeaconMiddleware`` touches the box on every round (an idle wake: the bug).
- ``TowRequestGate`` short-circuits (does not call ``next_handler``) when the active
  guard ``barges_waiting_for_tow`` is false.
- ``LanternLightingMiddleware`` lights the towpath lanterns (gated by the guard).
- ``HarnessDispatchHandler`` (the final handler) touches the box for each item of the
  empty-on-idle ``unharnessed_tow_orders``, counts them on the context, and posts a
  tally only when the count is positive.

Second idioms: a frozen settings dataclass built by a classmethod, a repository over
``stowage`` and ``kvbox``, a stable client that summons its box in ``__init__``,
``logging`` throughout.
"""
