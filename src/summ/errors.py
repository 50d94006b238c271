"""One family of errors, each with a message written for the user and the exit code it maps to.

The library raises these; ``cli.py`` reports them in one place as ``error: <message>`` on stderr.
"""

from __future__ import annotations


class SummError(Exception):
    """Base of every error summ reports to a user (exit code 1)."""

    exit_code = 1

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(SummError):
    """An input could not be read: missing, a directory, unreadable, binary or undecodable."""


class EmptyDocumentError(SummError):
    """An input had no sentence to summarize."""


class OutputError(SummError):
    """The output file could not be written."""


class UsageError(SummError):
    """The command asks for something summ must not do (``-o`` onto an input); nothing is done."""

    exit_code = 2


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP, handled as Ctrl-C is (temporary files removed, workers stopped).

    A KeyboardInterrupt, so that every clean-up written for Ctrl-C runs for these too.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.exit_code = 128 + signum
