"""The user's keymap: `keys.toml` in the user's config folder (`~/.config/whosaid/` on Linux),
binding ids to keys, applied with Textual's `App.set_keymap`:

    verify = "V"
    next-statement = "j,down,ctrl+n"

The ids are the bindings' own (`?` lists them beside each key).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_dir

KEYMAP_NAME = "keys.toml"
BACK_TO_LIBRARY = "back-to-library"
"""The id of the reader's key back to the library (a reader opened from one): known to every
reader, so that keys.toml may name it whichever way the reader was opened."""


def keymap_path() -> Path:
    """Where the user's keymap is read from."""
    return Path(user_config_dir("whosaid")) / KEYMAP_NAME


@dataclass(frozen=True, slots=True)
class UserKeymap:
    """The keys the user gave, by binding id, and what in the file could not be used."""

    path: Path | None = None
    keys: dict[str, str] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def load_keymap(path: Path, known_ids: Iterable[str]) -> UserKeymap:
    """Read `path` (missing: no keymap); keep each `id = "keys"` whose id is known."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return UserKeymap(path)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return UserKeymap(path, problems=(f"{path}: not read: {error}",))
    known = set(known_ids)
    keys: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, value in data.items():
        if binding_id not in known:
            problems.append(f"{path}: no key has the id {binding_id!r} (? lists the ids)")
        elif not isinstance(value, str) or not value.strip():
            problems.append(f'{path}: {binding_id} needs keys as a string, like "j,down"')
        else:
            keys[binding_id] = ",".join(key.strip() for key in value.split(","))
    return UserKeymap(path, keys, tuple(problems))
