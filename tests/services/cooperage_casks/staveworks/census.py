"""The rack census hook and the excise gauger (the compliance team, 2019)."""

import logging

from .hooks import register_hook

log = logging.getLogger(__name__)


def rack_census(ctx, **kwargs):
    pairs = ctx["rack_pairs"]
    rows, capacities = zip(*pairs)
    with ctx["lock"]:
        ctx.get("bench").fetch("/racks/census", method="POST", json={"rows": list(rows), "capacity": sum(capacities)})


register_hook(rack_census)


class CaskGauger(object):
    __slots__ = ("bench", "rows")

    def __init__(self, bench, rows):
        self.bench = bench
        self.rows = rows

    @staticmethod
    def for_ctx(ctx):
        return CaskGauger(ctx["bench"], [row for row, _capacity in ctx["rack_pairs"]])

    def run(self):
        for row in self.rows:
            self.bench.fetch("/gauging/%s" % row, method="POST")
        return len(self.rows)
