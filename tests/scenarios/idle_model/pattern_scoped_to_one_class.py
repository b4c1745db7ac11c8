# [tool.wakecheck]
# entry = ["*.Dispatcher.dispatch"]
# container-factories = ["*.connect_box"]
# active-guards = ["*.Dispatcher.is_ready"]

"""A guard pattern naming a class does not cover a same-named method of another class."""
from boxes import connect_box


class Probe:
    def __init__(self):
        self.ok = True

    def is_ready(self) -> bool:
        return self.ok


class Dispatcher:
    def __init__(self, env):
        self.box = connect_box(env, "dispatch")
        self.probe = Probe()
        self.queue = []

    def is_ready(self) -> bool:
        return bool(self.queue)

    async def dispatch(self):
        if self.probe.is_ready():
            await self.box.send("probe")  # expect: WC001
        if self.is_ready():
            await self.box.send("dispatch")
