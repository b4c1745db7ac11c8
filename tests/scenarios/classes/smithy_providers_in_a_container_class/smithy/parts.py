from __future__ import annotations

import logging
import os
from dataclasses import dataclass

log = logging.getLogger(__name__)


class SmithyBox:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError("the smithy's container")


def kindle_smithy_box(site: str) -> SmithyBox:
    return SmithyBox()


def fire_lit(site: str) -> bool:
    raise NotImplementedError("the hearth sensor")


@dataclass(frozen=True)
class Settings:
    site: str
    drive: str

    @classmethod
    def from_env(cls) -> Settings:
        return cls(os.environ.get("SMITHY_SITE", "north"), os.environ.get("SMITHY_DRIVE", "electric"))


class BoxClient:
    def __init__(self, settings: Settings) -> None:
        self.site = settings.site
        self.box = kindle_smithy_box(settings.site)


class Drive:
    def __init__(self, client: BoxClient) -> None:
        self.client = client

    def pump(self) -> None:
        raise NotImplementedError

    @staticmethod
    def for_setting(settings: Settings, client: BoxClient) -> Drive:
        kinds: dict[str, type[Drive]] = {"electric": ElectricDrive, "lever": LeverDrive}
        return kinds[settings.drive](client)


class ElectricDrive(Drive):
    def pump(self) -> None:
        self.client.box.fetch("/blower")  # expect: WC001


class LeverDrive(Drive):
    def pump(self) -> None:
        if fire_lit(self.client.site):
            self.client.box.fetch("/lever")


class AnvilDesk:
    def __init__(self, client: BoxClient, settings: Settings) -> None:
        self.client = client
        self.settings = settings

    def sync(self) -> None:
        log.info("syncing anvils at %s", self.settings.site)
        self.client.box.fetch("/anvils/sync")  # expect: WC001
