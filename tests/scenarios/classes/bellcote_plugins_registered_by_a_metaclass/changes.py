"""The changes rung from the tower (a module of their own, naming only the base class)."""
from registry import Change


class PlainHunt(Change):
    method = "plain-hunt"

    def ring(self):
        self.box.fetch("/changes/plain-hunt", method="POST")  # expect: WC001


class GrandsirePeal(Change):
    method = "grandsire"

    def ring(self):
        if not self.parish.peal_due():
            return
        self.box.fetch("/changes/grandsire", method="POST")  # expect: WC002


class Practice(Change):
    """Not a method of its own: the metaclass leaves it out."""

    def ring(self):
        self.box.fetch("/changes/practice", method="POST")
