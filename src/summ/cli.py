"""The command line: flags → Options, inputs → summarize() → one renderer. Nothing else.

Exit codes: 0 ok; 1 an input or the output failed (the others are still done); 2 usage error
(-o onto an input included); 130 interrupted (Ctrl-C), 143 SIGTERM, 129 SIGHUP.
Errors are reported here only, one line each on stderr.
"""

from __future__ import annotations

import os
import sys
from functools import partial
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from summ import __version__, arguments
from summ.errors import OutputError, UsageError
from summ.models import Algorithm, Failure, Options, OutputFormat, Rendered, Result

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

  summ --combine a.txt b.html           one digest of several reports of a story

  summ news.jsonl -o summaries.jsonl    a corpus: one summary record per row
"""

app = typer.Typer(
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summ {__version__}")
        raise typer.Exit


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
        typer.Option("-n", "--sentences", callback=arguments.at_least(1), metavar="N",
                     help="Sentences in the summary (default 5)."),
    ] = None,
    ratio: Annotated[
        str | None, typer.Option(help="Share of the sentences to keep: 0.2 or 20%.")
    ] = None,
    words: Annotated[
        int | None,
        typer.Option(callback=arguments.at_least(1), metavar="N",
                     help="Word budget: at most about this many words."),
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
        Path | None,
        typer.Option("-o", "--output", help="Write to this file (atomically); '-' is stdout."),
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
        typer.Option("-j", "--jobs", callback=arguments.at_least(0), metavar="N",
                     help="Worker processes: 1 works in this process only; 0 uses one per core "
                     "when there is enough work (many files, or a long text)."),
    ] = 0,
    timeout: Annotated[
        float, typer.Option(metavar="SECONDS", help="How long to wait for a web server.")
    ] = _DEFAULTS.timeout,
    figures: Annotated[
        int, typer.Option(callback=arguments.at_least(0), metavar="N",
                          help="Key figures listed under each summary.")
    ] = _DEFAULTS.figures,
    quotes: Annotated[
        int, typer.Option(callback=arguments.at_least(0), metavar="N",
                          help="Quotes listed under each summary.")
    ] = _DEFAULTS.quotes,
    width: Annotated[
        int | None,
        typer.Option(callback=arguments.at_least(20), metavar="N", show_default=False,
                     help="Columns of text in the terminal (default: the terminal's, at most "
                     "100)."),
    ] = None,
    combine: Annotated[
        bool, typer.Option("--combine", help="One digest of all the inputs (one story's "
                           "sources), each sentence marked with its sources; the size flags "
                           "size the whole digest (default: 4 sentences + 1 per source, at most "
                           "10).")
    ] = False,
    color: Annotated[
        bool | None,
        typer.Option("--color/--no-color", show_default=False,
                     help="Force colour on or off; also --color=auto|always|never. NO_COLOR is "
                     "respected."),
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show why each sentence was picked or left out "
                           "(its score and the score's parts) and how each speaker was found; "
                           "in JSON, every sentence.")
    ] = False,
    print_config: Annotated[
        bool, typer.Option("--print-config", help="Show the settings in force, where each "
                           "comes from (flag, config file or default), and stop.")
    ] = False,
    version: Annotated[
        bool | None,
        typer.Option("-V", "--version", callback=_version, is_eager=True,
                     help="Show the version."),
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
    out.catch_signals()
    if print_config:
        arguments.print_config(ctx)
        raise typer.Exit
    from summ.inputs import expand  # noqa: PLC0415

    names = expand(files) if files else ["-"]
    output = out.destination(output)
    if not files and out.stdin_is_terminal():
        typer.echo(ctx.get_usage(), err=True)
        typer.echo("Try 'summ --help' for help. Give a file, or pipe text in.", err=True)
        raise typer.Exit(2)
    sentences, ratio, words = arguments.budget(ctx, sentences, ratio, words)
    length = arguments.length(sentences, ratio, words)
    try:
        options = Options(
            algorithm, length, language.strip().lower(), highlight=highlight,
            timeout=arguments.finite(timeout), figures=figures, quotes=quotes, width=width,
            explain=explain,
        )
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    try:
        out.check_output(output, names)  # before anything is read or written
        fields = (text_field, id_field, title_field)
        _corpus(names, options, fields, output, fmt, jobs, scheduler, resume)
        chosen = out.final_format(fmt, output, color)  # decided once: workers render in it
        sized = (sentences, ratio, words) != (None, None, None)
        _combine(combine, names, options, (chosen, output, color), sized=sized, jobs=jobs)
        # JSON Lines to stdout go out line by line, in input order, as soon as each is done.
        streamed = chosen is OutputFormat.JSONL and output is None
        results = _run(names, options, jobs, chosen, streamed=streamed)
        failed = _report(results)
        if not streamed:
            out.emit(results, chosen, output, color)
        _recap(failed, len(results))
    except out.ReaderGone:  # `summ -f jsonl … | head -1`: the reader has what it wanted
        raise typer.Exit(0) from None
    except (OutputError, UsageError) as error:
        out.error(str(error))
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt as stop:  # Ctrl-C, SIGTERM, SIGHUP: quiet, the shell's exit codes
        raise typer.Exit(getattr(stop, "exit_code", 130)) from None
    if failed:
        raise typer.Exit(1)


def _report(results: list[Result | Rendered]) -> list[Failure]:
    """Each failure's error and each summary's notes on stderr; the failures."""
    from summ import output as out  # noqa: PLC0415

    failed = [r for r in results if isinstance(r, Failure)]
    for failure in failed:
        out.error(f"{failure.source}: {failure.error}")
    for done in (r for r in results if not isinstance(r, Failure)):
        for note in done.notes:
            out.note(f"{done.source}: {note}")
    return failed


def _recap(failed: list[Failure], total: int) -> None:
    """With several inputs, the failures again in one line at the end, where the user looks."""
    from summ import output as out  # noqa: PLC0415

    if failed and total > 1:
        out.error(f"{len(failed)} of {total} inputs failed: {', '.join(f.source for f in failed)}")


def _combine(
    combine: bool,
    names: list[str],
    options: Options,
    out: tuple[OutputFormat, Path | None, bool | None],
    *,
    sized: bool,
    jobs: int,
) -> None:
    """With --combine, write one digest of every input and end (the inputs are not summarized)."""
    if combine:
        from summ.combine.command import run  # noqa: PLC0415

        raise typer.Exit(run(names, options, *out, sized=sized, alone=jobs == 1))


def _run(
    names: list[str], options: Options, jobs: int, fmt: OutputFormat, *, streamed: bool = False
) -> list[Result | Rendered]:
    from summ import output as out  # noqa: PLC0415
    from summ.batch import run  # noqa: PLC0415
    from summ.render.common import clean  # noqa: PLC0415
    from summ.sources import display_name  # noqa: PLC0415

    label = "summarizing" if len(names) > 1 else f"summarizing {clean(display_name(names[0]))}"
    # Workers render text formats themselves; the terminal layout needs this process's Console.
    prerender = None if fmt is OutputFormat.TERMINAL else fmt
    progress = out.Progress(len(names), label)
    sink = partial(out.stream, fmt=fmt) if streamed else None
    return run(names, options, jobs=jobs, tracker=progress, fmt=prerender, sink=sink)


def _corpus(
    names: list[str], options: Options, fields: tuple[str | None, ...], output: Path | None,
    fmt: OutputFormat | None, jobs: int, scheduler: str | None, resume: bool,
) -> None:
    """For corpus files (or corpus options), summarize their rows and exit; else do nothing."""
    from summ.corpus import is_corpus  # noqa: PLC0415

    if any(is_corpus(name) for name in names) or resume or any(fields):
        from summ.corpus.command import main  # noqa: PLC0415  (only for a corpus)

        raise typer.Exit(main(names, options, fields, output, fmt, jobs, scheduler, resume))


def main() -> NoReturn:
    """Entry point of the ``summ`` script and of ``python -m summ``: runs, then ends the process."""
    # Usage errors as one plain line when stderr is a log or a pipe; rich's panel in a terminal.
    if sys.stderr is None or not sys.stderr.isatty():
        app.rich_markup_mode = None
    try:
        args = arguments.color_words(sys.argv[1:])
    except ValueError as error:
        typer.echo(f"Usage: summ [OPTIONS] [FILES]...\nTry 'summ -h' for help.\n\nError: {error}",
                   err=True)
        raise SystemExit(2) from None
    try:
        from summ.config import ConfigError, load  # noqa: PLC0415

        file, settings = load()
    except ConfigError as error:
        typer.echo(f"error: {error}", err=True)
        raise SystemExit(error.exit_code) from None
    try:
        app(args=args, default_map=settings, obj=str(file) if file else None)
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
