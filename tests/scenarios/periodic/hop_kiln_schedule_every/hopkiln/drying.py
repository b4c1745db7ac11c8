import logging
import time

import schedule
from schedule import every, repeat

from hopkiln.link import kiln_link

log = logging.getLogger(__name__)


class DryingRun:
    def __init__(self) -> None:
        self.link = kiln_link()

    def in_progress(self) -> bool:
        return False

    def check_humidity(self) -> None:
        humidity = self.link.read_humidity()  # expect: WC001
        log.info("kiln humidity %.1f", humidity)

    def adjust_burner(self) -> None:
        if self.in_progress():
            self.link.set_burner(3)


@repeat(every(2).hours)
def log_kiln_hours() -> None:
    kiln_link().read_humidity()  # expect: WC001


def main() -> None:
    run = DryingRun()
    schedule.every(10).minutes.do(run.check_humidity)
    schedule.every().minute.at(":30").do(run.adjust_burner)
    while True:
        schedule.run_pending()
        time.sleep(1)
