"""The forge master's tick, every minute."""
from bellows.parts import Nozzle, Spare, forge_lit, rent_bellows_box, through


class ForgeMaster:
    def __init__(self, site):
        self.site = site
        box = rent_bellows_box()
        self.nozzle = Nozzle(bore=5, name="north", box=box)
        self.spare = Spare()
        self.options = {"method": "PUT"}
        self.box = box

    def tick(self):
        self.nozzle.puff()
        self.spare.idle()
        through(box=self.box, valve="east", **self.options)
        if forge_lit(self.site):
            self.box.fetch("/forge/stoke")
