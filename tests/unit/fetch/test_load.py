"""Reading the inputs an editor passes: files, stdin, URLs (with a mock transport)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import httpx
import pytest

from verifier.errors import FetchError, InputError
from verifier.fetch.client import Fetcher, FetchSettings
from verifier.fetch.load import RawDocument, load_input, looks_like_html

# Excerpt of a real article (ABP Live; via ../shared/data/real-articles rw-003):
# https://abplive.com/news/world/if-i-die-under-mysterious-circumstances-buzz-over-elon-musks-tweet-2119257/amp
TEXT = (
    "एलन मस्क ने ट्वीट में लिखा, 'अगर रहस्यमय परिस्थितियों में मेरी मौत होती है तो यह काफी हद "
    "तक nice knowin ya होगा.\n"
)
EMBED = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">If I die under mysterious '
    "circumstances, it’s been nice knowin ya</p>&mdash; Elon Musk (@elonmusk) "
    '<a href="https://twitter.com/elonmusk/status/1523465632502906880">May 9, 2022</a></blockquote>'
)
MB = 1_000_000


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_a_text_file_is_read_as_text(tmp_path: Path) -> None:
    spec = write(tmp_path, "article.txt", TEXT.encode())
    doc = load_input(spec, fetcher=None, max_bytes=MB)
    assert doc == RawDocument(source=spec, text=TEXT, is_html=False)


def test_an_html_file_is_html_by_extension(tmp_path: Path) -> None:
    doc = load_input(write(tmp_path, "a.html", TEXT.encode()), fetcher=None, max_bytes=MB)
    assert doc.is_html


def test_a_pasted_embed_code_in_a_txt_file_is_sniffed_as_html(tmp_path: Path) -> None:
    doc = load_input(
        write(tmp_path, "paste.txt", (TEXT + EMBED).encode()), fetcher=None, max_bytes=MB
    )
    assert doc.is_html


def test_hindi_text_mentioning_a_tag_once_is_not_html() -> None:
    assert not looks_like_html("उन्होंने <p> टैग के बारे में लिखा".encode())
    assert looks_like_html(b"  <!DOCTYPE html><title>x</title>")


def test_stdin_is_read_when_the_spec_is_a_dash() -> None:
    doc = load_input("-", fetcher=None, stdin=io.BytesIO(EMBED.encode()), max_bytes=MB)
    assert doc.source == "<stdin>" and doc.is_html and "Elon Musk" in doc.text


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: str(p / "missing.txt"), "{spec}: file not found"),
        (lambda p: str(p), "{spec}: is a directory, not a file"),
        (lambda p: write(p, "empty.txt", b""), "{spec}: file is empty"),
        (lambda p: write(p, "blank.txt", b"  \n\t\n"), "{spec}: contains only whitespace"),
        (
            lambda p: write(p, "scan.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3"),
            "{spec}: looks like a binary file (PDF), not an article",
        ),
        (
            lambda p: write(p, "x.txt", bytes(range(0x80, 0x100)) * 3),
            "{spec}: cannot decode the text: not UTF-8 and no other character encoding fits",
        ),
        (
            lambda p: write(p, "huge.txt", b"a" * 2000),
            "{spec}: file is larger than 1000 bytes (2000 bytes)",
        ),
    ],
)
def test_unreadable_files_are_one_line_naming_the_file(
    tmp_path: Path, setup: object, message: str
) -> None:
    spec = setup(tmp_path)  # type: ignore[operator]
    with pytest.raises(InputError) as caught:
        load_input(spec, fetcher=None, max_bytes=1000)
    assert str(caught.value) == message.format(spec=spec)
    assert "\n" not in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_named_pipe_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load_input(str(fifo), fetcher=None, max_bytes=MB)


def test_stdin_larger_than_the_cap_is_refused() -> None:
    with pytest.raises(InputError, match=r"^<stdin>: input is larger than 10 bytes$"):
        load_input("-", fetcher=None, stdin=io.BytesIO(b"x" * 11), max_bytes=10)


def test_a_url_without_a_fetcher_is_a_fetch_error() -> None:
    with pytest.raises(FetchError, match="fetching URLs is not enabled"):
        load_input("https://news.example/a", fetcher=None, max_bytes=MB)


def test_other_url_schemes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"unsupported URL scheme 'ftp'"):
        load_input("ftp://news.example/a.html", fetcher=None, max_bytes=MB)


def test_a_url_is_fetched_decoded_and_typed_by_its_content_type() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/story"})
        body = ("<html><body>" + TEXT + "</body></html>").encode()
        return httpx.Response(
            200, content=body, headers={"Content-Type": "text/html; charset=iso-8859-1"}
        )

    fetcher = Fetcher(
        FetchSettings(),
        transport=httpx.MockTransport(handler),
        resolve=lambda host, port: ["93.184.216.34"],
    )
    doc = load_input("https://news.example/old", fetcher=fetcher, max_bytes=MB)
    assert doc.is_html and TEXT in doc.text
    assert doc.final_url == "https://news.example/story"
    assert doc.content_type == "text/html; charset=iso-8859-1"


def test_a_binary_download_behind_a_url_is_an_input_error() -> None:
    fetcher = Fetcher(
        FetchSettings(),
        transport=httpx.MockTransport(
            lambda r: httpx.Response(
                200, content=b"%PDF-1.5\n...", headers={"Content-Type": "text/plain"}
            )
        ),
        resolve=lambda host, port: ["93.184.216.34"],
    )
    with pytest.raises(
        InputError, match=r"^https://news.example/a.txt: looks like a binary file \(PDF\)"
    ):
        load_input("https://news.example/a.txt", fetcher=fetcher, max_bytes=MB)
