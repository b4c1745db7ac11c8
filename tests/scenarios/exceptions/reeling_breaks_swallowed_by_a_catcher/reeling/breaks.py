import logging

from reeling.box import BasinBox

log = logging.getLogger(__name__)


class FilamentBroke(Exception):
    def __init__(self, basin: int) -> None:
        super().__init__(f"filament broke in basin {basin}")
        self.basin = basin


class BreakCatcher:
    def __init__(self, box: BasinBox) -> None:
        self.box = box
        self.caught: FilamentBroke | None = None

    def __enter__(self) -> "BreakCatcher":
        return self

    def __exit__(self, kind, exc, tb) -> bool:
        if not isinstance(exc, FilamentBroke):
            return False
        log.warning("%s", exc)
        self.caught = exc
        return True
