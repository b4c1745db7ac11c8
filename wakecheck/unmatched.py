"""No silent pass: why a run has nothing to check, and each configured pattern that matches nothing, in one line.

What "matches nothing" means is decided from what the analysis met (see
wakecheck.analysis.met); none of this parses a file the analysis did not. When a file
could not be read or parsed these lines are not given: what it holds is unknown, and
its error already ends the run with exit 2.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from wakecheck.config import DEFAULT_ENTRY, Config
from wakecheck.discovery import SourceFile
from wakecheck.model import FileError


def nothing_to_check(config: Config, files: Sequence[SourceFile], entries: int,
                     errors: Collection[FileError], idioms: bool = True) -> list[str]:
    """Why a run found nothing to analyse, if it did not (none when a file error is the reason).

    `idioms`: whether periodic idioms were looked for (not when no file imports a library
    that a built-in model says can wake, and nothing else can).
    """
    if errors:
        return []
    if not files:
        return ["no Python files found"]
    if not entries:
        patterns = ", ".join(config.entries.patterns)
        if config.recognises and not idioms:
            return [f"no function matches the entry patterns ({patterns}), and no module imports a library"
                    " whose calls wake a resource, so periodic loops are not analysed; nothing to check"]
        if config.recognises:
            return [f"no function matches the entry patterns ({patterns}) and no periodic idiom was found;"
                    " nothing to check"]
        return [f"no function matches the entry patterns ({patterns}); nothing to check"]
    return []


def config_warnings(config: Config, met: Collection[tuple[str, str]], entries: int,
                    errors: Collection[FileError]) -> list[str]:
    """A line for each pattern that matches nothing, and for a configuration that cannot find anything."""
    from wakecheck.analysis.met import name_keys, patterns_of, probe

    if errors or not entries:
        return []  # a file error says why; with no entry, nothing was met (see nothing_to_check)
    # In the default entry set, `alarm` is one way among the recognised idioms to find an entry:
    # that it found none is no mistake once the set found some (an empty run says so above).
    default = frozenset(DEFAULT_ENTRY) if config.entry_auto else frozenset()
    lines = [f"entry pattern '{p}' matches no function" for p in config.entry.patterns
             if ("entry", p) not in met and p not in default]
    for key, patterns in name_keys(config):
        for pattern in patterns_of(patterns):
            if (key, pattern) in met:
                continue
            line = f"{key} pattern '{pattern}' matches nothing in the analysed code"
            likely = probe(pattern)
            if likely is not None and (key, likely) in met:
                line += f" (did you mean '{likely}'?)"
            lines.append(line)
    lines += [f"quiet-methods name '{name}' is never called on a container handle"
              for name in sorted(config.quiet_methods) if ("quiet-methods", name) not in met]
    from wakecheck.analysis.met import LIBRARY_MODEL

    if (not config.container_factories.patterns and not config.sinks.patterns and not config.namespaces()
            and not config.named_resources and LIBRARY_MODEL not in met):
        if config.models == ():
            lines.append("no container-factories or sinks are configured, so no call wakes a container; "
                         "nothing to check")
        else:
            lines.append("no container-factories or sinks are configured, and the code the entries reach calls"
                         " no library that wakes a resource (asyncpg, psycopg, SQLAlchemy, redis, …); nothing"
                         " to check")
    return lines
