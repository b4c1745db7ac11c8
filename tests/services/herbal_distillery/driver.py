"""The still room's start-up (``open_still_room``, async), then the foreman's five-minute distill round."""

from stillhouse.startup import open_still_room


def run(host):
    foreman = host.start(open_still_room, "grasse")
    host.ticks(foreman.distill_round)
