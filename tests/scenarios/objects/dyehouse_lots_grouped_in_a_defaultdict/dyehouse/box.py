from dataclasses import dataclass


class VatBox:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def steep_vat_box() -> VatBox:
    return VatBox()


@dataclass(frozen=True)
class Skein:
    colour: str
    weight_g: int


def skeins_to_dye() -> list[Skein]:
    raise NotImplementedError
