"""Bakehouse jobs run by a small job framework.

Idiom: class attributes (the deck oven, the proofer, the thermometer, the order
book) are set by the ``setup`` classmethod the framework calls before the first
tick, and read through ``self``, ``type(self)`` and ``cls``. The thermometer starts
as a local instrument in the class body and becomes a container only where the
settings ask for a remote probe. Second idiom: the framework's runner builds the
jobs from a list of classes.
"""
