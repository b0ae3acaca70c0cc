"""Every exception newscore raises on purpose, in one place.

Each message names the input or setting at fault and what to do about it. Records of
things that went wrong inside a batch (a file that could not be read, an extractor that
raised) are not exceptions: they are the data-model values :class:`~newscore.ReadFailure`
and :class:`~newscore.ExtractorError`, so a batch keeps going.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "CorpusError",
    "DaskUnavailableError",
    "ExportError",
    "ModelNotFoundError",
    "OptionError",
    "OutputError",
    "ReadError",
    "ResumeError",
]


class ModelNotFoundError(RuntimeError):
    """No usable spaCy pipeline is installed; the message says what to install."""


class ReadError(ValueError):
    """A file or string that cannot be read as an article; the message names it."""


class ResumeError(ValueError):
    """An output file cannot be resumed into (it is not newscore JSON Lines); the message names the line."""


class DaskUnavailableError(ImportError):
    """Dask is not installed; the message says how to install it."""


class OptionError(ValueError):
    """An extractor option that is unknown or has a value of the wrong type; the message names it
    and says what is expected. ``option`` is its ``EXTRACTOR.NAME`` where one option is at fault."""

    def __init__(self, message: str, option: str | None = None) -> None:
        super().__init__(message)
        self.option = option


class ConfigError(OptionError):
    """A configuration file (``newscore.toml``, ``[tool.newscore]``) that cannot be read; the
    message names the file."""


class CorpusError(ValueError):
    """A path that cannot be written or read as a newscore corpus (SQLite or Parquet); the message names it."""


class OutputError(Exception):
    """The output could not be written: a missing or read-only directory, a full disk, a closed pipe.

    ``target`` names the output as the user gave it (a path, or ``<stdout>``) and
    ``reason`` says what went wrong (``No space left on device``).
    """

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(target, reason)
        self.target = target
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot write {self.target}: {self.reason}"


class ExportError(Exception):
    """An exporter raised while writing analyses: not a fault of the output but of the exporter.

    ``exporter`` is its ``--format`` name and ``module`` where it is defined (so a user knows
    which plugin to report it to); ``article`` describes the article it was writing
    (``'a-17' (article 17)``), or says it had had none or all of them; the exporter's own
    exception is the ``__cause__``.
    """

    def __init__(self, exporter: str, module: str, article: str, error: BaseException) -> None:
        super().__init__(exporter, module, article, error)
        self.exporter = exporter
        self.module = module
        self.article = article
        self.error = error

    def __str__(self) -> str:
        return f"the {self.exporter!r} exporter ({self.module}) failed {self.article}: {type(self.error).__name__}: {self.error}"
