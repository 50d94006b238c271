"""Command-line words into values: budgets, colours, timeouts, and where each value came from.

typer declares the options (cli.py); the checks and conversions that need more than a type live
here, so the command reads as a list of flags and one pipeline.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import typer

from summ.models import Length, Options

if TYPE_CHECKING:
    from collections.abc import Callable

_DEFAULTS = Options()


def at_least(low: int) -> Callable[[int | None], int | None]:
    """A check that names the option and the accepted values in words, not as ``x>=1``."""

    def check(value: int | None) -> int | None:
        if value is not None and value < low:
            raise typer.BadParameter(f"must be a whole number of at least {low}, not {value}")
        return value

    return check


_COLORS = {"auto": [], "always": ["--color"], "never": ["--no-color"]}


def color_words(args: list[str]) -> list[str]:
    """``args`` with ripgrep's ``--color=auto|always|never`` (or ``--color WHEN``) as flags.

    typer's parser has no option that is a flag and takes a value too, so the words are turned
    into ``--color`` / ``--no-color`` (auto: neither) before it reads them; an unknown word
    after ``=`` raises ValueError with the usage error's message.
    """
    out: list[str] = []
    words = iter(enumerate(args))
    for index, arg in words:
        if arg == "--":
            return out + args[index:]
        if arg.startswith("--color="):
            when = arg.partition("=")[2].lower()
            if when not in _COLORS:
                raise ValueError(
                    f"Invalid value for '--color': must be auto, always or never, not {when!r}"
                )
            out += _COLORS[when]
        elif arg == "--color" and index + 1 < len(args) and args[index + 1] in _COLORS:
            out += _COLORS[args[index + 1]]
            next(words)
        else:
            out.append(arg)
    return out


def length(sentences: int | None, ratio: str | None, words: int | None) -> Length:
    """The one budget given (sentences, a ratio or words), or the default's five sentences."""
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


def finite(seconds: float) -> float:
    """``seconds``, unless it is infinite."""
    if math.isinf(seconds):  # sockets and timers take no infinity; -1 and nan fail in Options
        raise ValueError("the timeout must be a finite number of seconds")
    return seconds


_BUDGETS = ("sentences", "ratio", "words")


def budget(
    ctx: typer.Context, sentences: int | None, ratio: str | None, words: int | None
) -> tuple[int | None, str | None, int | None]:
    """The budget flags, where one given on the command line replaces the config file's."""
    given = {"sentences": sentences, "ratio": ratio, "words": words}
    typed = [name for name in _BUDGETS if _source(ctx, name) == "command line"]
    if typed:
        given = {name: value if name in typed else None for name, value in given.items()}
    return given["sentences"], given["ratio"], given["words"]  # type: ignore[return-value]


def _source(ctx: typer.Context, name: str) -> str:
    """Where a parameter's value came from (by the source's name: typer has its own enum)."""
    source = getattr(ctx.get_parameter_source(name), "name", "DEFAULT")
    if source == "DEFAULT_MAP":
        return str(ctx.obj or "config file")
    return "command line" if source in {"COMMANDLINE", "ENVIRONMENT"} else "default"


def print_config(ctx: typer.Context) -> None:
    """Every setting a config file can hold: its value in force, and where it came from."""
    import json  # noqa: PLC0415

    from summ.config import KEYS  # noqa: PLC0415

    params = dict(ctx.params)
    flags = budget(ctx, params["sentences"], params["ratio"], params["words"])
    params.update(zip(_BUDGETS, flags, strict=True))
    typer.echo(f"# config file: {ctx.obj or 'none'}")
    for key, name in KEYS.items():
        value = params.get(name)
        value = getattr(value, "value", value)  # an Enum's word
        # TOML's own spelling (json.dumps writes strings, numbers and booleans the same way),
        # so the lines can be pasted into the file.
        line = f"{key} = {json.dumps(value)}" if value is not None else f"# {key} = (not set)"
        source = _source(ctx, name)
        if value is None and name in _BUDGETS and source != "default":
            source = "the command line's budget replaces the config file's"
        typer.echo(f"{line}  # {source}")
