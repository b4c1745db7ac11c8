"""Tally room for one jurisdiction.

Main idiom: ``match`` with class patterns and keyword sub-patterns over a
snapshot whose fields hold the active guard's value (``reporting``), a count of
the empty-on-idle disputed ballots (``dispute_count``) and the rare predicate's
value; a positional class pattern through a dataclass's ``__match_args__``; a
``match`` on the guard's result with singleton patterns; a ``match`` on a bus
message's topic. Second idiom: a frozen dataclass snapshot built by a collector
object and passed down to every step.
"""
