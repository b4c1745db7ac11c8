"""Windmill poller.

Idiom: the tick stores the guard's value (and an empty-on-idle count, and a rare
predicate's value) on ``self`` and on a state object, and callees read those
fields; ``__init__`` and the state's defaults set other values first, which the
tick's stores replace before any callee reads them. Second idiom: a value derived
from the stored guard (``not``) that is True on an idle tick.
"""
