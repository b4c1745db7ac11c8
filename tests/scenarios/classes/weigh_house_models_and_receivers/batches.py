"""Weighings waiting for the scale container, measured by `len()` and tested by `if`."""


class Batch:
    def __init__(self, rows):
        self._rows = list(rows)

    def __len__(self):
        return len(self._rows)

    def __iter__(self):
        return iter(self._rows)


class Flag:
    """A plain object: always true in a test."""


class Window:
    def __init__(self, pending):
        self.pending = pending

    def __bool__(self):
        return bool(self.pending)
