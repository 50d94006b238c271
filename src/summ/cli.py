"""The command line: flags → Options, inputs → summarize() → one renderer. Nothing else.

Exit codes: 0 ok; 1 an input or the output failed (the others are still done); 2 usage error;
130 interrupted. Errors are reported here only, one line each on stderr.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from summ import __version__
from summ.errors import OutputError
from summ.models import Algorithm, Failure, Length, Options, OutputFormat, Rendered, Result

_DEFAULTS = Options()
_EPILOG = """\
Examples:

  summ article.txt                      five-sentence summary in the terminal

  summ -n 3 a.txt b.txt                 three sentences of each file

  cat article.txt | summ --ratio 20%    a fifth of the sentences, from stdin

  summ --words 100 -a lexrank a.txt     about 100 words, chosen by LexRank

  summ a.txt -o summary.md              Markdown export (format from the extension)

  summ -f json a.txt | jq .summary      JSON for programs

  summ page.html                        a saved web page (or an https:// address)

  summ news.jsonl -o summaries.jsonl    a corpus: one summary record per row
"""

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summ {__version__}")
        raise typer.Exit


def _length(sentences: int | None, ratio: str | None, words: int | None) -> Length:
    given = [v for v in (sentences, ratio, words) if v is not None]
    if len(given) > 1:
        raise typer.BadParameter("give only one of -n/--sentences, --ratio and --words")
    try:
        if ratio is not None:
            return _ratio(ratio)
        if words is not None:
            return Length(words=words)
        return Length(sentences=sentences) if sentences is not None else _DEFAULTS.length
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def _ratio(raw: str) -> Length:
    if raw.strip().endswith("%"):
        return Length.parse(raw)
    try:
        return Length(ratio=float(raw))
    except ValueError as error:
        if "ratio" in str(error):
            raise
        raise ValueError(f"{raw!r} is not a ratio: use 0.2 or 20%") from None


@app.command(epilog=_EPILOG, no_args_is_help=False)
def summ(
    ctx: typer.Context,
    files: Annotated[
        list[str] | None,
        typer.Argument(help="Articles to summarize: text, Markdown, saved .html pages or "
                       "http(s) URLs; '-' or none reads stdin. Or corpus files, one article "
                       "a row: .jsonl .ndjson .csv .parquet.",
                       show_default=False),
    ] = None,
    sentences: Annotated[
        int | None,
        typer.Option("-n", "--sentences", min=1, help="Sentences in the summary (default 5)."),
    ] = None,
    ratio: Annotated[
        str | None, typer.Option(help="Share of the sentences to keep: 0.2 or 20%.")
    ] = None,
    words: Annotated[
        int | None, typer.Option(min=1, help="Word budget: at most about this many words.")
    ] = None,
    algorithm: Annotated[
        Algorithm, typer.Option("-a", "--algorithm", help="How sentences are scored.")
    ] = _DEFAULTS.algorithm,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option("-f", "--format", help="Output format (default: terminal, or plain when "
                     "piped; with -o, from the file's extension: .md .json .jsonl .txt).",
                     show_default=False),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file (atomically).")
    ] = None,
    language: Annotated[
        str, typer.Option("-l", "--language",
                          help="Language of the articles, e.g. german; 'auto' detects it.")
    ] = _DEFAULTS.language,
    highlight: Annotated[
        bool, typer.Option("--highlight/--no-highlight", help="Find key figures and quotes.")
    ] = _DEFAULTS.highlight,
    jobs: Annotated[
        int,
        typer.Option("-j", "--jobs", min=0, metavar="N", help="Worker processes: 1 works in "
                     "this process only; 0 uses one per core when there is enough work (many "
                     "files, or a long text)."),
    ] = 0,
    timeout: Annotated[
        float, typer.Option(metavar="SECONDS", help="How long to wait for a web server.")
    ] = _DEFAULTS.timeout,
    color: Annotated[
        bool | None,
        typer.Option("--color/--no-color", help="Force colour on or off (NO_COLOR is respected).",
                     show_default=False),
    ] = None,
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
    text_field: Annotated[
        str | None, typer.Option(metavar="NAME", help="Corpus: the column holding the article "
                                 "(default: the first of text, article, body, content).")
    ] = None,
    id_field: Annotated[
        str | None, typer.Option(metavar="NAME", help="Corpus: the column holding the row's id "
                                 "(default: id, else the row number from 0).")
    ] = None,
    title_field: Annotated[
        str | None, typer.Option(metavar="NAME", help="Corpus: the column holding the title "
                                 "(default: title, when there is one).")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(envvar="SUMM_SCHEDULER", metavar="ADDRESS",
                                 help="Corpus: run on this Dask scheduler (tcp://host:8786), or "
                                 "'local' for a Dask cluster on this machine; default: -j local "
                                 "processes.")
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Corpus: skip the rows whose id is already in -o.")
    ] = False,
) -> None:
    """Summarize news articles: the key sentences, with figures and quotes highlighted."""
    from summ import output as out  # noqa: PLC0415  (keeps `summ --help` fast)

    del version
    names = files or ["-"]
    if not files and out.stdin_is_terminal():
        typer.echo(ctx.get_usage(), err=True)
        typer.echo("Try 'summ --help' for help. Give a file, or pipe text in.", err=True)
        raise typer.Exit(2)
    length = _length(sentences, ratio, words)
    try:
        options = Options(
            algorithm, length, language.strip().lower(), highlight=highlight, timeout=timeout
        )
        from summ.lang import AUTO, load  # noqa: PLC0415

        if options.language != AUTO:
            load(options.language)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    fields = (text_field, id_field, title_field)
    _corpus(names, options, fields, output, fmt, jobs, scheduler, resume)
    try:
        chosen = out.final_format(fmt, output, color)  # decided once: workers render in it
        results = _run(names, options, jobs, chosen)
        failed = [r for r in results if isinstance(r, Failure)]
        for failure in failed:
            out.error(f"{failure.source}: {failure.error}")
        for done in (r for r in results if not isinstance(r, Failure)):
            for note in done.notes:
                out.note(f"{done.source}: {note}")
        out.emit(results, chosen, output, color)
    except OutputError as error:
        out.error(str(error))
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:  # Ctrl-C: quiet, and the shell's convention for SIGINT
        raise typer.Exit(130) from None
    if failed:
        raise typer.Exit(1)


def _run(
    names: list[str], options: Options, jobs: int, fmt: OutputFormat
) -> list[Result | Rendered]:
    from summ import output as out  # noqa: PLC0415
    from summ.batch import run  # noqa: PLC0415
    from summ.render.common import clean  # noqa: PLC0415
    from summ.sources import display_name  # noqa: PLC0415

    label = "summarizing" if len(names) > 1 else f"summarizing {clean(display_name(names[0]))}"
    # Workers render text formats themselves; the terminal layout needs this process's Console.
    prerender = None if fmt is OutputFormat.TERMINAL else fmt
    progress = out.Progress(len(names), label)
    return run(names, options, jobs=jobs, tracker=progress, fmt=prerender)


def _corpus(
    names: list[str], options: Options, fields: tuple[str | None, ...], output: Path | None,
    fmt: OutputFormat | None, jobs: int, scheduler: str | None, resume: bool,
) -> None:
    """For corpus files (or corpus options), summarize their rows and exit; else do nothing."""
    from summ.corpus import is_corpus  # noqa: PLC0415
    from summ.corpus.command import main  # noqa: PLC0415

    if any(is_corpus(name) for name in names) or resume or any(fields):
        raise typer.Exit(main(names, options, fields, output, fmt, jobs, scheduler, resume))


def main() -> NoReturn:
    """Entry point of the ``summ`` script and of ``python -m summ``: runs, then ends the process."""
    try:
        app()
    except SystemExit as done:
        _end(done)
    raise SystemExit(0)  # typer always ends in SystemExit; this is for the type checker


def _end(done: SystemExit) -> NoReturn:
    """Leave as soon as the output is flushed, without tearing the interpreter down.

    Freeing every object a run loaded (Punkt's model, compiled patterns, the stems) takes 13 ms
    for one article and 25 ms for 300, more than summarizing ten of them, and nothing is left to
    do by then: the workers are joined, an output file is renamed into place, and the one exit
    handler registered (multiprocessing's) has no process left to stop. A tool that watches the
    process's exit (coverage) or an exit with a message gets Python's own ending.
    """
    code = done.code
    if not (code is None or isinstance(code, int)) or "coverage" in sys.modules:
        raise done
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a closed or broken stream: let Python report it as usual
        raise done from None
    os._exit(code or 0)
