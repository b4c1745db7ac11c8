class WickBox:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def moor_wick_box() -> WickBox:
    return WickBox()


def candles_to_dip() -> list[str]:
    raise NotImplementedError


def tallow_shipment_landed() -> bool:
    raise NotImplementedError
