"""Bell foundry room.

Idiom: ``with`` and ``async with`` on the foundry's own context manager classes:
what ``__enter__`` / ``__aenter__`` returns is bound by ``as``, and ``__aexit__``
talks to the container at every way out of the block, one of them only when the
block raised. Second idiom: the block's own calls gated by the idle model.
"""
