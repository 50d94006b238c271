"""The output file of ``-o``: never an input, never a device replaced, never a link broken.

A regular file is replaced atomically, through a temporary file and a rename in its folder; a
symbolic link has its target replaced that way (the link stays, as editors do it). Anything that
is not a regular file (a terminal, ``/dev/null``, a FIFO) and the names of open descriptors
(``/dev/stdout``, ``/dev/fd/3``) are written directly, as the shell's ``>`` would: renaming over
them would put a plain file where the device was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from summ.errors import OutputError, UsageError

if TYPE_CHECKING:
    from collections.abc import Sequence

# Names of a descriptor already open: what they lead to is whatever the descriptor is.
_DESCRIPTOR = re.compile(r"/dev/(?:std(?:in|out|err)|fd/\d+)|/proc/[^/]+/fd/\d+")
_MAX_LINKS = 40  # as the kernel's limit on links followed in one path


def check_output(path: Path | None, names: Sequence[str]) -> None:
    """Refuse, before anything is read or written, an output that cannot or must not be written.

    UsageError when ``path`` is one of the input files (the same file, by any name: hard
    links, symbolic links and ``..`` are all seen through, as the file's device and inode are
    compared), standard input included (``summ -o a.txt < a.txt``); OutputError for a folder
    or a missing folder, so that a long batch does not run for nothing.
    """
    if path is None:
        return
    folder = path.parent if str(path.parent) else Path()
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a directory")
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: no folder {folder}")
    try:
        output = path.stat()
    except (OSError, ValueError):
        return  # nothing there (yet): it is no input
    if not (stat.S_ISREG(output.st_mode) or stat.S_ISFIFO(output.st_mode)):
        return  # /dev/null in and out is harmless; a terminal is read and written alike
    for name in names:
        if name.lower().startswith(("http://", "https://")):
            continue
        with contextlib.suppress(OSError, ValueError):
            found = os.fstat(0) if name == "-" else Path(name).stat()
            if (found.st_dev, found.st_ino) == (output.st_dev, output.st_ino):
                shown = "standard input" if name == "-" else f"the input {name}"
                raise UsageError(f"the output {path} is {shown}: give another output file")


def write_output(path: Path, text: str) -> None:
    """Write ``text`` where ``path`` leads: see the module's description."""
    try:
        found = path.stat()
    except FileNotFoundError:
        found = None
    except OSError as error:  # a loop of links, a folder that is a file ...
        raise _failed(path, error) from None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise OutputError(f"cannot write {path}: it is a directory")
    if found is not None and not stat.S_ISREG(found.st_mode):
        _write_directly(path, text, append=False)
    elif found is not None and _names_a_descriptor(path):
        _write_directly(path, text, append=True)  # `>> log` must not lose the log
    else:
        write_atomically(path.resolve() if path.is_symlink() else path, text)


def _names_a_descriptor(path: Path) -> bool:
    here = path.absolute()
    for _ in range(_MAX_LINKS):
        if _DESCRIPTOR.fullmatch(here.as_posix()):
            return True
        if not here.is_symlink():
            return False
        here = Path(os.path.normpath(here.parent / here.readlink()))
    return False


def _write_directly(path: Path, text: str, *, append: bool) -> None:
    # No O_CREAT (it is there) and no O_TRUNC (a device has nothing to cut, a log is kept).
    try:
        handle = os.open(path, os.O_WRONLY | (os.O_APPEND if append else 0))
        with os.fdopen(handle, "w", encoding="utf-8", errors="surrogateescape", newline="") as out:
            out.write(text)
    except OSError as error:
        raise _failed(path, error) from None


def _failed(path: Path, error: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {error.strerror or error}")


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: whole or not at all.

    The file gets the mode an ordinary write would give it: the old file's, or 0666 less the
    umask for a new one (not the 0600 of a bare temporary file).
    """
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: no folder {folder}")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a directory")
    if path.exists() and not os.access(path, os.W_OK):  # as `>` would, keep a read-only file
        raise OutputError(f"cannot write {path}: permission denied")
    try:
        handle, temporary = _temporary(folder, path.name)
    except OSError as error:
        raise _failed(path, error) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="surrogateescape", newline="") as out:
            out.write(text)
        with contextlib.suppress(FileNotFoundError):
            temporary.chmod(stat.S_IMODE(path.stat().st_mode))
        temporary.replace(path)
    except BaseException as error:  # Ctrl-C, SIGTERM, SIGHUP too: never leave it behind
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise _failed(path, error) from None
        raise


def _temporary(folder: Path, name: str) -> tuple[int, Path]:
    """A new file beside the output, created with mode 0666 so that the umask applies."""
    import secrets  # noqa: PLC0415  (hashlib/OpenSSL: ~3 ms of start-up, needed only for -o)

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temporary = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))
