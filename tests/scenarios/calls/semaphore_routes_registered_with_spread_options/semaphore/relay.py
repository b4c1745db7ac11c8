from pathlib import Path

from .boxes import lease_semaphore_box
from .routes import ARMS, ROUTES, register_route, route_specs


class SignalRelay:
    def __init__(self, tower: str, routes_file: Path) -> None:
        self.box = lease_semaphore_box(tower)
        self.routes_file = routes_file

    def tick(self) -> None:
        for spec in route_specs(self.routes_file):
            register_route(**spec)
        for tower in ROUTES:
            self.box.fetch(f"/arms/{tower}/{ARMS[tower]}")  # expect: WC001
