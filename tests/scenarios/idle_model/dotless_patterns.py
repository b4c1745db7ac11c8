# [tool.wakecheck]
# entry = ["poll"]
# container-factories = ["lease_vm"]
# active-guards = ["has_backlog"]

"""Patterns without a dot match the last name component, whatever the receiver."""
from fleet.vms import lease_vm


class Feeder:
    def __init__(self, env, queue):
        self.vm = lease_vm(env, "feeder")
        self.queue = queue

    async def poll(self):
        await self.vm.run("heartbeat")  # expect: WC001
        if not self.queue.has_backlog():
            return
        await self.vm.run("feed")
