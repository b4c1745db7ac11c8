"""A call spread over several lines is reported on the line where it starts."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.container = get_container(env, "town")
        self.token = env.TOKEN

    async def alarm(self):
        await self.container.fetch(  # expect: WC001
            "/refresh-token",
            method="POST",
            body=self.token,
        )
