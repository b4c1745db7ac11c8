class SpinningJenny:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def rig_spinning_jenny() -> SpinningJenny:
    return SpinningJenny()


def hanks_to_twist() -> list[str]:
    raise NotImplementedError
