"""Heritage gristmill controller: drives the millstone rig through its day.

Main idiom: a state machine whose states are classes (``Becalmed``, ``Dressing``,
``Inspecting``, ``Grinding``, ``Bolting``, ``Sacking``), each with ``on_tick(self,
machine)`` returning the next state; the machine keeps its state and a list of
transitions on the instance across ticks. Each tick first lets the current state act
(so a transition chosen on tick 1 acts on tick 2), then senses a ``MillEvent``
(``NamedTuple``) and picks the next state with a ``match`` on the tuple ``(state,
event)`` (class patterns, keyword patterns on the NamedTuple, a capture with an ``if``
guard, a wildcard). The resting state runs ``MILL_CHORES``, a table of ``(predicate,
action)`` pairs tried in order until the first predicate holds (the last one a
``lambda`` that always does). Second idioms: a frozen settings dataclass, a ledger on
``stowage`` and ``kvbox``, dataclass states carrying an order id.

Bugs: stones reported dull send the rig to ``Dressing``, whose next tick dresses the
stones; any transition is then posted to the rig; flour sacks waiting make the chores
post a tally; all on an idle mill. Grinding, bolting and sacking run only for an order
or grain in the hopper, and the inspector's calibration only on the rare visit.
"""
