"""The mint's scheduler starts the hall, then runs its three jobs every two minutes."""

from coinage.app import start_press_hall


def run(host):
    hall = host.start(start_press_hall, "philadelphia")
    host.ticks(hall.intake.collect, hall.dispatcher.drain, hall.janitor.sweep)
