"""Falconry mews room.

Idiom: registries filled at import by decorators (``@mews_check`` appends to a
list, ``@on_flight_day`` to another); the alarm iterates the first every tick and
the second only on flight days. Second idiom: a context dataclass carries the
aviary handle to every registered check.
"""
