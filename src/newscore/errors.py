"""Every exception newscore raises on purpose, in one place.

Each message names the input or setting at fault and what to do about it. Records of
things that went wrong inside a batch (a file that could not be read, an extractor that
raised) are not exceptions: they are the data-model values :class:`~newscore.ReadFailure`
and :class:`~newscore.ExtractorError`, so a batch keeps going.
"""

from __future__ import annotations

__all__ = ["DaskUnavailableError", "ModelNotFoundError", "OutputError", "ReadError", "ResumeError"]


class ModelNotFoundError(RuntimeError):
    """No usable spaCy pipeline is installed; the message says what to install."""


class ReadError(ValueError):
    """A file or string that cannot be read as an article; the message names it."""


class ResumeError(ValueError):
    """An output file cannot be resumed into (it is not newscore JSON Lines); the message names the line."""


class DaskUnavailableError(ImportError):
    """Dask is not installed; the message says how to install it."""


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
