"""A blacksmith's forge: bellows, quench tanks, anvil bookings and coal stock (sync).

Idioms: a small in-project dependency-injection container. ``providers.py`` holds
the provider classes, ``Singleton(factory, *args)`` (built once, cached on the
provider) and ``Factory(cls, **kwargs)`` (a new object per call); arguments that
are themselves providers are resolved when the provider is called.
``ForgeContainer`` holds them as class attributes and the tick obtains its
services by calling them (``container.quench_service()``). The forge box itself
is reached through a ``__slots__`` ``ForgeBoxClient`` whose lazy ``box``
property calls the container factory the first time it is read.

Second idioms: ``typing.Protocol`` interfaces (``CoalLedger``, ``TankLog``,
``AnvilCalendar``) that the repositories satisfy structurally; an ``abc.ABC``
``BellowsDrive`` with two concrete drives (``ElectricBellows`` pumps the blower
every tick, a bug; ``LeverBellows`` only while a hearth fire is lit), chosen by
the settings value ``bellows_drive`` in the ``@staticmethod`` factory
``BellowsDrive.for_setting`` (``ForgeSettings.from_env`` is a static factory
too); ``__slots__`` classes (providers, drives, client, ``QuenchService``,
``AnvilBooking``); and a ``@property`` with a setter, ``QuenchService.brine_mode``,
that stores on the instance: the rare brine changeover sets it, it survives to
the next tick in the singleton service and is cleared once the refresh is
acknowledged.
"""
