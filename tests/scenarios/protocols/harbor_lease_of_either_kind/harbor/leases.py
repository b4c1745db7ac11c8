from .dock import tide_turning


class TideLease:
    """Taken only at the turn of the tide: entering it otherwise raises."""

    def __init__(self, client, env):
        self.client, self.env = client, env

    def __enter__(self):
        if not tide_turning(self.env):
            raise RuntimeError("no tide")
        return self

    def __exit__(self, *exc):
        return False


class BerthLease:
    """Taken on every tick; releasing it pings the dock."""

    def __init__(self, client, env):
        self.client, self.env = client, env

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.client.ping("/berth/release")  # expect: WC001
        return False
