"""A wrapper class that creates the handle itself: its methods are the sinks' owners."""
from containers import get_container


class ContainerClient:
    def __init__(self, env):
        self.stub = get_container(env, "town")

    async def health(self):
        return await self.stub.fetch("/health")  # expect: WC001

    async def push_token(self, token):
        await self.stub.set_env_var("TOKEN", token)


class Town:
    def __init__(self, env):
        self.client = ContainerClient(env)
        self.token = env.TOKEN

    def has_active_work(self) -> bool:
        return self.open_bead_count > 0

    async def alarm(self):
        await self.client.health()
        if self.has_active_work():
            await self.client.push_token(self.token)
