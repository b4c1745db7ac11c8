"""The press house's start-up (``boot_press_house``, what ``main()`` does before starting the thread), then its tick."""

from orchardpress import boot_press_house


def run(host):
    worker = host.start(boot_press_house, "north-slope")
    host.ticks(worker.tick)
