"""Progress on stderr for scans that take more than a moment: the stage, how many messages are
done and about how long is left, on one line rewritten in place.

Silent unless asked (AuditConfig.progress; the CLI turns it off with -q and when stderr is not
a terminal) and until the scan has run for DELAY seconds, so quick runs print nothing. Every
stage goes through one object passed down explicitly (no global state): the app reports
reading and detecting, the scorer layer reports scoring for every scorer alike."""

from __future__ import annotations

import sys
import time
from typing import TextIO

DELAY = 2.0  # seconds before anything is shown
INTERVAL = 0.2  # seconds between redraws


def _duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class Progress:
    """One line on stderr: `chat-audit: scoring toxicity 3,200/10,000 messages (32%), about
    12 s left`. A terminal gets the line rewritten in place; any other stream (when progress
    was asked for explicitly) gets one line per stage."""

    def __init__(self, enabled: bool, stream: TextIO | None = None, delay: float = DELAY):
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.delay = delay
        self.started = time.monotonic()
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._stage = ""
        self._unit = ""
        self._total: int | None = None
        self._done = 0
        self._stage_started = self.started
        self._last_draw = 0.0
        self._shown = False
        self._width = 0

    def stage(self, name: str, total: int | None = None, unit: str = "messages") -> None:
        """Start a stage; `total` when its work can be counted."""
        self._stage, self._total, self._unit, self._done = name, total, unit, 0
        self._stage_started = time.monotonic()
        if not self._tty and self.enabled and self._visible():
            self._write_line(self._text())
        self._draw(force=True)

    def advance(self, count: int) -> None:
        self._done += count
        self._draw(force=self._total is not None and self._done >= self._total)

    def _visible(self) -> bool:
        return self.enabled and time.monotonic() - self.started >= self.delay

    def _text(self) -> str:
        text = f"chat-audit: {self._stage}"
        if self._total:
            share = min(self._done / self._total, 1.0)
            text += f" {self._done:,}/{self._total:,} {self._unit} ({share:.0%})"
            elapsed = time.monotonic() - self._stage_started
            if self._done and elapsed > 1.0 and self._done < self._total:
                left = elapsed / self._done * (self._total - self._done)
                text += f", about {_duration(left)} left"
        return text

    def _draw(self, force: bool = False) -> None:
        if not self._tty or not self._visible():
            return
        now = time.monotonic()
        if not force and now - self._last_draw < INTERVAL:
            return
        self._last_draw = now
        text = self._text()
        padding = " " * max(0, self._width - len(text))
        self.stream.write("\r" + text + padding)
        self.stream.flush()
        self._width = len(text)
        self._shown = True

    def _write_line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Clear the line, so the summary that follows starts clean."""
        if self._shown:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._shown = False


class Silent(Progress):
    def __init__(self) -> None:
        super().__init__(False)
