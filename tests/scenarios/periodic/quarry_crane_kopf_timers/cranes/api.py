class CraneApi:
    async def load_cells(self, crane: str) -> dict:
        return {}


def crane_api() -> CraneApi:
    return CraneApi()
