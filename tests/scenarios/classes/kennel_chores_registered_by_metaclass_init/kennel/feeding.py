from .box import Hub
from .chores import Chore


class Feed(Chore):
    slot = "feed"

    def run(self):
        Hub().box.call("/bowls/fill", method="POST")  # expect: WC001
