"""Billing desk.

Idioms (three at once): a handle claimed lazily into a local and stored on
``self`` by a base-class method during the tick (the class default is ``None``),
then read by a mixin; a step registry filled by a decorator at import time and
iterated by the alarm (``append``, then ``sort``), plus a module-level set filled
by ``add``; context managers, a session class with ``__enter__``/``__exit__``
touching the box and a ``@contextmanager`` audit trail that posts after ``yield``.
"""
