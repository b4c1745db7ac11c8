"""The canal trust's runner launches the flight keeper, then runs its three jobs each minute."""

from towpath.app import launch_flight


def run(host):
    flight = host.start(launch_flight, "caen-hill")
    host.ticks(flight.watch.poll, flight.operator.cycle, flight.clerk.flush)
