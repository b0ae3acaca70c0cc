"""Where exporters write: a text stream over a file descriptor whose failures are one clear error.

Any write or flush that fails (no such directory, no permission, a full disk, a closed
pipe) raises :class:`~newscore.errors.OutputError` naming the output, never a bare
``OSError`` from deep inside an exporter, and every later write raises it again. On a
regular file the stream then cuts the file back to the end of its last complete line, so
a JSON Lines output holds only whole records and ``--resume`` can continue it.

The stream keeps its own small buffer and writes with ``os.write``, so nothing is left
half-written in a hidden buffer to fail again when the stream is closed.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from pathlib import Path
from typing import TextIO

from newscore.errors import OutputError

__all__ = ["STDOUT_NAME", "GuardedText", "OutputStream", "output_error", "reason"]

#: How standard output is named in error messages.
STDOUT_NAME = "<stdout>"
#: Bytes gathered before they are written (an exporter's ``flush`` writes them sooner).
_BUFFER_BYTES = 1 << 16


def reason(error: OSError, target: str | Path | None = None) -> str:
    """What went wrong, in words: ``No space left on device``, ``no such directory: out``."""
    if error.errno == errno.ENOENT and target is not None:
        parent = Path(target).parent
        if not parent.is_dir():
            return f"no such directory: {parent}"
    return error.strerror or str(error)


def output_error(target: str | Path, error: OSError) -> OutputError:
    """An :class:`OutputError` for ``target`` from the ``OSError`` that stopped writing it."""
    return OutputError(str(target), reason(error, target))


class OutputStream(io.TextIOBase):
    """A UTF-8 text stream over the file descriptor ``fd``, named ``name`` in error messages.

    A lone surrogate that slipped into the text is written as ``?`` (UTF-8 cannot encode
    it), so the output stays valid UTF-8 whatever an exporter hands over.
    """

    def __init__(self, fd: int, name: str, *, close_fd: bool = True) -> None:
        super().__init__()
        self._fd = fd
        self.name = name
        self._close_fd = close_fd
        self._pending: list[bytes] = []
        self._pending_bytes = 0
        self._error: OutputError | None = None
        self._regular = stat.S_ISREG(os.fstat(fd).st_mode)
        self._line_buffered = os.isatty(fd)  # at a terminal each line shows as it is written
        # where this stream's bytes begin in a regular file (its end, for appending)
        self._base = os.lseek(fd, 0, os.SEEK_END) if self._regular else 0
        self._written = 0
        self._complete = 0  # bytes written up to the end of the last complete line

    @classmethod
    def open(cls, path: str | Path, *, append: bool = False) -> OutputStream:
        """A stream writing the file at ``path`` (created; emptied unless ``append``)."""
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(path, flags, 0o666)
        except OSError as error:
            raise output_error(path, error) from None
        return cls(fd, str(path))

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    @property
    def error(self) -> OutputError | None:
        """The failure that stopped this stream, if any."""
        return self._error

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, text: str) -> int:
        if self._error is not None:
            raise self._error
        data = text.encode("utf-8", "replace")
        self._pending.append(data)
        self._pending_bytes += len(data)
        if self._pending_bytes >= _BUFFER_BYTES or (self._line_buffered and "\n" in text):
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._error is not None:
            raise self._error
        if not self._pending:
            return
        view = memoryview(b"".join(self._pending))
        self._pending.clear()
        self._pending_bytes = 0
        while view:
            try:
                count = os.write(self._fd, view)
            except OSError as error:
                raise self._fail(error) from None
            done = bytes(view[:count])
            newline = done.rfind(b"\n")
            if newline >= 0:
                self._complete = self._written + newline + 1
            self._written += count
            view = view[count:]

    def _fail(self, error: OSError) -> OutputError:
        self._error = OutputError(self.name, reason(error))
        if self._regular:
            try:  # take back a record cut short: the file keeps only complete lines
                os.ftruncate(self._fd, self._base + self._complete)
            except OSError:
                pass
        return self._error

    def close(self) -> None:
        if self.closed:
            return
        try:
            if self._error is None:
                self.flush()
        finally:
            self._pending.clear()
            if self._close_fd:
                os.close(self._fd)
            super().close()


class GuardedText(io.TextIOBase):
    """Any text stream (a replaced ``sys.stdout``, say), with its write errors turned into :class:`OutputError`."""

    def __init__(self, stream: TextIO, name: str) -> None:
        super().__init__()
        self._stream = stream
        self.name = name
        self._error: OutputError | None = None

    @property
    def error(self) -> OutputError | None:
        return self._error

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self._error is not None:
            raise self._error
        try:
            return self._stream.write(text)
        except OSError as error:
            raise self._fail(error) from None

    def flush(self) -> None:
        if self._error is not None:
            raise self._error
        try:
            self._stream.flush()
        except OSError as error:
            raise self._fail(error) from None

    def _fail(self, error: OSError) -> OutputError:
        self._error = OutputError(self.name, reason(error))
        return self._error

    def close(self) -> None:
        if not self.closed:
            try:
                if self._error is None:
                    self.flush()
            finally:
                super().close()
