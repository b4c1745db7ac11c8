class PenBox:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def whistle_pen_box() -> PenBox:
    return PenBox()


def flock_moving() -> bool:
    raise NotImplementedError


def shearing_day() -> bool:
    raise NotImplementedError
