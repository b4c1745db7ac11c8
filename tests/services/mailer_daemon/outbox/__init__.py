"""Outbound mail daemon.

Idiom: long-lived state set by start-up, not by the tick: module globals assigned
in ``runtime.init()`` (``global _relay``) and read through getters, and class
attributes assigned in ``BounceProcessor.setup()``. Second idiom: generators, a
sync one yielding maintenance steps and an async one yielding outgoing batches
(``anext``).
"""
