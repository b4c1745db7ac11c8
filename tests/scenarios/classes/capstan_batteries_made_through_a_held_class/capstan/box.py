class CapstanBox:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def rig_capstan_box() -> CapstanBox:
    return CapstanBox()


def hawser_inspection_due() -> bool:
    raise NotImplementedError
