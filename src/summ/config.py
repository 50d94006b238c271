"""Saved defaults: a TOML file of option values, as ripgrep's and bat's config files are.

The file is ``$SUMM_CONFIG`` when that is set, else ``config.toml`` in the platform's config
folder (``~/.config/summ/config.toml`` on Linux, following ``XDG_CONFIG_HOME``; found with
platformdirs). Its keys are the long option names (``sentences = 3``, ``format = "markdown"``,
``color = "never"``); a flag on the command line always wins over the file. The values become
click's ``default_map``, so they are checked by the same rules as the flags.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from summ.errors import SummError

ENVIRONMENT = "SUMM_CONFIG"
# Long option name in the file -> the command's parameter name. Inputs, -o and the one-off
# actions (--version, --print-config) are left out: a saved file must not redirect every run.
KEYS = {
    "sentences": "sentences",
    "ratio": "ratio",
    "words": "words",
    "algorithm": "algorithm",
    "format": "fmt",
    "language": "language",
    "highlight": "highlight",
    "jobs": "jobs",
    "timeout": "timeout",
    "figures": "figures",
    "quotes": "quotes",
    "width": "width",
    "explain": "explain",
    "color": "color",
}
_COLOR_WORDS = {"always": True, "never": False, "auto": None}


class ConfigError(SummError):
    """The config file cannot be read or holds what no option accepts (a usage error)."""

    exit_code = 2


def path() -> Path | None:
    """The config file in force, or None when there is none to read."""
    named = os.environ.get(ENVIRONMENT)
    if named:
        return Path(named)
    found = _folder() / "config.toml"
    return found if found.is_file() else None


def _folder() -> Path:
    """The config folder: XDG's rule on Linux, platformdirs' answer elsewhere.

    The XDG rule is two lines, and importing platformdirs (with tempfile and random) costs ~4 ms
    at every start; macOS and Windows have rules we would get wrong, so they ask platformdirs.
    """
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CONFIG_HOME", "").strip()
        return Path(base if Path(base).is_absolute() else Path.home() / ".config") / "summ"
    from platformdirs import user_config_path  # noqa: PLC0415

    return user_config_path("summ", appauthor=False)


def read(file: Path) -> dict[str, object]:
    """The file's settings as ``{parameter name: value}``, ready for click's default_map."""
    import tomllib  # noqa: PLC0415  (only when there is a file to read)

    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: no such config file (named by ${ENVIRONMENT})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{file}: cannot read the config file ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{file}: not valid TOML: {error}") from None
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        accepted = ", ".join(KEYS)
        raise ConfigError(f"{file}: unknown setting {unknown[0]!r} (settings: {accepted})")
    settings = {KEYS[key]: value for key, value in data.items()}
    if "color" in settings:
        settings["color"] = _color(file, settings["color"])
    return {k: v for k, v in settings.items() if v is not None}


def _color(file: Path, value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in _COLOR_WORDS:
        return _COLOR_WORDS[value.lower()]
    raise ConfigError(f"{file}: color must be auto, always or never, not {value!r}")


def load() -> tuple[Path | None, dict[str, object]]:
    """The config file in force and its settings (none when there is no file)."""
    file = path()
    return (file, read(file)) if file else (None, {})
