"""The lane controller's start-up (``open_lane_controller``), then its two-minute tick."""

from tollspan.controller import open_lane_controller


def run(host):
    controller = host.start(open_lane_controller, "north-span")
    host.ticks(controller.tick)
