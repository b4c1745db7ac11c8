class Probe:
    def __init__(self, town, h, note="probe"):
        self.town = town
        self.handle = h
        self.note = note

    @classmethod
    def from_env(cls, town, h, **kw):
        return cls(town, h, **kw)

    def run(self):
        return self.handle.get_state()
