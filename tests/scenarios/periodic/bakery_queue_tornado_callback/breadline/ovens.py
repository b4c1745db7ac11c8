class OvenService:
    def temperatures(self) -> dict:
        return {}


def oven_service() -> OvenService:
    return OvenService()
