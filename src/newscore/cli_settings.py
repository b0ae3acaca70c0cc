"""The command line's extractor settings: ``--option``, ``--config`` and the configuration files.

Kept apart from :mod:`newscore.cli` so the commands only ask for "the options given".
Later sources win: a configuration file (``--config FILE``, else ``newscore.toml`` or
``[tool.newscore]`` in ``pyproject.toml`` in the working directory), then each
``--option EXTRACTOR.NAME=VALUE`` in order.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newscore.config import find_config, read_config
from newscore.errors import OptionError
from newscore.options import normalize_options

if TYPE_CHECKING:
    from newscore.pipeline import Pipeline

__all__ = ["add_settings_arguments", "given_options", "pipeline_with_options"]


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


def _given(args: argparse.Namespace, directory: str | Path) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The options given, and the file each came from (``EXTRACTOR.NAME`` -> path) unless ``--option`` set it."""
    path = Path(args.config) if args.config else find_config(directory)
    options = read_config(path) if path is not None else {}
    sources = {f"{extractor}.{name}": str(path) for extractor, values in options.items() for name in values}
    for extractor, values in _from_command_line(args.options).items():
        options.setdefault(extractor, {}).update(values)
        for name in values:  # an --option names itself
            sources.pop(f"{extractor}.{name}", None)
    return options, sources


def given_options(args: argparse.Namespace, directory: str | Path = ".") -> dict[str, dict[str, Any]]:
    """The options the user gave: the configuration file's, overridden by ``--option`` ones."""
    return _given(args, directory)[0]


def pipeline_with_options(args: argparse.Namespace, *, directory: str | Path = ".", **settings: Any) -> Pipeline:
    """A :class:`~newscore.Pipeline` with the options the user gave; an option at fault is
    reported with the configuration file that set it."""
    from newscore.pipeline import Pipeline

    options, sources = _given(args, directory)
    try:
        return Pipeline(options=options, **settings)
    except OptionError as error:
        source = sources.get(error.option or "")
        if source is None:
            raise
        raise OptionError(f"{error} (set in {source})", error.option) from None
