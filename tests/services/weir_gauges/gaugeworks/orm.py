"""A small hand-written ORM in Django's shape: models, managers, lazy query sets."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any, ClassVar, Generic, TypeVar

import stowage

from .conf import ImproperlyConfigured
from .db import get_connection

log = logging.getLogger(__name__)

M = TypeVar("M", bound="Model")


class Options:
    """What ``Model.__init_subclass__`` learns about a model class (its ``_meta``)."""

    def __init__(self, model: type[Model], table: str) -> None:
        self.model = model
        self.table = table
        self.managers: dict[str, BaseManager] = {}


class QuerySet(Generic[M]):
    """Lazy: nothing is read until it is iterated, measured, or asked ``exists()``/``first()``."""

    def __init__(self, model: type[M], filters: dict[str, Any] | None = None, ordering: tuple[str, ...] = ()) -> None:
        self.model = model
        self._filters = dict(filters or {})
        self._ordering = ordering
        self._result_cache: list[M] | None = None

    def _clone(self, **changes: Any) -> QuerySet[M]:
        return type(self)(
            self.model,
            changes.get("filters", self._filters),
            changes.get("ordering", self._ordering),
        )

    def filter(self, **lookups: Any) -> QuerySet[M]:
        return self._clone(filters={**self._filters, **lookups})

    def order_by(self, *fields: str) -> QuerySet[M]:
        return self._clone(ordering=fields)

    def _where(self) -> str:
        if not self._filters:
            return ""
        return " WHERE " + " AND ".join(f"{name} = %s" for name in self._filters)

    def _sql(self, columns: str = "*", limit: int | None = None) -> str:
        sql = f"SELECT {columns} FROM {self.model._meta.table}{self._where()}"
        if self._ordering:
            sql += " ORDER BY " + ", ".join(
                f"{f.lstrip('-')} DESC" if f.startswith("-") else f for f in self._ordering
            )
        if limit is not None:
            sql += f" LIMIT {limit}"
        return sql

    def _fetch_all(self) -> list[M]:
        if self._result_cache is None:
            rows = get_connection().fetch_all(self._sql(), *self._filters.values())
            self._result_cache = [self.model.from_row(row) for row in rows]
        return self._result_cache

    def __iter__(self) -> Iterator[M]:
        return iter(self._fetch_all())

    def __len__(self) -> int:
        return len(self._fetch_all())

    def exists(self) -> bool:
        if self._result_cache is not None:
            return bool(self._result_cache)
        return get_connection().fetch_value(self._sql("count(*)"), *self._filters.values()) > 0

    def first(self) -> M | None:
        if self._result_cache is not None:
            return self._result_cache[0] if self._result_cache else None
        row = get_connection().fetch_one(self._sql(limit=1), *self._filters.values())
        return None if row is None else self.model.from_row(row)

    def __repr__(self) -> str:
        return f"<QuerySet {self.model.__name__} {self._filters}>"


class BaseManager:
    """Builds query sets for the model it is installed on."""

    queryset_class: ClassVar[type[QuerySet[Any]]] = QuerySet

    def __init__(self) -> None:
        self.model: type[Any] | None = None
        self.name = ""

    def get_queryset(self) -> QuerySet[Any]:
        if self.model is None:
            raise ImproperlyConfigured(f"{type(self).__name__} is not installed on a model")
        return self.queryset_class(self.model)

    def all(self) -> QuerySet[Any]:
        return self.get_queryset()

    def filter(self, **lookups: Any) -> QuerySet[Any]:
        return self.get_queryset().filter(**lookups)

    def create(self, **values: Any) -> Any:
        if self.model is None:
            raise ImproperlyConfigured(f"{type(self).__name__} is not installed on a model")
        instance = self.model(**values)
        instance.save()
        return instance


class Manager(BaseManager):
    """Installed by ``Model.__init_subclass__``, which calls ``contribute_to_class``."""

    def contribute_to_class(self, model: type[Model], name: str) -> None:
        self.model = model
        self.name = name
        model._meta.managers[name] = self


class DescriptorManager(BaseManager):
    """Learns its model itself when the class body is made (``__set_name__``); class access only."""

    def __set_name__(self, owner: type[Model], name: str) -> None:
        self.model = owner
        self.name = name

    def __get__(self, instance: object, owner: type[Model]) -> DescriptorManager:
        if instance is not None:
            raise AttributeError(f"{self.name} is not reachable from {owner.__name__} instances")
        return self


class Model:
    table: ClassVar[str] = ""
    fields: ClassVar[tuple[str, ...]] = ()
    _meta: ClassVar[Options]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._meta = Options(cls, cls.table or f"{cls.__name__.lower()}s")
        for name, value in list(vars(cls).items()):
            if isinstance(value, Manager):
                value.contribute_to_class(cls, name)

    def __init__(self, pk: str | None = None, **values: Any) -> None:
        self.pk = pk
        for name in self.fields:
            setattr(self, name, values.pop(name, None))
        if values:
            raise ImproperlyConfigured(f"{type(self).__name__} has no fields {sorted(values)}")

    @classmethod
    def from_row(cls: type[M], row: stowage.Row) -> M:
        return cls(pk=row["id"], **{name: row[name] for name in cls.fields})

    def field_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.fields}

    def save(self) -> bool:
        """Inserts or updates the row; returns whether it was created."""
        created = self.pk is None
        connection = get_connection()
        values = self.field_values()
        if created:
            columns = ", ".join(values)
            connection.execute(f"INSERT INTO {self._meta.table} ({columns})", *values.values())
            self.pk = f"{self._meta.table}:{values.get('gauge_id')}"
        else:
            connection.execute(f"UPDATE {self._meta.table} SET row WHERE id = %s", self.pk)
        self.saved(created)
        return created

    def saved(self, created: bool) -> None:
        """A hook for subclasses, called after every save."""
