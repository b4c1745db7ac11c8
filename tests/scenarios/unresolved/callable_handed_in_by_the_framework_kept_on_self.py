# [tool.wakecheck]
# entry = ["*.BuoyTender.tick"]
# container-factories = ["*.charter_buoy_box"]
# select = ["WC001", "WC002", "WC003"]

"""A callable the framework hands a constructor, kept on self and called in the tick, runs code nobody here
sees (it may wake the container): a WC003 says so. Methods called on what the framework hands over are its own."""


class BuoyBox:
    def fetch(self, path):
        raise NotImplementedError("talks to the buoy container")


def charter_buoy_box():
    return BuoyBox()


class BuoyTender:
    def __init__(self, make_report, clock):
        self.make_report = make_report
        self.clock = clock
        self.box = charter_buoy_box()

    def tick(self):
        report = self.make_report(self.box)  # expect: WC003
        stamp = self.clock.now()
        self.box.fetch(f"/buoys/{stamp}")  # expect: WC001
        return report
