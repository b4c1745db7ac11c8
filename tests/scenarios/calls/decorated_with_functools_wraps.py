# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A `functools.wraps` decorator calls the wrapped function, so its body is reached."""
import functools
import logging

from clients import make_client

log = logging.getLogger(__name__)


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        log.info("calling %s", fn.__name__)
        return await fn(*args, **kwargs)

    return wrapper


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")

    @logged
    async def _sync(self):
        await self.client.post("/sync")  # expect: WC001

    @logged
    async def on_timer(self):
        await self._sync()
