"""The foundry's runner starts the mold poller (``start_foundry``), then sweeps it each minute."""

from bellfoundry.app import start_foundry


def run(host):
    poller = host.start(start_foundry, "whitechapel")
    host.ticks(poller.sweep)
