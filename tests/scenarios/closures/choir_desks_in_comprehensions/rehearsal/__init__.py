"""Choir rehearsal room.

Idiom: list, set, dict and generator comprehensions over handles and over bound
methods of handles, called in the comprehension or later. Second idiom:
``asyncio.gather`` over the coroutines a comprehension makes, and a comprehension
over an empty-on-idle collection that never runs its element.
"""
