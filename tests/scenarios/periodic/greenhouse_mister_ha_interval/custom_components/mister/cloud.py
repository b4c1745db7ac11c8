class MisterCloud:
    async def nozzle_status(self) -> dict:
        return {}

    async def start_cycle(self) -> None:
        return None


def mister_cloud() -> MisterCloud:
    return MisterCloud()
