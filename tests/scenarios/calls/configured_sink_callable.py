# [tool.wakecheck]
# entry = ["alarm"]
# container-factories = ["*.get_town_container_stub"]
# sinks = ["*.sync_config_to_container"]
# active-guards = ["*.has_active_work"]

"""A call of a configured `sinks` callable is itself a sink."""
from town.container_sync import sync_config_to_container


class TownDO:
    def __init__(self, env):
        self.env = env
        self.town_id = env.TOWN_ID

    def has_active_work(self) -> bool:
        return self.open_bead_count > 0

    async def alarm(self):
        await sync_config_to_container(self.env, self.town_id)  # expect: WC001
        if self.has_active_work():
            await sync_config_to_container(self.env, self.town_id, full=True)
