"""The crawler process: build the crawler from its settings, then tick it every minute."""

from crawler.main import build_crawler


def run(host):
    crawler = host.start(build_crawler, pool_size=2)
    host.ticks(crawler.tick)
