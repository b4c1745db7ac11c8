class OysterTank:
    def fetch(self, path, method="GET", json=None):
        raise NotImplementedError("talks to the oyster tank container")


def moor_oyster_tank():
    return OysterTank()
