"""The controller's start-up (``open_velodrome``), then the marshal's one-minute lap tick."""

from velodrome.marshal import open_velodrome


def run(host):
    marshal = host.start(open_velodrome, "roubaix")
    host.ticks(marshal.lap_tick)
