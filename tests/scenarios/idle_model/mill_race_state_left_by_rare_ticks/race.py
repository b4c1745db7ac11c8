"""The mill race's five-minute tick: what a rare survey tick leaves (a job, a state, a kind of
work) is read by later ticks."""
import logging

from jobs import RaceJob
from ledger import RaceLedger
from racebox import hire_race_box
from states import Still, Surveying

log = logging.getLogger(__name__)


class MillRace:
    HANDLERS = {"turning": "handle_turning", "survey": "handle_survey", "still": "handle_still"}

    def __init__(self):
        self.ledger = RaceLedger()
        self.box = hire_race_box()
        self.state = Still()
        self.jobs = []
        self.handlers = {"dredge": self._dredge, "clear": self._clear}

    def _classify(self):
        if self.ledger.wheel_turning():
            return "turning"
        if self.ledger.survey_due():
            return "survey"
        return "still"

    def handle_turning(self):
        self.box.fetch("/wheel/grease", method="POST")

    def handle_survey(self):
        self.box.fetch("/survey/start", method="POST")  # expect: WC002

    def handle_still(self):
        self.box.fetch("/heartbeat")  # expect: WC001

    def _dredge(self, job):
        self.box.fetch(f"/dredge/{job.reach}", method="POST")  # expect: WC002

    def _clear(self, job):
        self.box.fetch(f"/clear/{job.reach}", method="POST")

    def tick(self):
        kind = self._classify()
        getattr(self, self.HANDLERS[kind])()
        if self.ledger.survey_due():
            self.jobs.append(RaceJob("dredge", "upper"))
            self.state = Surveying()
        if self.ledger.wheel_turning():
            self.jobs.append(RaceJob("clear", "lower"))
        jobs, self.jobs = self.jobs, []
        for job in jobs:
            handler = self.handlers.get(job.kind)
            if handler is not None:
                handler(job)
        self.state = self.state.on_tick(self)
        log.debug("race tick: %s", kind)
