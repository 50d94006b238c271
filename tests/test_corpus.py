"""Corpus files (one article a row) without a cluster: rows → records, readers, output, CLI.

The corpus is made here from templates (never the eval articles). The Dask runs are in
test_corpus_dask.py.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from summ.cli import app
from summ.corpus import Fields, is_corpus, partition_meta, summarize_partition, summarize_rows
from summ.corpus.command import run_corpus
from summ.corpus.progress import RowProgress
from summ.corpus.readers import expand, partitions
from summ.corpus.sinks import FileSink
from summ.errors import InputError
from summ.models import Length, Options

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

_NAMES = ["Jane Smith", "Tom Bell", "Ana Ruiz", "Li Wei", "Omar Haddad", "Grace Okafor"]
_ROLES = ["the mayor", "a spokeswoman", "the finance minister", "a union leader"]
_PLACES = ["Leeds", "Porto", "Lyon", "Graz", "Tampere", "Cork", "Ghent", "Brno"]
_THINGS = ["a new bridge", "the tram line", "school repairs", "a flood barrier", "bus fares"]
_QUOTES = [
    "We had no other choice at all", "This is a good day for the city",
    "The money will be spent with care", "Nobody asked the people who live here",
]


def article(number: int) -> str:
    """A made-up news story: figures, a quote with its speaker, several paragraphs."""
    rng = random.Random(number)  # noqa: S311  (made-up text, not secrets)
    place, thing = rng.choice(_PLACES), rng.choice(_THINGS)
    name, role = rng.choice(_NAMES), rng.choice(_ROLES)
    paragraphs = [
        (f"The council of {place} approved {thing} worth ${rng.randint(2, 90)}."
         f"{rng.randint(1, 9)} million on Monday, story {number} of the week. The vote was "
         f"{rng.randint(20, 40)} to {rng.randint(1, 19)}."),
        (f"The cost is {rng.randint(3, 40)}% higher than the plan of {rng.randint(2010, 2023)}. "
         f"Officials said work on {thing} would start in March and take {rng.randint(2, 9)} "
         "years."),
        f'"{rng.choice(_QUOTES)}," said {name}, {role}. Residents of {place} were divided.',
        (f"Some {rng.randint(100, 900)} people signed a petition against {thing}. Others said "
         f"the town of {rng.randint(20, 400)},000 people had waited long enough for it."),
    ]
    return "\n\n".join(paragraphs)


def make_rows(count: int) -> list[dict[str, object]]:
    """``count`` rows with id, title and text, a few of them bad in different ways."""
    rows: list[dict[str, object]] = [
        {"id": f"n{i:04d}", "title": f"Story {i}", "text": article(i)} for i in range(count)
    ]
    bad: dict[int, dict[str, object]] = {
        7: {"id": "n0007", "title": "Empty", "text": ""},
        11: {"id": "n0011", "title": "No text field"},
        13: {"id": "n0013", "text": "! ? ..."},  # no sentence in it
    }
    return [bad.get(i, row) for i, row in enumerate(rows)]


def write_jsonl(path: Path, rows: list[dict[str, object]], bad_line: bool = True) -> Path:
    lines = [json.dumps(r) for r in rows]
    if bad_line:
        lines.insert(20, "{this is not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_csv(path: Path, rows: list[dict[str, object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["id", "title", "text"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


OPTIONS = Options(length=Length(sentences=2))


# --- rows → records ------------------------------------------------------------------------


def test_a_record_has_the_summary_figures_quotes_and_speaker() -> None:
    (done,) = summarize_rows([{"id": 5, "title": "T", "text": article(3)}], [0], OPTIONS)
    assert done["id"] == "5"
    assert done["title"] == "T"
    assert done["language"] == "english"
    assert done["error"] is None
    summary = done["summary"]
    assert isinstance(summary, list)
    assert len(summary) == 2
    text = article(3)
    assert all(text[p["start"]:p["end"]] == p["text"] for p in summary)
    assert {"money", "percent"} <= {f["kind"] for f in done["figures"]}  # type: ignore[attr-defined]
    quotes = done["quotes"]
    assert isinstance(quotes, list)
    assert quotes
    assert quotes[0]["speaker"] in _NAMES


@pytest.mark.parametrize(("row", "fields", "error"), [
    ({"key": 1}, Fields(), "no text: the row has none of text, article, body, content"),
    ({"text": "A story."}, Fields(text_field="body"), "no text: the row has no field 'body'"),
    ({"text": ""}, Fields(), "no text: field 'text' is empty"),
    ({"text": "  \n"}, Fields(), "no text: field 'text' is empty"),
    ({"text": None}, Fields(), "no text: field 'text' is empty"),
    ({"text": float("nan")}, Fields(), "no text: field 'text' is empty"),
    ({"text": 42}, Fields(), "no text: field 'text' is not text"),
    ({"text": "..."}, Fields(), "no sentences to summarize"),
])
def test_a_bad_row_gets_an_error_record(
    row: dict[str, object], fields: Fields, error: str
) -> None:
    (done,) = summarize_rows([row], [9], OPTIONS, fields)
    assert done["error"] == error
    assert done["id"] == "9"
    assert done["summary"] == done["figures"] == done["quotes"] == []


def test_field_defaults_and_names() -> None:
    rows = [
        {"content": article(1), "body": article(2)},  # body comes before content
        {"article": article(3), "text": article(4), "title": "  "},
        {"story": article(5), "key": "k5", "headline": "H"},
    ]
    first, second = summarize_rows(rows[:2], [0, 1], OPTIONS)
    assert "story 2 of" in str(first["summary"])
    assert "story 4 of" in str(second["summary"])
    assert (first["id"], second["id"], second["title"]) == ("0", "1", None)
    named = Fields(text_field="story", id_field="key", title_field="headline")
    (third,) = summarize_rows(rows[2:], [2], OPTIONS, named)
    assert (third["id"], third["title"], third["error"]) == ("k5", "H", None)


# --- readers and partitions -------------------------------------------------------------


def test_is_corpus_by_extension() -> None:
    assert all(map(is_corpus, ["a.jsonl", "b.NDJSON", "c.csv", "s3://x/*.parquet", "d/*.jsonl"]))
    assert not any(map(is_corpus, ["a.txt", "a.html", "a.md", "https://x.org/news", "-"]))


def test_globs_missing_files_and_directories(tmp_path: Path) -> None:
    for name in ("b.jsonl", "a.jsonl"):
        write_jsonl(tmp_path / name, make_rows(2), bad_line=False)
    assert expand([str(tmp_path / "*.jsonl")]) == [str(tmp_path / "a.jsonl"),
                                                    str(tmp_path / "b.jsonl")]
    with pytest.raises(InputError, match="no file matches"):
        expand([str(tmp_path / "*.csv")])
    with pytest.raises(InputError, match="no such file"):
        expand([str(tmp_path / "c.jsonl")])
    (tmp_path / "d.jsonl").mkdir()
    with pytest.raises(InputError, match="it is a directory"):
        expand([str(tmp_path / "d.jsonl")])


def test_partitions_number_rows_across_files_and_skip_done_ids(tmp_path: Path) -> None:
    one = write_jsonl(tmp_path / "1.jsonl", [{"text": "a"}, {"id": "x", "text": "b"}],
                      bad_line=False)
    two = write_csv(tmp_path / "2.csv", [{"id": "", "text": "c"}, {"id": "y", "text": "d"}])
    parts = list(partitions([str(one), str(two)], Fields(), 3, skip={"x", "2"}))
    assert [p.numbers for p in parts] == [(0, 3)]
    assert [r["text"] for r in parts[0].rows] == ["a", "d"]  # type: ignore[index]


def test_csv_cells_longer_than_csvs_default_limit(tmp_path: Path) -> None:
    long = article(1) + ("\n\nThe council met again and again on Monday." * 4000)
    assert len(long) > 131072
    path = write_csv(tmp_path / "long.csv", [{"id": "L", "title": "", "text": long}])
    (part,) = partitions(str(path).split(), Fields(), 10)
    assert part.rows[0]["text"] == long  # type: ignore[index]


# --- the command line -----------------------------------------------------------------


def test_cli_jsonl_in_and_out_with_bad_rows(runner: CliRunner, tmp_path: Path) -> None:
    rows = make_rows(40)
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, [str(source), "-o", str(out), "-n", "2", "-j", "1"])
    assert result.exit_code == 1, result.output
    assert "error: 4 of 41 rows have no summary" in result.stderr
    records = read_jsonl(out)
    assert [r["id"] for r in records] == [*(r["id"] for r in rows[:20]), "20",
                                          *(r["id"] for r in rows[20:])]
    errors = {r["id"]: r["error"] for r in records if r["error"]}
    assert errors == {
        "n0007": "no text: field 'text' is empty",
        "n0011": "no text: the row has none of text, article, body, content",
        "n0013": "no sentences to summarize",
        "20": f"{source} line 21 is not valid JSON",
    }
    assert all(len(r["summary"]) == 2 for r in records if not r["error"])  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_cli_stdout_and_pool_give_the_same_lines(runner: CliRunner, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", make_rows(30))
    piped = runner.invoke(app, [str(source), "-j", "1"])
    out = tmp_path / "out.ndjson"
    pooled = runner.invoke(app, [str(source), "-o", str(out), "-j", "2"],
                           env={"SUMM_PARTITION_ROWS": "4"})
    assert piped.exit_code == pooled.exit_code == 1
    assert piped.stdout.encode() == out.read_bytes()
    assert len(piped.stdout.splitlines()) == 30


def test_cli_parquet_in_and_out(runner: CliRunner, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    rows = make_rows(20)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    out = tmp_path / "out.parquet"
    result = runner.invoke(app, [str(tmp_path / "in.parquet"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 1
    table = pq.read_table(out)
    assert table.column("id").to_pylist() == [r["id"] for r in rows]
    assert table.column("error").null_count == 17
    as_jsonl = runner.invoke(app, [str(tmp_path / "in.parquet"), "-j", "1"])
    assert table.to_pylist() == [json.loads(line) for line in as_jsonl.stdout.splitlines()]


@pytest.mark.parametrize(("args", "message"), [
    (["in.jsonl", "a.txt"], "a.txt is not a corpus file"),
    (["a.txt", "--resume"], "--resume and --*-field are for corpus files"),
    (["a.txt", "--text-field", "body"], "--resume and --*-field are for corpus files"),
    (["in.jsonl", "-o", "out.md"], "a corpus is written as .jsonl, .ndjson or .parquet"),
    (["in.jsonl", "-f", "markdown"], "leave out -f"),
    (["in.jsonl", "--resume"], "--resume needs the output file"),
])
def test_cli_usage_errors(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    args: list[str], message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "in.jsonl", make_rows(2))
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.md").exists()


def test_cli_missing_input_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, [str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
    assert result.stderr == f"error: cannot read {tmp_path / 'none.jsonl'}: no such file\n"


def test_missing_extra_names_the_install(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now fails
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    monkeypatch.setitem(sys.modules, "distributed", None)
    source = write_jsonl(tmp_path / "in.jsonl", make_rows(2))
    for args in (["-o", str(tmp_path / "o.parquet")], ["--scheduler", "local"]):
        result = runner.invoke(app, [str(source), *args])
        assert result.exit_code == 1
        assert result.stderr.endswith("needs pyarrow: pip install 'summ[dask]'\n") or (
            result.stderr.endswith("needs distributed: pip install 'summ[dask]'\n"))
        assert len(result.stderr.splitlines()) == 1


def test_start_up_imports_no_corpus_engine() -> None:
    code = ("import sys; from summ.cli import app; import summ.corpus, summ.corpus.command; "
            "print(sorted({'dask', 'distributed', 'pyarrow', 'pandas', 'fsspec'} & "
            "set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


# --- resuming and interrupting ----------------------------------------------------------


def test_resume_skips_ids_in_the_output_and_adds_the_rest(tmp_path: Path) -> None:
    rows = make_rows(30)
    whole = tmp_path / "whole.jsonl"
    run_corpus([str(write_jsonl(tmp_path / "all.jsonl", rows))], OPTIONS, Fields(),
               output=whole, jobs=1, partition_rows=7)
    out = tmp_path / "out.jsonl"
    run_corpus([str(write_jsonl(tmp_path / "half.jsonl", rows[:12], bad_line=False))], OPTIONS,
               Fields(), output=out, jobs=1)
    counts = run_corpus([str(tmp_path / "all.jsonl")], OPTIONS, Fields(), output=out, jobs=1,
                        resume=True, partition_rows=7)
    assert counts.rows == 31 - 12
    assert out.read_bytes() == whole.read_bytes()
    again = run_corpus([str(tmp_path / "all.jsonl")], OPTIONS, Fields(), output=out, jobs=1,
                       resume=True)
    assert again.rows == 0
    assert out.read_bytes() == whole.read_bytes()


def test_resume_refuses_an_output_that_is_not_summs(runner: CliRunner, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", make_rows(3))
    out = tmp_path / "out.jsonl"
    out.write_text("hello\n", encoding="utf-8")
    result = runner.invoke(app, [str(source), "-o", str(out), "--resume"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: cannot resume from {out}: it is not summ's output")
    assert out.read_text(encoding="utf-8") == "hello\n"


def test_ctrl_c_leaves_whole_parts_and_resume_finishes(tmp_path: Path) -> None:
    rows = make_rows(240)
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    reference = tmp_path / "reference.jsonl"
    run_corpus([str(source)], OPTIONS, Fields(), output=reference, jobs=1)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    interrupt_after_two_parts(source, out, "-j", "2")
    out.unlink()  # the kept parts alone are what a resumed run starts from
    run_corpus([str(source)], OPTIONS, Fields(), output=out, jobs=2, resume=True)
    assert out.read_bytes() == reference.read_bytes()
    assert not (tmp_path / ".out.jsonl.parts").exists()


def interrupt_after_two_parts(source: Path, out: Path, *how: str) -> None:
    """Ctrl-C a ``summ`` run of 5-row parts once two parts are in; check what it leaves.

    ``out`` held "old\\n" before: it is untouched, and the parts kept are whole.
    """
    parts = out.parent / f".{out.name}.parts"
    command = [sys.executable, "-m", "summ", str(source), "-o", str(out), "-n", "2", *how]
    env = {**os.environ, "SUMM_PARTITION_ROWS": "5"}
    with subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True) as process:
        deadline = time.monotonic() + 60
        while not (parts.is_dir() and len(list(parts.iterdir())) >= 2):
            assert time.monotonic() < deadline
            assert process.poll() is None
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "add --resume to go on" in stderr
    assert "Traceback" not in stderr
    assert out.read_text(encoding="utf-8") == "old\n"  # untouched
    kept = sorted(parts.iterdir())
    assert all(p.suffix == ".jsonl" for p in kept)  # no temporary file left
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]
    for part in kept:
        lines = part.read_text(encoding="utf-8").splitlines(keepends=True)
        assert len(lines) == 5
        assert all(json.loads(line)["id"] for line in lines)


# --- progress and the partition function ------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counts_rows_rate_and_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm")
    stream = _Terminal()
    progress = RowProgress(stream=stream)
    progress.start()
    progress.advance(256, 1)
    assert "summarizing: 256 rows, " in stream.getvalue()
    assert "rows/s, 1 error" in stream.getvalue()
    progress.stop()
    assert stream.getvalue().endswith("\r\x1b[K")
    quiet = RowProgress(stream=io.StringIO())
    quiet.start()
    quiet.advance(1, 0)
    quiet.stop()
    assert quiet.stream.getvalue() == ""


def test_partition_function_on_pandas_arrow_and_lists() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    rows = make_rows(15)[5:15]
    expected = summarize_rows(rows, range(10), OPTIONS)
    assert summarize_partition(rows, OPTIONS) == expected  # a dask.bag partition
    # In a table a row without the field has it empty (null) rather than missing.
    tabled = summarize_rows(pa.Table.from_pylist(rows).to_pylist(), range(10), OPTIONS)
    assert [r["error"] for r in tabled if r != expected[tabled.index(r)]] == [
        "no text: field 'text' is empty"]
    frame = summarize_partition(pd.DataFrame(rows), OPTIONS)
    assert list(frame.columns) == list(partition_meta().columns)
    assert frame.to_dict("records") == tabled
    table = summarize_partition(pa.Table.from_pylist(rows), OPTIONS)
    assert table.to_pylist() == tabled
    numbered = summarize_partition(pd.DataFrame([{"body": article(2)}], index=[41]), OPTIONS)
    assert numbered["id"].tolist() == ["41"]


def test_file_sink_parts_are_named_by_run(tmp_path: Path) -> None:
    sink = FileSink(tmp_path / "o.jsonl", resume=False)
    sink.write(3, b'{"id": "a"}\n')
    assert [p.name for p in sink.parts.iterdir()] == ["0001-00000003.jsonl"]
    again = FileSink(tmp_path / "o.jsonl", resume=True)
    assert again.run == 2
    assert again.done_ids() == {"a"}
    assert FileSink(tmp_path / "o.jsonl", resume=False).done_ids() == set()
    assert not sink.parts.exists()


def test_fsspec_addresses_and_their_globs(tmp_path: Path) -> None:
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    rows = make_rows(6)
    for name, part in (("a", rows[:3]), ("b", rows[3:])):
        memory.pipe(f"/news/{name}.jsonl", "".join(json.dumps(r) + "\n" for r in part).encode())
    out = tmp_path / "out.jsonl"
    counts = run_corpus(["memory://news/*.jsonl"], OPTIONS, Fields(), output=out, jobs=1)
    assert counts.rows == 6
    assert [r["id"] for r in read_jsonl(out)] == [r["id"] for r in rows]
    with pytest.raises(InputError, match=r"cannot read memory://news/c\.jsonl"):
        run_corpus(["memory://news/c.jsonl"], OPTIONS, Fields(), output=out, jobs=1)
    with pytest.raises(InputError, match="no file matches"):
        run_corpus(["memory://none/*.jsonl"], OPTIONS, Fields(), output=out, jobs=1)


def test_ctrl_c_on_a_cluster_run_is_an_event_the_run_looks_at() -> None:
    """The first Ctrl-C only asks (a KeyboardInterrupt raised inside a Dask client's finalizer
    would be printed and ignored); the run raises where it waits. A second raises at once."""
    from summ.corpus.runner import _ctrl_c  # noqa: PLC0415

    with _ctrl_c() as interrupted:
        os.kill(os.getpid(), signal.SIGINT)
        assert interrupted.wait(5)
        with pytest.raises(KeyboardInterrupt):
            _interrupt_and_wait()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def _interrupt_and_wait() -> None:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)  # the handler raises during this sleep
