"""Bad input, hostile text and faults: a clear error or a right answer, never a traceback.

Cases already covered elsewhere are not repeated: missing file, directory, empty, blank, binary
and title-only inputs (test_cli), encodings through ``decode`` (test_sources), a closed pipe in
plain format and Ctrl-C on stdin (test_process).
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import resource
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from summ.cli import app

from .conftest import SAMPLES

if TYPE_CHECKING:
    from typer.testing import CliRunner, Result

SUMM = [sys.executable, "-m", "summ"]
SEED = SAMPLES / "vladivostok-summit.txt"
ARTICLE = (
    "Café prices rise\n\n"
    "The café on Rue Saint-Honoré raised its prices by 10% on Monday. "
    "Customers said the new menu cost too much. The owner, José Müller, disagreed.\n\n"
    "The café will stay open until 11pm in the summer."
)
RUSSIAN = (
    "Цены выросли\n\nЦены на хлеб в Москве выросли на десять процентов за месяц. "
    "Покупатели недовольны новыми ценами. Магазины обещают скидки в декабре."
)
# What must never reach a terminal: C0/C1 controls but tab and newline, DEL, bidi overrides.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the colours summ itself prints with --color
HOSTILE = (
    "Markup [bold red]Test[/] Title\n\n"
    "The council [bold red]voted[/] 5 to 4 on Monday [/] to close the "
    "[link=http://evil.example]bridge[/link]. "
    'Officials said "\x1b[2Jthe bridge\x07 is unsafe" and \x1b]8;;http://evil\x07click'
    "\x1b]8;;\x07 here. Costs rose by \u202e$5m\u202c to \x1bc$12m in 2024. "
    "Repairs will take 18 months\x08\x08, the mayor said.\x0c\x9b31m Red text."
)


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def ok(result: Result) -> Result:
    assert result.exit_code == 0, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    return result


def one_error(result: Result, message: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("error: "), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.output


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*SUMM, *args], capture_output=True, check=False, timeout=120,
                          **kwargs)  # type: ignore[call-overload]


def no_temporary_files(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


# --- Inputs ---------------------------------------------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file; see the next test")
def test_unreadable_file(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", ARTICLE)
    path.chmod(0)
    try:
        one_error(runner.invoke(app, [str(path)]), "secret.txt: permission denied")
    finally:
        path.chmod(0o600)


def test_unreadable_file_simulated(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "secret.txt", ARTICLE)

    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)
    one_error(runner.invoke(app, [str(path)]), "secret.txt: permission denied")


def test_empty_file_name(runner: CliRunner) -> None:
    # Path("") is the current folder: it must not be read as "is a directory".
    one_error(runner.invoke(app, [""]), "'': no such file (the name is empty)")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (codecs.BOM_UTF8 + b"Caf\xff is open. It is.", "is not valid utf-8-sig despite its mark"),
        ("Text with nulls. ".encode("utf-16-le"), "looks like a binary file"),
        # C1 controls count as control characters, as C0 ones do.
        ("\x85\x90\x9b" * 40 + " Some words.", "looks like a binary file"),
    ],
)
def test_undecodable_bytes_one_error(
    runner: CliRunner, tmp_path: Path, data: bytes, message: str
) -> None:
    one_error(runner.invoke(app, [str(write(tmp_path / "bad.txt", data))]), message)


def test_stray_bad_byte_keeps_the_rest(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path / "stray.txt", b"The council met on Monday. It voted \xff to close it.")
    data = json.loads(ok(runner.invoke(app, ["-f", "json", str(path)])).stdout)
    assert data["summary"][0]["text"] == "The council met on Monday."


@pytest.mark.parametrize(
    ("text", "encoding", "bom"),
    [
        (ARTICLE, "latin-1", b""),
        (ARTICLE, "cp1252", b""),
        (ARTICLE.replace("new menu", "“new menu”"), "cp1252", b""),
        (RUSSIAN, "cp1251", b""),
        (ARTICLE, "utf-16", b""),  # Python writes the BOM
        (ARTICLE, "utf-16-be", codecs.BOM_UTF16_BE),
        (ARTICLE, "utf-8", codecs.BOM_UTF8),
    ],
)
def test_encodings_through_the_cli(
    runner: CliRunner, tmp_path: Path, text: str, encoding: str, bom: bytes
) -> None:
    path = write(tmp_path / "a.txt", bom + text.encode(encoding))
    data = json.loads(ok(runner.invoke(app, ["-f", "json", str(path)])).stdout)
    assert data["title"] == text.split("\n", 1)[0]
    for item in data["summary"] + data["figures"] + data["quotes"]:
        assert text[item["start"] : item["end"]] == item["text"]
    plain = ok(runner.invoke(app, [str(path)])).stdout
    assert plain.startswith(text.split("\n", 1)[0] + "\n")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_through_the_cli(runner: CliRunner, tmp_path: Path, newline: str) -> None:
    text = ARTICLE.replace("\n", newline)
    path = write(tmp_path / "a.txt", text)
    data = json.loads(ok(runner.invoke(app, ["-f", "json", str(path)])).stdout)
    assert data["title"] == "Café prices rise"
    assert data["sentences_total"] == 4
    for item in data["summary"]:
        assert text[item["start"] : item["end"]] == item["text"]
        assert "\r" not in item["text"]
    assert "\r" not in ok(runner.invoke(app, [str(path)])).stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only one sentence is here.", ["Only one sentence is here."]),
        ("A Title\n\nOnly one sentence is here.", ["Only one sentence is here."]),
        ('He said "this never closes. It goes on. And on.',
         ['He said "this never closes. It goes on. And on.']),
        ("The mayor said ” it was fine. Nobody agreed.",
         ["The mayor said ” it was fine.", "Nobody agreed."]),
        ("“Open «nested quote. Closed» later. Done.",
         ["“Open «nested quote. Closed» later. Done."]),
    ],
)
def test_small_and_unbalanced_articles(
    runner: CliRunner, tmp_path: Path, text: str, expected: list[str]
) -> None:
    path = write(tmp_path / "a.txt", text)
    data = json.loads(ok(runner.invoke(app, ["-f", "json", str(path)])).stdout)
    assert [s["text"] for s in data["summary"]] == expected
    ok(runner.invoke(app, ["-f", "markdown", str(path)]))
    ok(runner.invoke(app, ["-f", "terminal", "--color", str(path)]))


def test_very_long_sentence(runner: CliRunner, tmp_path: Path) -> None:
    sentence = "The " + ", ".join(f"clause {i} went on" for i in range(5000)) + "."
    path = write(tmp_path / "long.txt", f"Long Story\n\n{sentence} A short one.")
    data = json.loads(ok(runner.invoke(app, ["-f", "json", "-n", "1", str(path)])).stdout)
    assert data["sentences_total"] == 2
    plain = ok(runner.invoke(app, [str(path)])).stdout
    assert sentence in plain


# How their time grows is measured by bench/growth.py (n against 2n); here, what comes out.
def test_megabytes_on_one_line_without_punctuation(runner: CliRunner, tmp_path: Path) -> None:
    words = ["budget", "council", "bridge", "river", "2024", "five", "$5m", "Smith", "said"]
    text = " ".join(words[i * 7 % len(words)] for i in range(300_000))  # about 1.8 MB
    path = write(tmp_path / "big.txt", text)
    data = json.loads(ok(runner.invoke(app, ["-f", "json", str(path)])).stdout)
    assert data["sentences_total"] == 1
    assert "$5m" in [f["text"] for f in data["figures"]]


def test_many_figures_in_one_sentence(runner: CliRunner, tmp_path: Path) -> None:
    # Rendering once compared every run of the sentence with every figure: 40 s here.
    path = write(tmp_path / "n.txt", " ".join(f"{i} apples" for i in range(40_000)) + ".")
    plain = ok(runner.invoke(app, ["-f", "plain", str(path)])).stdout
    assert "39999 apples" in plain


def test_long_tokens_before_a_figure(runner: CliRunner, tmp_path: Path) -> None:
    # The context of a key figure used a regex that took minutes on 200 long tokens.
    path = write(tmp_path / "t.txt", " ".join(["x" * 40] * 200) + " rose 5%.")
    data = json.loads(ok(runner.invoke(app, ["-f", "json", str(path)])).stdout)
    assert [f["text"] for f in data["figures"]] == ["5%"]


def test_thousands_of_files_with_few_file_handles(tmp_path: Path) -> None:
    names = [
        write(tmp_path / f"a{i}.txt", f"The council voted {i} to 4. It met.").name
        for i in range(3000)
    ]
    limit = (64, 64)
    done = run("-f", "jsonl", *names, cwd=tmp_path,
               preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, limit))
    assert done.returncode == 0, done.stderr[-500:]
    assert len(done.stdout.splitlines()) == 3000


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file descriptors")
def test_closed_stdin_with_a_file_and_with_dash(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    close_stdin = lambda: os.close(0)  # noqa: E731
    assert run(str(path), preexec_fn=close_stdin).returncode == 0
    done = run("-", preexec_fn=close_stdin)
    assert done.returncode == 1
    assert done.stderr == b"error: <stdin>: standard input is closed\n"


# --- Hostile text ---------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["-f", "plain"], ["-f", "markdown"], ["-f", "terminal"],
                                  ["-f", "terminal", "--color"], ["--color"]])
def test_hostile_text_is_shown_not_obeyed(runner: CliRunner, tmp_path: Path,
                                         args: list[str]) -> None:
    out = ok(runner.invoke(app, [*args, str(write(tmp_path / "h.txt", HOSTILE))])).stdout
    shown = SGR.sub("", out)
    assert not UNSAFE.search(shown), repr(shown)
    # Whole escape sequences go, not just their ESC: no "[2J" or "]8;;" left over.
    for residue in ("[2J", "]8;;", "http://evilclick", "31m"):
        assert residue not in shown
    if "markdown" in args:
        assert r"\[bold red\]voted\[/\]" in shown
        assert r"\[link=http://evil.example\]bridge\[/link\]" in shown
    else:
        assert "[bold red]voted[/]" in shown  # printed as it stands, not as markup
        assert "[link=http://evil.example]bridge[/link]" in shown
    words = shown.replace("*", "")  # Markdown emphasis around figures and quotes
    assert 'the bridge is unsafe" and click here.' in words
    assert "Costs rose by $5m to $12m in 2024." in words


def test_json_keeps_hostile_text_exact_and_escaped(runner: CliRunner, tmp_path: Path) -> None:
    for fmt in ("json", "jsonl"):
        out = ok(runner.invoke(app, ["-f", fmt, str(write(tmp_path / "h.txt", HOSTILE))])).stdout
        assert not UNSAFE.search(out)
        data = json.loads(out)
        for item in data["summary"] + data["figures"] + data["quotes"]:
            assert HOSTILE[item["start"] : item["end"]] == item["text"]
        assert data["title"] == "Markup [bold red]Test[/] Title"
        assert "\x1b]8;;http://evil\x07click" in data["summary"][1]["text"]


def test_control_characters_in_a_file_name(runner: CliRunner, tmp_path: Path) -> None:
    name = "evil\x1b[31mred\x07\u202ename.txt"
    missing = runner.invoke(app, [str(tmp_path / name)])
    one_error(missing, "evilredname.txt: no such file")
    assert not UNSAFE.search(missing.stderr)
    path = write(tmp_path / name, ARTICLE)
    for fmt in ("plain", "markdown", "terminal"):
        out = ok(runner.invoke(app, ["-f", fmt, "--color", str(path)])).stdout
        assert not UNSAFE.search(SGR.sub("", out)), fmt
        assert "evilredname.txt" in out.replace("\\", "")
    source = json.loads(ok(runner.invoke(app, ["-f", "json", str(path)])).stdout)["source"]
    assert source == str(path)


@pytest.mark.skipif(sys.platform != "linux", reason="file names as bytes")
def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad\xffname.txt")
    write(tmp_path / name, ARTICLE)
    strict = {**os.environ, "PYTHONIOENCODING": "utf-8"}  # a UTF-8 locale: no surrogateescape
    plain = run(name, cwd=tmp_path, env=strict)
    assert plain.returncode == 0, plain.stderr
    assert "bad\ufffdname.txt" in plain.stdout.decode()
    data = run("-f", "json", name, cwd=tmp_path, env=strict)
    assert json.loads(data.stdout)["source"] == name  # "\udcff" escaped, loads back exact
    export = run(name, "-o", "s.json", cwd=tmp_path, env=strict)
    assert export.returncode == 0, export.stderr
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["source"] == name
    no_temporary_files(tmp_path)


@pytest.mark.parametrize("fmt", ["plain", "terminal", "markdown", "json"])
def test_stdout_that_cannot_show_the_text(tmp_path: Path, fmt: str) -> None:
    path = write(tmp_path / "r.txt", RUSSIAN)
    done = run("-f", fmt, str(path), env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    if fmt == "json":  # the same data, in \u escapes
        assert json.loads(done.stdout)["title"] == "Цены выросли"
    else:
        assert b"????" in done.stdout


# --- Faults ---------------------------------------------------------------------------------


def test_output_in_an_unwritable_folder(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = write(tmp_path / "keep.md", "precious")
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith(".tmp"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    one_error(runner.invoke(app, [str(SEED), "-o", str(existing)]),
              "keep.md: Permission denied")
    assert existing.read_text() == "precious"
    no_temporary_files(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_output_in_a_read_only_folder(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        one_error(runner.invoke(app, [str(SEED), "-o", str(folder / "s.md")]), "cannot write")
    finally:
        folder.chmod(0o755)


def test_output_is_a_folder(runner: CliRunner, tmp_path: Path) -> None:
    one_error(runner.invoke(app, [str(SEED), "-o", str(tmp_path)]), "it is a directory")


def test_read_only_output_file_is_kept(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = write(tmp_path / "keep.md", "precious")
    existing.chmod(0o444)
    if os.geteuid() == 0:  # root may write anything; pretend to be a user
        real_access = os.access
        monkeypatch.setattr(
            os, "access", lambda path, mode, **kw: mode != os.W_OK and real_access(path, mode, **kw)
        )
    one_error(runner.invoke(app, [str(SEED), "-o", str(existing)]), "permission denied")
    assert existing.read_text() == "precious"
    no_temporary_files(tmp_path)


@pytest.mark.parametrize(
    ("fault", "exit_code", "message"),
    [
        (OSError(errno.EXDEV, "Invalid cross-device link"), 1, "Invalid cross-device link"),
        (OSError("no reason given"), 1, "s.md: no reason given"),
        (KeyboardInterrupt(), 130, None),
    ],
)
def test_failed_rename_keeps_the_old_file_and_no_temporary(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *,
    fault: BaseException, exit_code: int, message: str | None,
) -> None:
    existing = write(tmp_path / "s.md", "precious")

    def fail(*_args: object) -> None:
        raise fault

    monkeypatch.setattr(Path, "replace", fail)
    result = runner.invoke(app, [str(SEED), "-o", str(existing)])
    assert result.exit_code == exit_code
    if message:
        one_error(result, message)
    assert "Traceback" not in result.output
    assert existing.read_text() == "precious"
    no_temporary_files(tmp_path)


def test_output_file_mode_is_an_ordinary_one(runner: CliRunner, tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        ok(runner.invoke(app, [str(SEED), "-o", str(tmp_path / "new.md")]))
        assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644  # not mkstemp's 0600
        kept = write(tmp_path / "kept.md", "old")
        kept.chmod(0o640)
        ok(runner.invoke(app, [str(SEED), "-o", str(kept)]))
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
        assert kept.read_text(encoding="utf-8").startswith("## Putin")
    finally:
        os.umask(umask)


@pytest.mark.parametrize("args", [["--color"], ["-f", "json"], ["-f", "markdown"]])
def test_pipe_closed_early_in_every_format(args: list[str]) -> None:
    summ = subprocess.Popen([*SUMM, "-n", "50", *args, *[str(SEED)] * 10],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert summ.stdout is not None
    summ.stdout.read(10)
    summ.stdout.close()
    _, err = summ.communicate(timeout=60)
    assert summ.returncode == 0, err  # rich's own handler used to exit with 1
    assert err == b""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file descriptors")
def test_closed_stdout() -> None:
    done = run(str(SEED), preexec_fn=lambda: os.close(1))
    assert done.returncode == 1
    assert done.stderr == b"error: cannot write the summary: standard output is closed\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_while_summarizing(tmp_path: Path) -> None:
    text = " ".join(["the budget council bridge rose 5% on Monday"] * 120_000)
    path = write(tmp_path / "big.txt", text)
    summ = subprocess.Popen([*SUMM, "-f", "json", str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    time.sleep(1.0)  # past start-up, inside the reading or the scoring
    summ.send_signal(signal.SIGINT)
    out, err = summ.communicate(timeout=60)
    if summ.returncode == 0:
        pytest.skip("finished before the signal arrived")
    assert summ.returncode == 130
    assert err == b""
    assert out == b""


@pytest.mark.parametrize(
    "args", [["-n", "0"], ["-n", "abc"], ["-f", "docx"], ["--format", "pdf"], ["--words", "-3"]]
)
def test_usage_errors_print_the_usage_line(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, [*args, str(SEED)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Usage: ")
    assert result.stdout == ""
    assert "Traceback" not in result.output
