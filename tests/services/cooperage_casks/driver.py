"""The plant's start-up calls the cooperage's own main(), then ticks the master."""

from staveworks.master import main


def run(host):
    master = host.start(main, "speyside")
    host.ticks(master.tick)
