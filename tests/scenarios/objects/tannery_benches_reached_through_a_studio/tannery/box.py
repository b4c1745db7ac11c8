class DrumBox:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def rig_drum_box() -> DrumBox:
    return DrumBox()


def hide_in_liquor(bench: str) -> bool:
    raise NotImplementedError


def drum_recall_issued() -> bool:
    raise NotImplementedError
