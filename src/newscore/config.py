"""Configuration files: extractor options from ``newscore.toml`` or ``pyproject.toml``.

Both hold one table per extractor, named after it, with its options::

    # newscore.toml                      # pyproject.toml
    [locations]                          [tool.newscore.locations]
    include_demonyms = true              include_demonyms = true

The command line reads ``--config FILE``, else ``newscore.toml`` in the working
directory, else a ``pyproject.toml`` there that has a ``[tool.newscore]`` table. Python
callers pass what :func:`read_config` returns as ``options=``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from newscore.errors import ConfigError

__all__ = ["CONFIG_FILE", "find_config", "read_config"]

#: newscore's own configuration file, looked for in the working directory.
CONFIG_FILE = "newscore.toml"
_PYPROJECT = "pyproject.toml"


def _load(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as stream:
            return tomllib.load(stream)
    except OSError as error:
        raise ConfigError(f"cannot read the configuration file {path}: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path} is not valid TOML: {error}") from None


def _newscore_table(path: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    if path.name != _PYPROJECT:
        return data
    tool = data.get("tool")
    table = tool.get("newscore") if isinstance(tool, dict) else None
    return table if isinstance(table, dict) else None


def read_config(path: str | Path) -> dict[str, dict[str, Any]]:
    """The extractor options in a configuration file: extractor name -> option -> value.

    A ``pyproject.toml`` is read from its ``[tool.newscore]`` table (none: no options);
    any other file is a ``newscore.toml``. Raises :class:`ConfigError` for a file that
    cannot be read, is not TOML, or holds something other than a table per extractor.
    """
    path = Path(path)
    table = _newscore_table(path, _load(path)) or {}
    where = "[tool.newscore] in " + str(path) if path.name == _PYPROJECT else str(path)
    options: dict[str, dict[str, Any]] = {}
    for name, value in table.items():
        if not isinstance(value, dict):
            raise ConfigError(
                f"{where}: {name} = {value!r} is not a table; write each extractor's options in a "
                f"table named after it, such as [locations] with include_demonyms = true"
            )
        options[name] = dict(value)
    return options


def find_config(directory: str | Path = ".") -> Path | None:
    """The configuration file the command line uses in ``directory``: ``newscore.toml``, else a
    ``pyproject.toml`` with a ``[tool.newscore]`` table, else None."""
    directory = Path(directory)
    own = directory / CONFIG_FILE
    if own.is_file():
        return own
    pyproject = directory / _PYPROJECT
    if pyproject.is_file() and _newscore_table(pyproject, _load(pyproject)) is not None:
        return pyproject
    return None
