"""Reefer monitor for a cold-chain depot.

Main idiom: ``operator.attrgetter`` / ``methodcaller`` / ``itemgetter`` on objects
that hold handles: a dotted ``attrgetter("link.box")`` and a two-field one over
lanes, module-level and local ``methodcaller``s applied to boxes, a bound
``fetch`` taken with ``attrgetter``, ``itemgetter`` as a sort key and over a
``(guard value, box)`` pair. Second idiom: handles nested in dataclasses
(``Lane.link.box``) built at start-up from a constant table.
"""
