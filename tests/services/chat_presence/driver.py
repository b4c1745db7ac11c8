"""The platform builds the hub, calls its boot hook, then fires its alarm."""

from presence.hub import PresenceHub
from presence.sessions import SessionTable

import kvbox
import stowage


async def _build():
    hub = PresenceHub("room-42", SessionTable(await stowage.connect_async("postgres://chat")), kvbox.AsyncCache("redis://chat"))
    await hub.boot()
    return hub


def run(host):
    hub = host.start(_build)
    host.ticks(hub.alarm)
