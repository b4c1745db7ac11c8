"""The mapped records: dataclasses whose base tracks changed fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass
class GrainRecord:
    __ident_field__: ClassVar[str] = "ident"
    pages_on_insert: ClassVar[bool] = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "_changes", {})

    def __setattr__(self, name: str, value: Any) -> None:
        changes = self.__dict__.get("_changes")
        if changes is not None and name in self.__dataclass_fields__:
            old = self.__dict__.get(name)
            if old != value:
                changes.setdefault(name, old)
        object.__setattr__(self, name, value)

    @property
    def changes(self) -> dict[str, Any]:
        return self.__dict__["_changes"]

    @property
    def ident(self) -> Any:
        return getattr(self, self.__ident_field__)


@dataclass
class Silo(GrainRecord):
    __ident_field__: ClassVar[str] = "silo_id"

    silo_id: str
    grain: str
    aerating: bool = False


@dataclass
class WatchCursor(GrainRecord):
    __ident_field__: ClassVar[str] = "site"

    site: str
    readings_total: int = 0


@dataclass
class ProbeReading(GrainRecord):
    __ident_field__: ClassVar[str] = "reading_id"

    reading_id: str
    silo_id: str
    celsius: float
    hot_limit: float
    hot: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.celsius = round(self.celsius, 1)
        self.hot = self.celsius >= self.hot_limit
        super().__post_init__()


@dataclass
class AerationRun(GrainRecord):
    __ident_field__: ClassVar[str] = "run_id"

    silo_id: str
    sweep_no: int
    run_id: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.run_id = f"{self.silo_id}:{self.sweep_no}"
        super().__post_init__()


@dataclass
class SweepLog(GrainRecord):
    __ident_field__: ClassVar[str] = "sweep_no"

    sweep_no: int
    site: str
    readings_seen: int
    fans_on: bool
    quiet: bool = field(init=False, default=True)

    def __post_init__(self) -> None:
        self.quiet = self.readings_seen == 0 and not self.fans_on
        super().__post_init__()


@dataclass
class FumigationNotice(GrainRecord):
    __ident_field__: ClassVar[str] = "notice_id"
    pages_on_insert: ClassVar[bool] = True

    site: str
    sweep_no: int
    notice_id: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.notice_id = f"{self.site}:fumigation:{self.sweep_no}"
        super().__post_init__()
