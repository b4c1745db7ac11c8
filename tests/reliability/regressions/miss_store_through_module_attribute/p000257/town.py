from . import base
import p000257.jobs as jobs
from . import registry

class Town(base.TownBase):

    def __init__(self, env):
        pass

    async def alarm(self):
        job29 = registry.ROUTES.get("k2")
        if job29 is not None:
            job29(self)
