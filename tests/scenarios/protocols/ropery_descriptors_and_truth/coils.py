"""Coils waiting to be spliced, measured and tested through their own protocol."""


class CoilBatch:
    def __init__(self, coils):
        self._coils = list(coils)

    def __len__(self):
        return len(self._coils)

    def __iter__(self):
        return iter(self._coils)


class Splicer:
    def coils_to_splice(self):
        return ["c1", "c2"]
