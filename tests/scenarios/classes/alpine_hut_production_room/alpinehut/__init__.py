"""Alpine hut room: a production mix.

Idioms: the utility handle opened into a local in ``__init__``, stored on ``self``
and read by base-class methods; hut tasks registered at import by ``@hut_task``;
the tick stores the guard's value on ``self`` (``__init__`` assumed guests) and the
tasks read it; ``@asynccontextmanager`` sessions around the radio and generator;
``asyncio.gather`` over comprehensions of handle calls; wiring in ``create_hut_room``.
"""
