"""The history of the `.journey` file format, and the migrations between its versions.

Every change to what is written to a file raises FORMAT_VERSION by one and adds a migration from
the previous version. A migration is a pure function on the plain JSON data (before validation):
it gets a deep copy, returns the data of the next version, and never drops keys it does not know.
Each released version has a frozen fixture in `tests/data/format/v{N}/` that must keep loading.

Versions
--------
1 (Journey Designer 0.1, 2026-11)
    The first format: a project with personas and maps; a map with stages (and their steps),
    lanes, cards, emotion points, metrics and connectors. Timestamps are ISO 8601 in UTC.
2 (Journey Designer 0.1, 2026-11)
    A map may name its blueprint lines (`line_labels`), hide emotion curves (`hidden_curves`)
    and point to the map it belongs with (`linked_map_id`); a lane may carry a `hint` for its
    empty cells. All are optional, so a version 1 file needs only its version raised.
3 (Journey Designer 0.1, 2026-11)
    A metric may hold dated `readings` (its `value` is then the latest reading's); a map may
    name its `funnel_metric` for the scorecard. Both are optional, so a version 2 file needs
    only its version raised.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from journeydesigner.model.project import FORMAT_VERSION

JsonObject = dict[str, Any]
Migration = Callable[[JsonObject], JsonObject]

MIGRATIONS: dict[int, Migration] = {}
"""`MIGRATIONS[n]` turns the data of version n into the data of version n + 1."""


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register a function as the migration from `from_version` to the next version."""

    def register(function: Migration) -> Migration:
        if from_version in MIGRATIONS:
            raise RuntimeError(f"two migrations from format version {from_version}")
        MIGRATIONS[from_version] = function
        return function

    return register


def check_chain(migrations: dict[int, Migration], current: int) -> None:
    """Fail unless the migrations lead, one step at a time, from version 1 to `current`."""
    expected = set(range(1, current))
    if set(migrations) != expected:
        raise RuntimeError(
            f"the migrations go from versions {sorted(migrations)}, expected {sorted(expected)}"
        )


def migrate(
    data: JsonObject,
    from_version: int,
    *,
    to_version: int = FORMAT_VERSION,
    migrations: dict[int, Migration] | None = None,
) -> JsonObject:
    """Bring the data of an older file up to `to_version`, one version at a time."""
    chain = MIGRATIONS if migrations is None else migrations
    version = from_version
    while version < to_version:
        step = chain.get(version)
        if step is None:
            raise ValueError(f"there is no migration from format version {version}")
        data = step(copy.deepcopy(data))
        if data.get("version") != version + 1:
            raise RuntimeError(
                f"the migration from version {version} did not set version {version + 1}"
            )
        version += 1
    return data


@migration(1)
def _v1_to_v2(data: JsonObject) -> JsonObject:
    """Version 2 only added optional fields: nothing in a version 1 file changes meaning."""
    data["version"] = 2
    return data


@migration(2)
def _v2_to_v3(data: JsonObject) -> JsonObject:
    """Version 3 only added optional fields: nothing in a version 2 file changes meaning."""
    data["version"] = 3
    return data


check_chain(MIGRATIONS, FORMAT_VERSION)
