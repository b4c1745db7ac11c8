class MaltBox:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def rake_malt_box() -> MaltBox:
    return MaltBox()


def germination_running() -> bool:
    raise NotImplementedError


def couches_to_turn() -> list[str]:
    raise NotImplementedError


def kiln_inspection_due() -> bool:
    raise NotImplementedError
