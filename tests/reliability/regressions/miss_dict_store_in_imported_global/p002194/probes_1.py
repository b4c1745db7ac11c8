from p002194 import factories
from .registry import ROUTES

class Probe2(factories.Probe):

    def run(self):
        ROUTES["k44"](self.town)
