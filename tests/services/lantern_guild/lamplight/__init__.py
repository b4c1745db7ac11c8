"""A guild of street-lamp lighters: the dispatcher's five-minute round (async, with idle wakes).

Idioms: ``@dataclass(slots=True, frozen=True)`` value objects for the orders of a
round (``Muster``, ``Relight``, ``FogWatch``, ``RollCall``), two of them with an
explicit ``__match_args__`` that is not their field order (``FogWatch`` matches
``(rolling, harbour)``, ``RollCall`` leaves its city out); a ``match`` statement
with class patterns and ``if`` guard clauses deciding what each order does, the
guards reading the order's own fields and the round's state; snuffed lamps sorted
by ward and post and batched with ``itertools.groupby`` into one relight order per
ward (gated: the snuffed list is empty on idle); a small frozen ``WatchState``
replaced with ``dataclasses.replace`` by every order and kept on the dispatcher's
``self._watch`` between rounds.

What each round does: the first round after start-up musters the guild at the
wick box (an idle wake, once); the fog lamps are lit when the fog rolls in and
doused on the next round without fog, the second decided by the lit flag stored
in the state on an earlier round (both rare); the roll call checks the crews up
ladders (the guard), else reports relit lamps counted in the state (gated by the
empty snuffed list), else rings the round at the wick box (an idle wake every
round: the bug). Settings are a slotted frozen dataclass, the ledger is a
repository over the database and the cache, the crier is the service that holds
the box.
"""
