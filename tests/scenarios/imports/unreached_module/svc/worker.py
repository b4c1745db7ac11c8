"""The worker's heartbeat is the only entry."""
from svc.boxes import connect_box


class Worker:
    def __init__(self, env):
        self.box = connect_box(env, "worker")
        self.active = False

    def heartbeat(self):
        self.box.send("beat")  # expect: WC001
