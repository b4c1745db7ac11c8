class PressBox:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def open_press_box() -> PressBox:
    return PressBox()


def sheets_to_mount() -> list[str]:
    raise NotImplementedError
