"""Inputs in every encoding a user's files come in, decoded to the same text."""

from __future__ import annotations

import codecs
import json
import os
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

from summ import EmptyDocumentError, InputError, sources, web
from summ.cli import app
from summ.models import Article
from summ.sources import bom_encoding, decode, load

if TYPE_CHECKING:
    from pathlib import Path

ENGLISH = (
    "Café prices rise\n\nThe café on Rue Saint-Honoré raised its prices by 10% on Monday. "
    "Customers said the “new menu” cost too much. The owner, José Müller, disagreed."
)
RUSSIAN = (
    "Цены выросли\n\nЦены на хлеб в Москве выросли на десять процентов за месяц. "
    "Покупатели недовольны новыми ценами. Магазины обещают скидки в декабре."
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ENGLISH, "utf-8"),
        (ENGLISH, "utf-8-sig"),
        (ENGLISH, "utf-16"),  # Python writes a BOM for "utf-16"
        (ENGLISH, "utf-32"),
        (ENGLISH.replace("“", '"').replace("”", '"'), "latin-1"),
        (ENGLISH, "cp1252"),
        (RUSSIAN, "cp1251"),
    ],
)
def test_encodings(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), "x") == text


def test_crlf_and_lone_cr_are_kept_as_given() -> None:
    assert decode(b"One.\r\nTwo.\rThree.", "x") == "One.\r\nTwo.\rThree."


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", EmptyDocumentError, "is empty"),
        (codecs.BOM_UTF8 + b"  \n", EmptyDocumentError, "is empty"),
        (b"\x00\x01\x02binary\x00", InputError, "looks like a binary file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 8, InputError, "looks like a binary file"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", InputError, "is not valid utf-16"),
    ],
)
def test_bad_bytes(data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        decode(data, "x")


def test_offsets_point_into_the_text_without_its_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + ENGLISH.encode())
    result = CliRunner().invoke(app, ["-f", "json", str(path)])
    data = json.loads(result.stdout)
    for item in data["summary"] + data["figures"] + data["quotes"]:
        assert ENGLISH[item["start"] : item["end"]] == item["text"]
    assert data["title"] == "Café prices rise"


def test_legacy_file_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(ENGLISH.encode("cp1252"))
    result = CliRunner().invoke(app, ["-f", "json", str(path)])
    assert result.exit_code == 0
    assert "José Müller" in result.stdout


PAGE = (
    "<div><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h2>Late trains"
    "</h2><p>Only 61% of trains ran on time in March, the regulator said on Friday.</p><p>The "
    "operator blamed the weather and a shortage of 300 drivers.</p></article></div>"
)


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_html_files_are_extracted_by_their_name(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_text(PAGE, encoding="utf-8")  # a fragment: no doctype, so the name decides
    article = load(str(path))
    assert article.meta.extracted
    assert article.source == str(path)
    assert "Only 61% of trains ran on time" in article.text
    assert "\n\nThe operator blamed" in article.text  # paragraphs stay apart
    assert "Home" not in article.text


def test_text_mentioning_html_stays_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    text = "# Notes\n\nA page starts with <!DOCTYPE html> and an <html> tag."
    path.write_text(text, encoding="utf-8")
    article = load(str(path))
    assert article.text == text
    assert not article.meta.extracted


def test_urls_are_fetched_and_only_urls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fetched: list[tuple[str, float | None]] = []

    def fake_fetch(url: str, *, timeout: float | None = None) -> Article:
        fetched.append((url, timeout))
        return Article("Fetched.", url)

    monkeypatch.setattr(web, "fetch", fake_fetch)
    load("HTTPS://news.example/a", timeout=3)
    load("http://news.example/b")
    assert fetched == [("HTTPS://news.example/a", 3), ("http://news.example/b", None)]
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        load("ftp://news.example/c")  # not a web address: a (missing) file name


def test_bom_encoding() -> None:
    assert bom_encoding(codecs.BOM_UTF8 + b"x") == "utf-8-sig"
    assert bom_encoding(codecs.BOM_UTF32_LE + b"x") == "utf-32"
    assert bom_encoding(codecs.BOM_UTF16_BE + b"x") == "utf-16"
    assert bom_encoding(b"plain") is None


def test_a_file_is_read_whole_up_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_BYTES", 10)
    exact, over = tmp_path / "exact.txt", tmp_path / "over.txt"
    exact.write_text("Ten bytes.", encoding="utf-8")
    over.write_text("Eleven byte", encoding="utf-8")
    assert load(str(exact)).text == "Ten bytes."
    with pytest.raises(InputError, match="larger than"):
        load(str(over))


def test_a_file_that_grew_after_its_size_was_asked_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.txt"
    path.write_text("The council met on Monday. It agreed a budget.", encoding="utf-8")
    real = os.fstat

    def smaller(fd: int) -> os.stat_result:
        stat = real(fd)
        return os.stat_result((*stat[:6], 3, *stat[7:]))  # st_size, as it was a moment ago

    monkeypatch.setattr(sources.os, "fstat", smaller)
    assert load(str(path)).text == "The council met on Monday. It agreed a budget."


def test_a_stream_without_a_size_is_still_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_BYTES", 10)
    reader, writer = os.pipe()
    os.write(writer, b"x" * 64)
    os.close(writer)
    with os.fdopen(reader, "rb") as handle:
        assert sources._read_bounded(handle) == b"x" * 11
