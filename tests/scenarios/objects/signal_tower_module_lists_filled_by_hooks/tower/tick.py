"""The tower's tick, every thirty seconds."""
from tower.hooks import LampBoard, LampFeeder
from tower.queue import queue_route, take_routes
from tower.registry import CLEARED, FAULTS


class LampBox:
    def fetch(self, path):
        raise NotImplementedError("talks to the lamp container")


def lease_lamp_box():
    return LampBox()


def trains_signalled(tower):
    return bool(tower.trains)


class SignalTower:
    def __init__(self):
        lamps = []
        self.feeder = LampFeeder(lamps)
        self.board = LampBoard(lamps)
        self.box = lease_lamp_box()
        self.trains = []

    @classmethod
    def commission(cls):
        return cls()

    def tick(self):
        if trains_signalled(self):
            for train in self.trains:
                queue_route(train)
        for route in take_routes():
            self.box.fetch(f"/routes/{route}")
        if self.board.lamps:
            self.box.fetch("/lamps/check")  # expect: WC001
        if FAULTS:
            self.box.fetch("/faults")  # expect: WC001
        if CLEARED:
            self.box.fetch("/sections/cleared")  # expect: WC001
