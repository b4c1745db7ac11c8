"""Planetarium room.

Idiom: ``operator.attrgetter`` (a dotted path, several names at once) and
``operator.methodcaller`` with constant arguments, built at module level and in
the alarm, applied to the show rig. Second idiom: a rig dataclass that holds both
show units (containers) and the hall's own dimmers.
"""
