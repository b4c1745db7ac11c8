"""Car controller containers and the car's checks."""

from __future__ import annotations

import logging
from typing import Any

from .settings import FunicularSettings

log = logging.getLogger(__name__)


class CarControllerStub:
    def __init__(self, image: str, car: str) -> None:
        self.image = image
        self.car = car

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_car_controller(settings: FunicularSettings, car: str) -> CarControllerStub:
    log.info("car controller %s", car)
    return CarControllerStub(settings.controller_image, car)


class CarChecks:
    def __init__(self, controller: Any) -> None:
        self.controller = controller

    def check_brakes(self) -> None:
        self.controller.post("/brakes/check")  # expect: WC001

    def check_cable(self) -> None:
        self.controller.post("/cable/tension")  # expect: WC001

    def check_doors(self) -> None:
        self.controller.post("/doors/check")  # expect: WC001

    def check_speed(self) -> None:
        self.controller.post("/speed/governor")

    def service_sheaves(self) -> None:
        self.controller.post("/sheaves/lubricate")

    def service_rails(self) -> None:
        self.controller.post("/rails/grind")

    def drill_evacuation(self) -> None:
        self.controller.post("/evacuation/drill")  # expect: WC002


class WinterCarChecks(CarChecks):
    def check_heating(self) -> None:
        self.controller.post("/heating/check")  # expect: WC001
