# [tool.wakecheck]
# entry = ["*.Assayer.tick"]
# container-factories = ["*.hire_assay_box"]
# select = ["WC001", "WC003"]

"""A hook installs its managers from a walk the analysis cannot see into (`inspect.getmembers`):
the model a manager calls is lost, and says so, never a manager that is never installed."""
import inspect
import logging

log = logging.getLogger(__name__)


class AssayBox:
    def fetch(self, path):
        raise NotImplementedError("talks to the assay container")


def hire_assay_box():
    return AssayBox()


class Manager:
    def __init__(self):
        self.model = None

    def install(self, model):
        self.model = model

    def create(self, **values):
        if self.model is None:
            raise LookupError("not installed")
        sample = self.model(**values)  # expect: WC003
        sample.save()
        return sample


class Sample:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for _, value in inspect.getmembers(cls):
            if isinstance(value, Manager):
                value.install(cls)

    def __init__(self, **values):
        self.values = values

    def save(self):
        hire_assay_box().fetch("/samples")


class OreSample(Sample):
    objects = Manager()


class Assayer:
    def tick(self):
        OreSample.objects.create(grade=3)
        hire_assay_box().fetch("/heartbeat")  # expect: WC001
        log.debug("assayed")
