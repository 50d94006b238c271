"""What a renderer module provides: one result's piece, how pieces join, the file extensions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from summ.models import Result


def sections(pieces: Sequence[str]) -> str:
    """Pieces one after another with a blank line between them (plain text's way)."""
    return "\n\n".join(pieces) + "\n"


@dataclass(frozen=True, slots=True)
class Format:
    """A registered output format (see :data:`summ.render.FORMATS`)."""

    piece: Callable[[Result], str | None]
    """One result's part of the output; None where the format leaves it out (a failure)."""
    join: Callable[[Sequence[str]], str] = sections
    """The whole output from the pieces, in input order."""
    extensions: tuple[str, ...] = ()
    """File extensions of ``-o FILE`` that choose this format."""
