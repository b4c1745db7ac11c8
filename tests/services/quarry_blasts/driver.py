"""The worker's start-up (``quarry.init`` fills the registry), then the five-minute blast sweep."""

import quarry


def run(host):
    host.start(quarry.init, "delabole")
    sweeper = host.start(quarry.Sweeper, site="delabole", interval_s=300)
    host.ticks(sweeper.run_once)
