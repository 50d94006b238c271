"""Inputs in every encoding a user's files come in, decoded to the same text."""

from __future__ import annotations

import codecs
import json
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

from summ import EmptyDocumentError, InputError
from summ.cli import app
from summ.sources import decode

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
