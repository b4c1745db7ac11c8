"""The warden's start-up (``start_archive_vaults``), then its ten-minute stacks round."""

from archivevaults.warden import start_archive_vaults


def run(host):
    warden = host.start(start_archive_vaults, "east-wing")
    host.ticks(warden.stacks_round)
