"""Solar site supervision.

Main idiom: handles carried through layers of objects: a base class whose
``__init__`` sets ``_box``, ``_spare`` and ``_export_link`` to None, a start-up
``attach`` that stores the box and the spare after those defaults, a ``box``
property, a template method (``run_cycle``) calling hooks the room overrides,
mixins reading ``self._spare`` and ``self._standby``, and a ``cached_property``
building a link that holds the box. ``_standby`` comes from an optional
constructor argument that start-up does not pass (so it stays None), and
``_export_link`` is stored only under the active guard. Second idiom: async
hooks and properties read across three modules.
"""
