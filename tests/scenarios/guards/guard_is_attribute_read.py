# [tool.wakecheck]
# entry = ["*.Worker.heartbeat"]
# container-factories = ["*.connect_box"]
# active-guards = ["*.Worker.active"]

"""An attribute read can be the activity guard: `if not self.active: return`."""
from boxes import connect_box


class Worker:
    def __init__(self, env):
        self.box = connect_box(env, "worker")
        self.active = False

    def heartbeat(self):
        self.box.send("beat")  # expect: WC001
        if not self.active:
            return
        self.box.send("report")
