class KilnLink:
    def read_humidity(self) -> float:
        return 0.0

    def set_burner(self, level: int) -> None:
        return None


def kiln_link() -> KilnLink:
    return KilnLink()
