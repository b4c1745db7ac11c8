"""The mill's records (a database in production)."""


class RaceLedger:
    def wheel_turning(self):
        return True

    def survey_due(self):
        return True
