class DewarBox:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def chill_dewar_box() -> DewarBox:
    return DewarBox()


def nitrogen_flowing() -> bool:
    raise NotImplementedError
