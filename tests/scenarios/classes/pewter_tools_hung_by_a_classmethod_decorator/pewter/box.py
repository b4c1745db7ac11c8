class CastingBox:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def light_casting_box() -> CastingBox:
    return CastingBox()


def assay_day() -> bool:
    raise NotImplementedError
