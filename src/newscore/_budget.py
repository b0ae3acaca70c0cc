"""Running a plugin's code under a time budget.

Two ways, chosen per call:

* **Alarm** (Unix, main thread, no other ``SIGALRM`` timer in use): a ``SIGALRM`` timer
  raises an exception inside the running code when the budget is spent, so the code
  really stops. The alarm repeats every second after that, in case the code swallows
  the first one with a bare ``except:``. Code stuck inside one long C call (a
  catastrophic regular expression, say) is only stopped when that call returns.
* **Thread** (elsewhere: worker threads, Windows): the code runs in a daemon thread and
  the caller stops waiting when the budget is spent. Python cannot kill a thread, so the
  late call is *abandoned*: it may go on running and using CPU, and what it returns is
  thrown away. :class:`OverBudget` says so.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["OverBudget", "call_within"]

T = TypeVar("T")


class OverBudget(Exception):
    """The call did not finish within its time budget."""

    def __init__(self, seconds: float, *, abandoned: bool) -> None:
        self.seconds = seconds
        self.abandoned = abandoned
        note = " (its thread was abandoned and may still be running)" if abandoned else ""
        super().__init__(f"exceeded its time budget of {seconds:g} s{note}")


class _Alarm(BaseException):
    """Raised inside the timed code; a BaseException so ``except Exception`` lets it pass."""


def call_within(seconds: float | None, function: Callable[[], T]) -> T:
    """``function()``, or :class:`OverBudget` if it runs longer than ``seconds``.

    ``None`` or a non-positive budget means no limit. Exceptions from ``function``
    propagate unchanged.
    """
    if seconds is None or seconds <= 0:
        return function()
    if _alarm_available():
        return _with_alarm(seconds, function)
    return _in_thread(seconds, function)


def _alarm_available() -> bool:
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    if signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, signal.SIG_IGN, None):
        return False  # someone else's alarm handler: leave it alone
    return signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def _with_alarm(seconds: float, function: Callable[[], T]) -> T:
    armed = [True]

    def on_alarm(signum: int, frame: Any) -> None:
        if armed[0]:
            raise _Alarm

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        try:
            signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
            try:
                return function()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                armed[0] = False
        except _Alarm:
            raise OverBudget(seconds, abandoned=False) from None
    finally:
        armed[0] = False
        signal.signal(signal.SIGALRM, previous)


def _in_thread(seconds: float, function: Callable[[], T]) -> T:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = function()
        except BaseException as error:  # handed to the caller below
            outcome["error"] = error

    worker = threading.Thread(target=run, name="newscore-budgeted-call", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise OverBudget(seconds, abandoned=True)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
