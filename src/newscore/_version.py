"""The installed newscore's version, read once: ``newscore.__version__`` and what corpora and reports record."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

__all__ = ["VERSION"]

try:
    VERSION = version("newscore")
except PackageNotFoundError:  # running from a source tree that is not installed
    VERSION = "0.0.0"
