"""Hive inspection poller.

Idiom: the gateway handle is opened into a local by ``HiveInspector.attach`` and
stored on *other* objects (the scale reader and the swarm watcher); only the
``GatewayClientMixin`` methods those objects inherit read it. A third object
using the same mixin holds a local journal instead, so its calls wake nothing.
Second idiom: dependency injection in ``main``.
"""
