"""Where -o writes: never onto an input, never a device replaced, a link followed, a file whole.

Real files, links, FIFOs and device nodes (made when the test may), and real processes where the
descriptors of the process matter (/dev/stdout, /dev/full).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from summ.cli import app

from .conftest import SAMPLES

SUMM = [sys.executable, "-m", "summ"]
SEED = SAMPLES / "vladivostok-summit.txt"
TITLE = "Putin, Kim Conclude First Ever Summit"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links, FIFOs and devices")


def snapshot(folder: Path) -> dict[str, tuple[str, bytes | str]]:
    """Every entry under ``folder``: a link's target, a file's bytes, a folder's presence."""
    found: dict[str, tuple[str, bytes | str]] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = ("link", str(path.readlink()))
        elif path.is_file():
            found[name] = ("file", path.read_bytes())
        else:
            found[name] = ("dir", "")
    return found


def one_error(result: object, code: int, message: str) -> None:
    exit_code, stderr = result.exit_code, result.stderr  # type: ignore[attr-defined]
    assert exit_code == code, (exit_code, stderr)
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith("error: ")
    assert message in stderr, stderr


# --- The output is an input ----------------------------------------------------------------


def _same_file_names(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.txt").symlink_to("a.txt")
    (tmp_path / "chain.txt").symlink_to("link.txt")
    (tmp_path / "hard.txt").hardlink_to(tmp_path / "a.txt")
    (tmp_path / "dirlink").symlink_to(tmp_path)
    return {
        "itself": "a.txt",
        "dot slash": "./a.txt",
        "absolute": str(tmp_path / "a.txt"),
        "dot dot": "sub/../a.txt",
        "symlink": "link.txt",
        "chain of links": "chain.txt",
        "hard link": "hard.txt",
        "folder link": "dirlink/a.txt",
    }


@POSIX
@pytest.mark.parametrize(
    "kind", ["itself", "dot slash", "absolute", "dot dot", "symlink", "chain of links",
             "hard link", "folder link"],
)
def test_output_that_is_an_input_is_refused_before_anything_happens(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b.txt").write_bytes(SEED.read_bytes())
    names = _same_file_names(tmp_path)
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    # The input given second, so that the first would have been summarized by then.
    result = runner.invoke(app, ["b.txt", "a.txt", "-o", names[kind]])
    one_error(result, 2, "is the input a.txt: give another output file")
    assert result.stdout == ""
    assert snapshot(tmp_path) == before


@POSIX
def test_output_that_is_standard_input_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(SEED.read_bytes())
    for args in (["-o", str(article)], ["-", "-o", str(article)]):
        with article.open("rb") as stdin:
            done = subprocess.run([*SUMM, *args], stdin=stdin, capture_output=True, check=False,
                                  timeout=60)
        assert done.returncode == 2
        message = f"error: the output {article} is standard input: give another output file\n"
        assert done.stderr == message.encode()
        assert article.read_bytes() == SEED.read_bytes()


def test_dash_is_standard_output(runner: CliRunner, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["-n", "1", "-f", "json", str(SEED), "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("{")
    assert list(tmp_path.iterdir()) == []


# --- Links: the target is written, atomically, beside itself ------------------------------


@POSIX
def test_symlink_output_writes_its_target_and_stays_a_link(
    runner: CliRunner, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "summary.md"
    target.write_text("old summary\n")
    link = tmp_path / "link.md"
    link.symlink_to(os.path.relpath(target, tmp_path))
    dangling = tmp_path / "new.md"
    dangling.symlink_to("elsewhere/created.md")
    old_inode = target.stat().st_ino
    keep = target.open("rb")  # holds the old inode, so that a new file cannot reuse its number
    for out in (link, dangling):
        result = runner.invoke(app, ["-n", "1", str(SEED), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.is_symlink()
        assert out.read_text(encoding="utf-8").startswith(f"## {TITLE}")
    keep.close()
    assert target.stat().st_ino != old_inode  # replaced whole by a rename, not written into
    assert (elsewhere / "created.md").is_file()
    assert sorted(p.name for p in tmp_path.rglob("*")) == [
        "created.md", "elsewhere", "link.md", "new.md", "summary.md"
    ]


@POSIX
def test_link_loop_is_one_error(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "x.md").symlink_to("y.md")
    (tmp_path / "y.md").symlink_to("x.md")
    result = runner.invoke(app, [str(SEED), "-o", str(tmp_path / "x.md")])
    one_error(result, 1, "symbolic links")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.md", "y.md"]


# --- What is not a regular file is written directly ---------------------------------------


@POSIX
def test_fifo_output_is_written_into_not_replaced(runner: CliRunner, tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = runner.invoke(app, ["-n", "1", "-f", "plain", str(SEED), "-o", str(fifo)])
    reader.join(30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert received[0].decode().startswith(TITLE)
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"]


@POSIX
@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_device_node_stays_a_device(runner: CliRunner, tmp_path: Path) -> None:
    # A private copy of /dev/null (char 1,3): what `-o /dev/null` would do to the real one.
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    for fmt in ("plain", "json"):
        result = runner.invoke(app, ["-f", fmt, str(SEED), "-o", str(null)])
        assert result.exit_code == 0, result.output
        assert stat.S_ISCHR(null.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]


@POSIX
@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="no /dev/stdout here")
def test_dev_stdout_and_dev_fd_write_where_the_descriptor_points(tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    log.write_text("kept line\n")
    with log.open("a") as append:
        done = subprocess.run([*SUMM, "-n", "1", str(SEED), "-o", "/dev/stdout"], stdout=append,
                              stderr=subprocess.PIPE, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    assert log.read_text(encoding="utf-8").startswith(f"kept line\n{TITLE}")
    piped = subprocess.run([*SUMM, "-n", "1", str(SEED), "-o", "/dev/stdout"],
                           capture_output=True, check=False, timeout=60)
    assert piped.returncode == 0
    assert piped.stdout.decode().startswith(TITLE)
    out = tmp_path / "fd.txt"
    with out.open("w") as handle:
        fd = handle.fileno()  # the same number in the child, with pass_fds
        done = subprocess.run([*SUMM, "-n", "1", str(SEED), "-o", f"/dev/fd/{fd}"],
                              pass_fds=(fd,), capture_output=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith(TITLE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fd.txt", "log.txt"]


@POSIX
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full (a full disk) here")
@pytest.mark.parametrize("fmt", ["plain", "json", "terminal"])
def test_a_full_disk_is_one_error_line(fmt: str) -> None:
    with Path("/dev/full").open("w") as full:
        done = subprocess.run([*SUMM, "-f", fmt, str(SEED)], stdout=full,
                              stderr=subprocess.PIPE, check=False, timeout=60)
    assert done.returncode == 1
    assert done.stderr == b"error: cannot write the summary: No space left on device\n"
    done = subprocess.run([*SUMM, "-f", fmt, str(SEED), "-o", "/dev/full"], capture_output=True,
                          check=False, timeout=60)
    assert done.returncode == 1
    assert done.stderr == b"error: cannot write /dev/full: No space left on device\n"


# --- Every kind of path, every time: nothing but the output changes ----------------------

KINDS = ("new", "existing", "input", "link to input", "link to other", "dangling link",
         "hard link to input", "missing folder", "dot dot to input", "folder", "link to folder")


def _output_for(kind: str, root: Path) -> Path:
    made = {
        "new": root / "out.md",
        "existing": root / "other.md",
        "input": root / "a.txt",
        "link to input": root / "la.md",
        "link to other": root / "lo.md",
        "dangling link": root / "dl.md",
        "hard link to input": root / "ha.md",
        "missing folder": root / "nowhere" / "out.md",
        "dot dot to input": root / "sub" / ".." / "a.txt",
        "folder": root / "sub",
        "link to folder": root / "lsub",
    }
    return made[kind]


def _tree(root: Path) -> None:
    (root / "sub").mkdir()
    (root / "a.txt").write_bytes(SEED.read_bytes())
    (root / "sub" / "b.txt").write_text("Rain fell on Monday. Roads closed in the town.\n")
    (root / "other.md").write_text("an unrelated file\n")
    (root / "la.md").symlink_to("a.txt")
    (root / "lo.md").symlink_to("other.md")
    (root / "dl.md").symlink_to("sub/created.md")
    (root / "ha.md").hardlink_to(root / "a.txt")
    (root / "lsub").symlink_to("sub")


REFUSED = {"input", "link to input", "hard link to input", "dot dot to input"}


def _written(kind: str, inputs: list[str]) -> set[str]:
    """The entries that may change: the file the output leads to, when it is no input."""
    if kind in REFUSED:
        if "a.txt" in inputs:
            return set()
        return {"ha.md"} if kind == "hard link to input" else {"a.txt"}
    return {"new": {"out.md"}, "existing": {"other.md"}, "link to other": {"other.md"},
            "dangling link": {"sub/created.md"}}.get(kind, set())


@POSIX
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), fmt=st.sampled_from([None, "json", "plain", "markdown"]),
       inputs=st.lists(st.sampled_from(["a.txt", "sub/b.txt", "-"]), min_size=1, max_size=3))
def test_no_input_and_no_unrelated_file_ever_changes(
    kind: str, fmt: str | None, inputs: list[str]
) -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        _tree(root)
        before = snapshot(root)
        output = _output_for(kind, root)
        args = [str(root / name) if name != "-" else name for name in inputs]
        args += ["-o", str(output)] + (["-f", fmt] if fmt else [])
        result = runner.invoke(app, args, input="Rain fell. It fell all day on the town.\n")
        after = snapshot(root)
        may_change = _written(kind, inputs)
        if kind in REFUSED and "a.txt" in inputs:
            assert result.exit_code == 2, result.output
        for name, entry in before.items():
            if name not in may_change:
                assert after.get(name) == entry, (kind, name)
        assert set(after) - set(before) <= may_change
        assert "Traceback" not in result.output
        if kind in {"missing folder", "folder", "link to folder"}:
            assert result.exit_code == 1
            assert result.stderr.startswith("error: cannot write")  # before any input is read
