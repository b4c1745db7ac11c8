"""The signer daemon's main(), then its cron job every ten minutes."""

from zonesign import jobs
from zonesign.app import main


def run(host):
    host.start(main, ["--zone-set", "public"])
    host.ticks(jobs.resign_zones)
