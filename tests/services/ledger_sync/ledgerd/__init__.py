"""Ledger settlement worker.

Idioms: a container handle kept in a local and stored later on ``self`` and on
another object (``attach``), then read by a mixin method and a base-class method;
a per-tick reset of ``self._scratch`` that wins over what start-up stored. Second
idiom: dependency injection (``create_room`` wires store, reporter and room).
"""
