"""The worker's start-up (``create_app`` inside ``boot_kettle_worker``), then the foreman's kettle round."""

from soapworks.worker import boot_kettle_worker


def run(host):
    foreman = host.start(boot_kettle_worker, "marseille")
    host.ticks(foreman.kettle_round)
