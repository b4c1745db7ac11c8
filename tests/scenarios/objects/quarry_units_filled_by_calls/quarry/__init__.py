"""Quarry shift poller.

Idiom: containers on ``self`` filled by calls at commissioning: ``append``,
``extend``, ``insert``, ``add``, ``update``, ``setdefault`` and item assignment,
iterated and indexed in the tick; a list the tick fills only from an
empty-on-idle query stays empty. Second idiom: local gauges mixed into the same
kind of container wake nothing.
"""
