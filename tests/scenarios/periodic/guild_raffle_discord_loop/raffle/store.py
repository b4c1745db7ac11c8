class RaffleStore:
    async def open_raffles(self) -> list:
        return []


def raffle_store() -> RaffleStore:
    return RaffleStore()
