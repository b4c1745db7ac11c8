class RegulatorBench:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def open_regulator_bench() -> RegulatorBench:
    return RegulatorBench()
