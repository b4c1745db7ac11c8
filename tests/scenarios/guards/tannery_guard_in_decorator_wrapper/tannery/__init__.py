"""Tannery room.

Idiom: decorators whose wrapper tests a guard before calling the wrapped function:
on methods (``@requires_hides``, a factory ``@gated_by(predicate)``) and on module
functions (``@with_hides``); stacked under a timing decorator that gates nothing,
beside an audit decorator that tests the guard only after the call. Second idiom:
``functools.wraps`` and a vat context passed to module functions.
"""
