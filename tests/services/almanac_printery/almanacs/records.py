"""The plate-run record the foreman schedules."""

from __future__ import annotations

from typing import Any, NamedTuple


class PlateRun(NamedTuple):
    almanac: str
    edition: int
    sheets: int
    section: str = "body"

    def plate_path(self, action: str) -> str:
        return f"/plates/{self.almanac}/{self.edition}/{self.section}/{action}"

    def ticket(self) -> dict[str, Any]:
        return {"almanac": self.almanac, "edition": self.edition, "sheets": self.sheets}
