"""The shop's start-up (``open_wheel_shop``), then its ten-minute tick."""

from wheelwright.shop import open_wheel_shop


def run(host):
    shop = host.start(open_wheel_shop, "bay-3")
    host.ticks(shop.shop_tick)
