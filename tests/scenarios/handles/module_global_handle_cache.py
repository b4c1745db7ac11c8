# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A handle cached in a module global and returned by an accessor is a handle."""
from clients import make_client

_client = None


def client_for(env):
    global _client
    if _client is None:
        _client = make_client(env, "jobs")
    return _client


class Poller:
    def __init__(self, env):
        self.env = env

    async def on_timer(self):
        await client_for(self.env).post("/poll")  # expect: WC001
