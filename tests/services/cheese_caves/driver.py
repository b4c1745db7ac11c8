"""The cave's start-up: commission the box, build the warden; then its ripening round."""

from affinage.warden import open_cave


def run(host):
    warden = host.start(open_cave, "cave-3")
    host.ticks(warden.ripening_round)
