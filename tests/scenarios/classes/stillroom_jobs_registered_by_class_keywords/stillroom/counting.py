from .base import ShelfJob


class CountJob(ShelfJob, kind="count"):
    def run(self) -> None:
        super().run()
        self.box.fetch("/tinctures/count", method="POST")  # expect: WC001


class DecantJob(ShelfJob, kind="decant", manual=True):
    def run(self) -> None:
        self.box.fetch("/tinctures/decant", method="POST")
