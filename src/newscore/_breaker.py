"""One extractor's circuit breaker: switched off after overrunning its time budget, tried again later.

*Closed*: the extractor runs. After ``limit`` overruns in a row it is *open*: skipped, so a hang
costs ``limit`` budgets rather than one per article. After ``retry_after`` skipped articles (or
pieces) it is *half-open*: run once more. A trial that finishes in time (even by raising) closes
the breaker; one that overruns opens it again for twice as long as the last wait, so an extractor
that hangs for good costs one more budget each time the run doubles in length, not one per
``retry_after`` articles.

Abandoned threads are different: Python cannot stop one, so each trial of an extractor that
hangs off the main thread could leave another running. After ``abandon_limit`` of them the
extractor is never tried again.
"""

from __future__ import annotations

__all__ = ["Breaker"]


class Breaker:
    """Whether one extractor runs on the next article, from how its earlier calls ended."""

    def __init__(self, *, limit: int, retry_after: int, abandon_limit: int) -> None:
        self.limit = limit
        self.retry_after = retry_after
        self.abandon_limit = abandon_limit
        self.overruns_in_a_row = 0
        self.abandoned = 0
        self._wait = retry_after  # skipped articles before the next trial
        self._skipped = 0

    @property
    def is_open(self) -> bool:
        return self.overruns_in_a_row >= self.limit

    def refusal(self) -> str | None:
        """Why the extractor is skipped on this article (counted as one skipped), or None to run it."""
        if self.abandoned >= self.abandon_limit:
            return f"skipped: it overran its time budget {self.abandon_limit} times in this pipeline"
        if not self.is_open or self._skipped >= self._wait:
            return None  # closed, or half-open: this call is the trial
        self._skipped += 1
        left = self._wait - self._skipped
        when = "on the next article" if left == 0 else f"after {left} more article{'s' if left != 1 else ''}"
        return f"skipped: it overran its time budget on {self.limit} articles in a row, so it is switched off; it is tried again {when}"

    def finished(self) -> None:
        """The call ended within its budget, with a result or an exception: the breaker closes."""
        self.overruns_in_a_row = 0
        self._wait = self.retry_after
        self._skipped = 0

    def overran(self, *, abandoned: bool) -> None:
        """The call overran its budget (and its thread was ``abandoned``, off the main thread)."""
        if abandoned:
            self.abandoned += 1
        if self.is_open:  # the half-open trial failed: wait twice as long before the next
            self._wait *= 2
        self.overruns_in_a_row += 1
        self._skipped = 0
