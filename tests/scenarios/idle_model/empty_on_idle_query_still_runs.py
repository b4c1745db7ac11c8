# [tool.wakecheck]
# entry = ["*.KilnWatcher.alarm"]
# container-factories = ["*.kiln_link"]
# empty-on-idle = { "*.KilnWatcher.firings_due" = "no firings due" }

"""A function empty on idle still runs: the query that finds no firing wakes the kiln; only the loop over its result is cut."""
from kilns import kiln_link


class KilnWatcher:
    def __init__(self):
        self.kiln = kiln_link("kiln-7")

    def firings_due(self):
        return self.kiln.fetch("/firings?due=now")  # expect: WC001

    async def alarm(self):
        for firing in self.firings_due():
            await self.kiln.fetch("/fire", body=firing)
