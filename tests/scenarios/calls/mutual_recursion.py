# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""Two helpers that call each other: the unguarded one fires, the guarded one does not."""
from clients import make_client


class Poller:
    def __init__(self, env, root):
        self.client = make_client(env, "tree")
        self.root = root
        self.pending = 0

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    async def on_timer(self):
        await self._walk(self.root)

    async def _walk(self, node):
        await self.client.get(f"/nodes/{node.id}")  # expect: WC001
        for child in node.children:
            await self._visit(child)

    async def _visit(self, node):
        if not self.has_pending_jobs():
            return
        await self.client.post(f"/nodes/{node.id}/sync")
        await self._walk(node)
