"""The LibCST version in use, which cache keys and the speed-ups' version checks depend on."""

from __future__ import annotations

import functools
import re
from pathlib import Path


@functools.cache
def libcst_version() -> str:
    """The installed LibCST's version, e.g. `1.9.0`; `unknown` if it cannot be told.

    Read from its `_version.py` rather than by importing LibCST (a tenth of a second) or
    `importlib.metadata` (a few hundredths): a run that reads every file from the cache
    never imports LibCST at all.
    """
    import importlib.util

    spec = importlib.util.find_spec("libcst")
    places = spec.submodule_search_locations if spec is not None else None
    for place in places or ():
        try:
            text = (Path(place) / "_version.py").read_text(encoding="utf-8")
        except OSError:
            continue
        found = re.search(r"""^__version__\s*=\s*(?:version\s*=\s*)?['"]([^'"]+)['"]""", text, re.M)
        if found:
            return found.group(1)
    import importlib.metadata

    try:
        return importlib.metadata.version("libcst")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"
