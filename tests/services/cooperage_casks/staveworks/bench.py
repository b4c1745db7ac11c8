"""The stave bench container, its reference holder, and the POST helper (2017)."""

import logging

log = logging.getLogger(__name__)


class StaveBench(object):
    """The platform's container stub for the cooperage's stave bench controller."""

    __slots__ = ("cooperage",)

    def __init__(self, cooperage):
        self.cooperage = cooperage

    def fetch(self, path, **kwargs):
        raise NotImplementedError("bound by the platform")

    def bench_label(self):
        raise NotImplementedError("bound by the platform")


def provision_stave_bench(cooperage):
    log.info("stave bench for %s", cooperage)
    return StaveBench(cooperage)


class BenchRef(object):
    __slots__ = ("bench", "cooperage")

    def __init__(self, bench, cooperage):
        self.bench = bench
        self.cooperage = cooperage

    @staticmethod
    def open(cooperage):
        return BenchRef(provision_stave_bench(cooperage), cooperage)


def _bench_for(ctx, _cache={}):
    key = ctx["cooperage"]
    if key not in _cache:
        _cache[key] = ctx["bench_ref"].bench
    return _cache[key]


def post_to_bench(ctx, path, **kwargs):
    bench = _bench_for(ctx)
    return bench.fetch(path, method="POST", **kwargs)
