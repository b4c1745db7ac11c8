"""Observatory dome supervisor (async strategy plugins, with wakes on a closed dome).

Idioms: an ``abc.ABC`` instrument base with an async template method (``cycle`` awaits
``ready`` then ``operate``) and ``__init_subclass__(slot=...)`` registering each
instrument in a class-level dict the tick iterates; a three-level hierarchy across
modules (``DomeInstrument`` -> ``OpticalInstrument`` -> ``CameraInstrument`` /
``GuiderInstrument``) with ``await super().operate()`` and ``await super().ready()``
chains, where the guider's ``ready`` skips a level with ``super(OpticalInstrument,
self)`` and so bypasses the shutter guard; a ``@classmethod from_settings`` building
each instrument per tick with the handle; ``asyncio.TaskGroup`` running each
instrument's cycle; ``asyncio.create_task`` for a beacon awaited at the end of the
tick; ``asyncio.gather`` over a generator of coroutines for the empty-on-idle frames;
an ``async with`` ``asyncio.Lock`` around the rare catalog refresh; the supervisor's
handle stored through a property setter.
"""
