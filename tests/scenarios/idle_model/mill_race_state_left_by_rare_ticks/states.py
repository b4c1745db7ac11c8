"""The sluice's states: each acts on a tick and says which comes next."""


class Still:
    def on_tick(self, race):
        return self


class Surveying:
    def on_tick(self, race):
        race.box.fetch("/survey/levels", method="POST")  # expect: WC002
        return Still()
