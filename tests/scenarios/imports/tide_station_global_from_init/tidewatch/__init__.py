"""Tide gauge polling.

Idiom: module globals (the station handle, the repository) are set by
``runtime.init()``, which start-up calls, and read through getters; the archive
station is a lazily filled global. Second idiom: a third-party HTTP client kept
in a global the same way, whose calls wake nothing.
"""
