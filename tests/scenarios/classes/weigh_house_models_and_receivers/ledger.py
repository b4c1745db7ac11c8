"""A small ORM: managers learn their model when the model class is made, from its namespace."""
import logging

log = logging.getLogger(__name__)


class Manager:
    def __init__(self):
        self.model = None

    def install(self, model, name):
        self.model = model
        log.debug("manager %s installed on %s", name, model.__name__)

    def create(self, **values):
        if self.model is None:
            raise LookupError("manager not installed on a model")
        record = self.model(**values)
        record.save()
        return record

    def unposted_weighings(self):
        return []


class Record:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if isinstance(value, Manager):
                value.install(cls, name)

    def __init__(self, **values):
        self.values = values

    def save(self):
        self.saved()

    def saved(self):
        """A hook for subclasses, called after every save."""
