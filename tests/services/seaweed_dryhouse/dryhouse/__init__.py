"""Seaweed drying-house steward (structured asyncio services).

Idioms: an async repository class on ``stowage``/``kvbox`` (``FrondRepository``); an
``abc.ABC`` drying program with an ``@abstractmethod`` async ``run_cycle`` and a
shared concrete ``finish``, two async implementations (kiln and sun) chosen at
start-up from a settings switch; a ``typing.Protocol`` (``DehydratorHandle``) typing
the handle everywhere; an ``asyncio.Lock`` guarding the steward's vent flag, set only
while fronds hang on the racks and read in a later step of the tick (state kept
across ticks); an ``@asynccontextmanager`` brine rinse whose ``finally`` drains the
brine on the dehydrator; ``asyncio.create_task`` for the weighing, started first and
awaited at the end of the tick, and a list comprehension of ``create_task`` over the
bundles awaiting baling, awaited in a loop.

Around them: frozen settings dataclass from ``envknobs``, dataclass rows, logging.

Bugs: the kiln program ramps the kiln, the sun program covers the racks when rain is
forecast, the moisture readings are posted and the scales tared, all in an idle house.
"""
