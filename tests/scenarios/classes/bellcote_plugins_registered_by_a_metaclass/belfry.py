"""The bell container's client and the parish records."""


class BellBox:
    def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the bell container")


def hire_bell_box():
    return BellBox()


class Parish:
    def peal_due(self):
        return True
