"""Glacier station room.

Idiom: generators and async generators that yield handles or make container calls,
consumed by ``for``, ``async for``, ``next``, ``anext`` and ``list``; an async
generator consumed once never runs the code after its first ``yield``, and one
over an empty-on-idle query yields nothing. Second idiom: ``asyncio.gather`` over
the coroutines a generator yields.
"""
