"""``summ --combine``: read every input, make one digest of those that can be read, emit it.

Called by the CLI; failures and notes are reported as for separate summaries (one line each on
stderr), and the exit code is 1 when any input failed, as it is without --combine.
"""

from __future__ import annotations

import contextlib
import os
import sys
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import TYPE_CHECKING

from summ.combine.pipeline import default_length, summarize_many
from summ.core import PARALLEL_CHARS
from summ.errors import SummError
from summ.models import Article, Failure, OutputFormat, Rendered

if TYPE_CHECKING:
    from collections.abc import Sequence
    from multiprocessing.pool import Pool
    from pathlib import Path

    from summ.models import Options


def run(  # noqa: PLR0913  (the CLI's settings, as it has them)
    names: Sequence[str],
    options: Options,
    fmt: OutputFormat,
    path: Path | None,
    color: bool | None,
    *,
    sized: bool,
    alone: bool = False,
) -> int:
    """Digest ``names`` in ``fmt`` (to ``path`` or stdout).

    ``sized``: a size flag was given; ``alone``: no worker process (``-j 1``).
    """
    from summ import output as out  # noqa: PLC0415
    from summ.render.digest import PIECES  # noqa: PLC0415

    articles, failures = _load(names, options)
    if not sized:
        options = replace(options, length=default_length(len(articles)))
    with _pool(articles, options, alone=alone) as pool:
        digest = summarize_many(articles, options, pool=pool)
    failures += digest.failures
    for failure in failures:
        out.error(f"{failure.source}: {failure.error}")
    for note in digest.notes:
        out.note(note)
    # As without --combine: text formats print nothing when every input failed, JSON says so.
    if digest.sources or fmt in (OutputFormat.JSON, OutputFormat.JSONL):
        digest = replace(digest, failures=tuple(failures))
        if fmt is OutputFormat.TERMINAL:
            from summ.render.digest_terminal import terminal_text  # noqa: PLC0415

            fmt, text = OutputFormat.PLAIN, terminal_text(digest, out.console(color)).rstrip("\n")
        else:  # every other format has a digest renderer (a test holds new formats to it)
            text = PIECES[fmt](digest)
        out.emit([Rendered("<digest>", (), fmt, text)], fmt, path, color)
    return 1 if failures else 0


def _pool(
    articles: Sequence[Article], options: Options, *, alone: bool
) -> AbstractContextManager[Pool | None]:
    """One worker process to find figures and quotes in while this one splits and scores.

    Only on Linux, where it is forked warm (summarize's own long-text rule, see
    :data:`summ.core.PARALLEL_CHARS`), with a second core and enough text to pay for it.
    """
    enough = sum(len(a.text) for a in articles) >= PARALLEL_CHARS
    if alone or not (options.highlight and enough and sys.platform.startswith("linux")):
        return contextlib.nullcontext()
    if len(os.sched_getaffinity(0)) < 2:
        return contextlib.nullcontext()
    import multiprocessing  # noqa: PLC0415

    return multiprocessing.get_context("fork").Pool(1)


def _load(names: Sequence[str], options: Options) -> tuple[list[Article], list[Failure]]:
    from summ.sources import display_name, load  # noqa: PLC0415

    articles: list[Article] = []
    failures: list[Failure] = []
    for name in names:
        try:
            articles.append(load(name, timeout=options.timeout))
        except SummError as error:
            failures.append(Failure(display_name(name), error.message))
    return articles, failures
