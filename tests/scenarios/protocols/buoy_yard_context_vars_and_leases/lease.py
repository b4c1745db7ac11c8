from harbour import harbour_box


class BerthLease:
    """Leases a berth for the block: posts on entry, releases on exit."""

    def __init__(self, berth):
        self.berth = berth
        self.box = None

    async def __aenter__(self):
        self.box = harbour_box()
        await self.box.fetch(f"/berths/{self.berth}/lease", method="POST")  # expect: WC002
        return self

    async def __aexit__(self, *exc):
        await self.box.fetch(f"/berths/{self.berth}/lease", method="DELETE")  # expect: WC002
        return False
