"""Instrument plugins registered by `__init_subclass__`, built by an inherited classmethod.

Defining a subclass runs the base's `__init_subclass__` with `cls` the subclass, filling
the registry the tick iterates; `Plugin.from_config` builds `cls(...)`, the subclass it
is called on. The controller reaches the plugins through a proxy whose `__getattr__`
forwards to the lease holding it.
"""
