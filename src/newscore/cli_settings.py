"""The command line's extractor settings: ``--option``, ``--config`` and the configuration files.

Kept apart from :mod:`newscore.cli` so the commands only ask for "the options given".
Later sources win: a configuration file (``--config FILE``, else ``newscore.toml`` or
``[tool.newscore]`` in ``pyproject.toml`` in the working directory), then each
``--option EXTRACTOR.NAME=VALUE`` in order.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from newscore.config import find_config, read_config
from newscore.errors import OptionError
from newscore.options import normalize_options

__all__ = ["add_settings_arguments", "given_options"]


def add_settings_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--option`` and ``--config`` to a command that builds a pipeline."""
    parser.add_argument(
        "--option",
        "-O",
        dest="options",
        action="append",
        default=[],
        metavar="EXTRACTOR.NAME=VALUE",
        help="set an extractor's option, e.g. locations.include_demonyms=true (repeatable; `newscore plugins` lists them)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="read extractor options from this TOML file (default: newscore.toml, else [tool.newscore] in pyproject.toml, "
        "in the working directory)",
    )


def _from_command_line(pairs: list[str]) -> dict[str, dict[str, Any]]:
    given: dict[str, Any] = {}
    for pair in pairs:
        key, equals, value = pair.partition("=")
        if not equals or not key.strip():
            raise OptionError(f"--option {pair!r} must be written EXTRACTOR.NAME=VALUE, as in locations.include_demonyms=true")
        given[key.strip()] = value  # text: read by the option's type when the pipeline applies it
    return normalize_options(given)


def given_options(args: argparse.Namespace, directory: str | Path = ".") -> dict[str, dict[str, Any]]:
    """The options the user gave: the configuration file's, overridden by ``--option`` ones."""
    path = Path(args.config) if args.config else find_config(directory)
    options = read_config(path) if path is not None else {}
    for extractor, values in _from_command_line(args.options).items():
        options.setdefault(extractor, {}).update(values)
    return options
