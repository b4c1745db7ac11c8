"""The pipeline process: boot from the environment, then tick every minute."""

from tributary.app import boot_tributary


def run(host):
    pipeline = host.start(boot_tributary)
    host.ticks(pipeline.tick)
