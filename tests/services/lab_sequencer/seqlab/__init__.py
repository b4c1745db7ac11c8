"""Sequencer room: ships base calls, QC metrics and manifests to the analysis box.

Main idiom: decorators. ``@requires_activity`` (``functools.wraps``) tests the
active guard before calling what it wraps: an async method, a sync module
function, an async module function (a guard for each flavour); ``@logged_step``
and ``@retrying(2)`` wrap without testing anything; an operator switch calls a
guarded method's ``__wrapped__`` and so bypasses the guard. Second idiom: a
decorator with an argument (``retrying``) around calls that fail through a
third-party HTTP client.
"""
