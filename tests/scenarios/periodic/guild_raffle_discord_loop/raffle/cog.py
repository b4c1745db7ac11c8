import logging

from discord.ext import commands
from discord.ext import tasks as ticker

from raffle.store import raffle_store

log = logging.getLogger(__name__)


def loop(**kwargs):
    """The project's own `loop`, not discord's: it makes nothing periodic."""
    return lambda f: f


class RaffleCog(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot
        self.store = raffle_store()
        self.draw_winners.start()

    @ticker.loop(minutes=1, seconds=30)
    async def draw_winners(self) -> None:
        raffles = await self.store.open_raffles()  # expect: WC001
        log.info("%d raffles open", len(raffles))

    @loop(minutes=1)
    async def archive_raffles(self) -> None:
        await self.store.open_raffles()
