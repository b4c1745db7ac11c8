class ReteBox:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def mount_rete_box() -> ReteBox:
    return ReteBox()


def commission_open() -> bool:
    raise NotImplementedError


def solstice_reset_due() -> bool:
    raise NotImplementedError
