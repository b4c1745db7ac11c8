class LockController:
    async def gate_state(self) -> dict:
        return {}

    async def cycle(self, vessel: str) -> None:
        return None


def lock_controller() -> LockController:
    return LockController()
