"""Module-level settings, read Django-style with ``getattr(settings, NAME, default)``."""

from __future__ import annotations

import envknobs

TANNERY_SITE = envknobs.text("TANNERY_SITE", "bermondsey")
DATABASE_URL = envknobs.text("TANNERY_DATABASE_URL", "postgres://tannery")
CACHE_URL = envknobs.text("TANNERY_CACHE_URL", "redis://tannery")

TASK_MODULES = ("tannery.tasks", "tannery.grading", "tannery.admin")
TASK_DEFAULT_MAX_RETRIES = 3

# The kinds of vat a tannery may have; a site configures the ones it has fitted
# as VAT_<KIND>. This site has no dye house, so VAT_DYEING is left unset.
VAT_KINDS = ("liming", "tanning", "dyeing")

VAT_LIMING = {"probe": "ph", "target": 12.5}
VAT_TANNING = {"probe": "tannin", "target": 4.0}

HIDE_GRADE_SET = "full"
