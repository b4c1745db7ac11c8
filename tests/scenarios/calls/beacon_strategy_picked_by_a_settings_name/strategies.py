"""Beacon strategies, picked at start-up by the name the settings give."""


class Strategy:
    def __init__(self, box):
        self.box = box

    def run(self):
        raise NotImplementedError


class Flashing(Strategy):
    def run(self):
        self.box.fetch("/lamp/flash", method="PUT")


class Occulting(Strategy):
    def run(self):
        self.box.fetch("/lamp/occult", method="PUT")  # expect: WC001


STRATEGIES = {"flashing": Flashing, "occulting": Occulting}


def make_strategy(name, box):
    try:
        strategy_cls = STRATEGIES[name]
    except KeyError:
        raise ValueError(f"unknown strategy {name!r}") from None
    return strategy_cls(box)
