"""Both the helper and the factory are imported under other names."""
from relay.runtime import acquire_runtime as runtime_for
from relay.tokens import ensure_token as refresh_token
from relay.tokens import revoke_token as drop_token


class Relay:
    def __init__(self, env):
        self.env = env
        self.unread = 0

    def needs_attention(self) -> bool:
        return self.unread > 0

    async def on_cron(self):
        await refresh_token(runtime_for(self.env))
        if self.needs_attention():
            await drop_token(runtime_for(self.env))
