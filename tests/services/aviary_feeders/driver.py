"""The aviary service's start-up (``open_aviary``), then the warden's two-minute feeding tick."""

from aviaryfeed.warden import open_aviary


def run(host):
    warden = host.start(open_aviary, "rainforest-dome")
    host.ticks(warden.feeding_tick)
