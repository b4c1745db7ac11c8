"""Rows the repositories hand out, and the errors of the office."""

from __future__ import annotations

from dataclasses import dataclass


class SurveyOfficeError(Exception):
    """Something the office decided not to do."""


class SheetRenderError(SurveyOfficeError):
    """The plotter refused a layer of a sheet."""


@dataclass(frozen=True)
class Sheet:
    sheet_id: str
    scale: int


@dataclass(frozen=True)
class PlaceNameEdit:
    sheet_id: str
    place_name: str
