"""Vineyard press room.

Idiom: dependency injection several levels deep: ``build_vineyard_room`` opens the
press container and hands it to a client, the client to a gateway, the gateway to
a fermentation service and a harvest coordinator, and those to the room. Second
idiom: a weather feed (a plain project class with a ``fetch`` method) injected
beside them, whose calls wake nothing.
"""
