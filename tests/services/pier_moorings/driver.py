"""The monitor's start-up: the process wires the harbour client (sync), then the poller
opens the season (async, starts the roster producer); then the poller ticks every minute."""

from moorings.app import launch_marina


def run(host):
    poller = host.start(launch_marina, "puget-sound")
    host.start(poller.open_season)
    host.ticks(poller.tick)
