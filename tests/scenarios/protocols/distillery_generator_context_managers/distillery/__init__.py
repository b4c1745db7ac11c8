"""Distillery poller.

Idiom: ``@contextmanager`` and ``@asynccontextmanager`` functions that touch the
container before their ``yield``, after it (in ``finally``, in plain code, in an
``except`` that runs only when the block raises), and bind what they yield. Second
idiom: a sync poller and an async sweep on the same object, both entries.
"""
