from .boxes import edition_changed
from .counting import CountJob


class RecountJob(CountJob, kind="recount"):
    def run(self) -> None:
        if edition_changed():
            self.box.fetch("/editions/reload", method="PUT")  # expect: WC002
