"""Funicular poller.

Idiom: dispatch by ``getattr``: a constant name, an f-string over a constant tuple,
a concatenation of constants, a name read from an empty-on-idle query, and
``getattr(obj, name, None)`` for an optional hook that only one subclass has.
Second idiom: start-up picks that subclass from a setting.
"""
