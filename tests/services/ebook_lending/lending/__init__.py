"""E-book lending room, done right: no container call on an idle branch.

Every container call is gated by the active-loans guard or the overdue holds,
through these idioms: the guard's value stored on ``self._active`` in the alarm
(``__init__`` set False) and read by callees; a dict of bound methods filled in
``__init__``; a task registry filled at import by ``@lending_task("renewals")``;
a ``BoxPair`` NamedTuple unpacked; a ``cached_property`` desk holding the box,
told the guard's value as an argument; the rare re-index only under the guard.
"""
