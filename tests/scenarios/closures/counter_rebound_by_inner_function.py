"""A local a nested function rebinds (`nonlocal`) is what the enclosing function reads afterwards;
a helper that rebinds its parameter fills a list of its own, not its caller's."""


def tally_misses(box, probes):
    misses = 0

    def miss():
        nonlocal misses
        misses += 1

    for probe in probes:
        if not probe.ok:
            miss()
    if misses:
        box.fetch("/misses")  # expect: WC001


def fresh_batch(batch, box):
    batch = []  # rebinds the parameter: the caller's list is left as it was
    batch.append(box)
    return batch


class Town:
    def __init__(self, env):
        self.env = env

    def alarm(self):
        box = get_container(self.env)
        tally_misses(box, self.env.probes)
        mine = []
        fresh_batch(mine, box)
        for held in mine:
            held.fetch("/never")
        box.fetch("/heartbeat")  # expect: WC001


def get_container(env):
    return env.container
