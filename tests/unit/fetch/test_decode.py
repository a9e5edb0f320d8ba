"""Charset detection on the byte shapes Hindi news pages actually arrive in."""

from __future__ import annotations

import codecs

import pytest

from verifier.errors import InputError
from verifier.fetch.decode import decode_document, is_binary, repair_mojibake, sniff_binary

# Excerpt of a real article (Aaj Tak, 2018; via ../shared/data/real-articles rw-001):
# https://aajtak.intoday.in/story/piyush-goyal-attacks-p-chidambaram-and-rahul-gandhi-1-1000094.html
HINDI = (
    "केंद्रीय मंत्री ने ट्वीट किया कि मैं लॉ टॉपर हूं, पूरे देश में 2nd रैंक का CA रहा हूं, "
    "प्रोफेशनल चार्टड अकाउंटेट भी रहा हूं, इन्वेस्टमेंट बैंकर भी हूं इसलिए सलाह देने में सक्षम हूं."
)
PAGE = (
    f'<html><head><meta charset="utf-8"><title>x</title></head><body><p>{HINDI}</p></body></html>'
)


@pytest.mark.parametrize(
    "content_type",
    [
        "text/html; charset=ISO-8859-1",
        "text/html; charset=windows-1252",
        'text/html;charset="latin1"',
        "text/html; charset=us-ascii",
        "text/html",
        None,
    ],
)
def test_utf8_devanagari_wins_over_a_wrong_declared_charset(content_type: str | None) -> None:
    assert decode_document(PAGE.encode("utf-8"), content_type) == PAGE


def test_utf8_devanagari_wins_over_a_wrong_meta_charset() -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"')
    assert HINDI in decode_document(page.encode("utf-8"))


def test_a_few_broken_bytes_do_not_turn_a_utf8_page_into_mojibake() -> None:
    data = PAGE.encode("utf-8")
    cut = data.index("सलाह".encode()) + 1  # one byte into a Devanagari letter
    broken = data[:cut] + data[cut + 1 :]
    text = decode_document(broken, "text/html; charset=iso-8859-1")
    assert "केंद्रीय मंत्री ने ट्वीट किया" in text
    assert text.count("\ufffd") == 1


def test_a_latin1_page_declared_as_such_is_decoded_with_it() -> None:
    german = "<p>Grüße aus München – „Zitat“</p>"
    assert decode_document(german.encode("cp1252"), "text/html; charset=iso-8859-1") == german


def test_meta_http_equiv_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "</head><body>Министр иностранных дел заявил</body></html>"
    )
    assert decode_document(page.encode("cp1251")) == page


def test_undeclared_legacy_text_is_detected() -> None:
    text = "Министр иностранных дел России заявил журналистам, что переговоры продолжаются."
    assert decode_document(text.encode("cp1251")) == text


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_a_byte_order_mark_decides_and_is_removed(codec: str) -> None:
    assert decode_document(HINDI.encode(codec)) == HINDI


def test_utf16_declared_in_the_header_without_a_bom() -> None:
    assert decode_document(HINDI.encode("utf-16-le"), "text/plain; charset=utf-16le") == HINDI


def test_double_encoded_devanagari_is_repaired() -> None:
    mojibake = "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in HINDI.encode("utf-8")
    )
    assert mojibake.startswith("à¤•à¥‡")
    assert repair_mojibake(mojibake) == HINDI
    assert decode_document(mojibake.encode("utf-8")) == HINDI


def test_latin_text_with_accents_is_not_mistaken_for_mojibake() -> None:
    text = "À la carte: café, naïve, àpropos"
    assert repair_mojibake(text) == text


def test_undecodable_bytes_are_one_clear_input_error() -> None:
    with pytest.raises(InputError) as caught:
        decode_document(bytes(range(0x80, 0x100)) * 8)
    assert str(caught.value) == (
        "cannot decode the text: not UTF-8 and no other character encoding fits"
    )


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive (or DOCX/ODT/EPUB)"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip data"),
        (b"some text\x00with a NUL", "binary data"),
        (bytes(range(1, 9)) * 100, "binary data"),
    ],
)
def test_binary_formats_are_named(data: bytes, kind: str) -> None:
    assert sniff_binary(data) == kind
    assert is_binary(data)


@pytest.mark.parametrize(
    "data",
    [PAGE.encode("utf-8"), HINDI.encode("utf-16"), b"plain\ttext\r\nwith tabs\x0c"],
)
def test_text_is_not_binary(data: bytes) -> None:
    assert not is_binary(data)


def test_bom_constants_cover_utf32_before_utf16() -> None:
    # UTF-32 LE's BOM starts with UTF-16 LE's: the longer one must win.
    data = codecs.BOM_UTF32_LE + "हिंदी".encode("utf-32-le")
    assert decode_document(data) == "हिंदी"


# -- a declared charset the bytes do not fit; UTF-16 without a byte-order mark ------------


@pytest.mark.parametrize("declared", ["utf-16", "utf-16le", "UTF-16BE", "utf-32"])
@pytest.mark.parametrize("pad", ["", " "])
def test_utf8_page_declared_as_utf16_or_32_is_read_as_utf8(declared: str, pad: str) -> None:
    # An even number of bytes decoded as declared gives CJK-looking text without one error.
    page = PAGE + pad
    assert decode_document(page.encode("utf-8"), f"text/html; charset={declared}") == page


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [HINDI, PAGE], ids=["text", "page"])
def test_utf16_without_a_bom_is_text_and_is_read(codec: str, text: str) -> None:
    data = text.encode(codec)
    assert sniff_binary(data) is None
    assert decode_document(data) == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_declared_without_byte_order_takes_the_order_of_the_bytes(codec: str) -> None:
    assert decode_document(PAGE.encode(codec), "text/html; charset=utf-16") == PAGE


@pytest.mark.parametrize(
    "data",
    [
        b"some text\x00with a NUL in the middle of it",
        bytes(range(256)) * 4,
        b"\x00\x01\x02\x03" * 100,
    ],
)
def test_nul_bytes_that_are_not_utf16_stay_binary(data: bytes) -> None:
    assert sniff_binary(data) == "binary data"
