"""Snapshot backup agent.

Idiom: context managers. A project class whose ``__enter__`` opens a session on
the vault box and whose ``__exit__`` closes it; a lock whose ``__enter__``
returns the box itself and whose ``__exit__`` aborts on the error path only; a
key-rollover manager that commits in ``__exit__``; and a
``@contextlib.contextmanager`` maintenance window that touches the box before
and after ``yield``. Second idiom: the vault box is a module global set by
``init_vault()`` at start-up and read through ``vault()``.
"""
