class BasinBox:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def thread_basin_box() -> BasinBox:
    return BasinBox()


def cocoon_lots_waiting() -> list[int]:
    raise NotImplementedError
