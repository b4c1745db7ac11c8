"""Cartography office: the worker that re-renders survey sheets in the plotter container (async).

Idioms: a ``typing.Generic[T]`` repository base ``Repository[T]`` whose base methods
(``all``, ``first``, ``count``) call an abstract ``_load()``, specialised twice:
``SheetRepository(Repository[Sheet])`` loads the revised sheets (from the empty-on-idle
``revised_survey_sheet_ids``) and ``GazetteerRepository(Repository[PlaceNameEdit])``
loads pending gazetteer edits from the database (zero or one row); an
``@asynccontextmanager`` ``render_slot(client, sheet_id)`` that acquires a render slot
from the ``PlotterClient`` holding the container and releases it in ``finally`` (on the
error path too, when a renderer raises ``SheetRenderError``); a ``RendererRegistry`` of
plug-in modules named by constant strings (``CONTOUR_RENDERER`` …), loaded with
``importlib.import_module(f"{__package__}.renderers.{name}")`` and
``getattr(module, "render")``, memoised in a dict. Also: a lazy ``box`` property on the
client, frozen dataclass settings read by a classmethod, dataclass rows and a render
context, service classes injected into the desk, logging.

On an idle tick the gazetteer edits (stub data) take a render slot and run the labels
renderer; the contour and hillshade renderers run only for revised sheets (empty on
idle); proof collection is behind the active guard ``proof_press_running``; the archive
reprojection only when ``national_datum_reissued``.
"""
