"""The alarm imports mail helpers from the package, not from the module defining them."""
from containers import get_container
from mail import announce, deliver_pending_mail


class TownDO:
    def __init__(self, ctx, env):
        self.sql = ctx.storage.sql
        self.container = get_container(env, "town")

    async def alarm(self):
        await deliver_pending_mail(self.sql, self.container)
        await announce(self.container)
