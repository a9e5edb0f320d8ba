"""Load stage, bytes → text: charset detection for pages and files, binary sniffing.

Order of evidence: byte-order mark, then *valid UTF-8* (Hindi news pages are very often
served as UTF-8 while the header or ``<meta>`` still says ISO-8859-1/windows-1252; text in
any other encoding is practically never valid UTF-8), then the HTTP charset, then
``<meta charset>`` / ``http-equiv``, then charset-normalizer. Pages that were already
double-encoded at the source (Devanagari shown as ``à¤•``) are repaired.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

import charset_normalizer

from verifier.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of formats people paste or link instead of an article.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/ODT/EPUB)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"(\xb5/\xfd", "zstd data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"\x7fELF", "executable"),
    (b"MZ\x90\x00", "executable"),
    (b"\x00asm", "WebAssembly"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)
_SNIFF_BYTES = 8192
_CONTROL = (
    frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20))
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I
)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{1,40})""")
_PARAM_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)

# WHATWG Encoding Standard: these labels mean windows-1252 (and friends) in browsers.
_WHATWG_ALIASES = {
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def bomless_utf16(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` reads as UTF-16 text without a
    byte-order mark, else ``None``.

    Text has spaces, digits and markup: in UTF-16 those are code units with one NUL byte,
    always on the same side (odd offsets for little-endian), while a binary file's NULs
    fall anywhere. And a text is in one or two scripts, so its high bytes take very few
    values (0x00 for ASCII, 0x09 for Devanagari, 0x20 for punctuation): three cover nearly
    all. The result must then decode to printable text.
    """
    head = data[:_SNIFF_BYTES]
    head = head[: len(head) // 2 * 2]
    units = len(head) // 2
    if units < 8:
        return None
    for codec, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        counts = Counter(high)
        common = sum(n for _, n in counts.most_common(3))
        if counts[0] * 20 >= units and common * 10 >= units * 9:
            return codec if _reads_as_text(head.decode(codec, errors="replace")) else None
    return None


def _reads_as_text(text: str) -> bool:
    """Nearly all printable or whitespace, no NUL: what a decoding of real text looks like
    (the last character may be cut by the sniffing window)."""
    if not text or "\x00" in text:
        return False
    odd = sum(1 for ch in text[:-1] if not (ch.isprintable() or ch.isspace()))
    return odd * 50 <= len(text)


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data`` ("PDF", "PNG image" …), or ``None`` for text.

    UTF-16/32 text is text, with a byte-order mark or without one (``bomless_utf16``).
    NUL bytes or many control bytes in the first 8 KB mean binary even without a known
    magic number.
    """
    head = data[:_SNIFF_BYTES]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[8:12] in (b"ftyp", b"WEBP") or head[4:8] == b"ftyp":
        return "media file"
    if b"\x00" in head:
        return None if bomless_utf16(head) else "binary data"
    controls = sum(1 for b in head if b in _CONTROL)
    if head and controls / len(head) > 0.05:
        return "binary data"
    return None


def is_binary(data: bytes) -> bool:
    """True when ``data`` is not text (known magic number, NUL bytes, control bytes)."""
    return sniff_binary(data) is not None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header value, if any."""
    if not content_type:
        return None
    match = _PARAM_CHARSET.search(content_type)
    return match.group(1) if match else None


def _canonical(label: str | None, *, from_meta: bool = False) -> str | None:
    """Python codec name for a declared charset label; ``None`` for unknown labels."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    if from_meta and name.startswith(("utf-16", "utf-32")):
        # A <meta> we could read as ASCII cannot be in UTF-16 (HTML spec: treat as UTF-8).
        return "utf-8"
    return _WHATWG_ALIASES.get(name, name)


def _declared_in_document(data: bytes) -> str | None:
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _ascii_compatible(codec: str) -> bool:
    return b"a<=>".decode(codec, errors="replace") == "a<=>"


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        if codec == "cp1252":
            # Browsers map the five bytes windows-1252 leaves undefined to C1 controls.
            return data.decode("latin-1")
        return None


def _wide(data: bytes, codec: str) -> str | None:
    """``data`` decoded with a declared UTF-16/32 ``codec``, or ``None`` when the bytes do
    not fit the declaration.

    Every UTF-32 character and every ASCII character in UTF-16 has a NUL byte, and a page
    always has some (spaces, markup): bytes without any NUL are not UTF-16/32, whatever the
    header says (a UTF-8 page served as ``charset=utf-16`` would decode to CJK-looking
    garbage without a single error). A declared ``utf-16`` without a BOM takes the byte
    order the bytes show.
    """
    if b"\x00" not in data:
        return None
    if codec == "utf-16":
        codec = bomless_utf16(data) or "utf-16-le"
    text = _try(data, codec)
    if text is None or not _reads_as_text(text[:_SNIFF_BYTES]):
        return None
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a cut or corrupted character) rather than another
    encoding: many valid multi-byte characters and under 1% replacement characters."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if multibyte >= 20 and bad * 100 <= multibyte:
        return text
    return None


# Double-encoded UTF-8: every 3-byte character read as windows-1252 becomes a lead letter
# à–ï followed by two characters that stand for bytes 0x80–0xBF.
_CONT_CHARS = "".join(
    sorted({bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)})
)
_MOJIBAKE = re.compile(f"(?:[\u00e0-\u00ef][{re.escape(_CONT_CHARS)}]{{2}})+")
_DEVANAGARI_MOJIBAKE = re.compile("\u00e0[\u00a4\u00a5]")


def _unmojibake_run(match: re.Match[str]) -> str:
    run = match.group(0)
    raw = bytearray()
    for ch in run:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            raw.append(ord(ch))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return run


def repair_mojibake(text: str) -> str:
    """Undo Devanagari that was UTF-8 decoded as windows-1252 and re-encoded
    (``à¤¨à¤®à¤¸à¥à¤¤à¥‡`` → ``नमस्ते``). Text without that signature is returned unchanged."""
    if len(_DEVANAGARI_MOJIBAKE.findall(text[:200_000])) < 3:
        return text
    return _MOJIBAKE.sub(_unmojibake_run, text)


def decode_document(data: bytes, content_type: str | None = None) -> str:
    """Decode a page or file to ``str`` (BOM removed); raises ``InputError`` if impossible.

    ``content_type`` is the HTTP Content-Type value (its ``charset`` is one piece of
    evidence, not the last word: see the module docstring).
    """
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(bom_codec)
            except UnicodeDecodeError:
                break  # a BOM followed by garbage: weigh the other evidence
    http_codec = _canonical(charset_from_content_type(content_type))
    # A UTF-16/32 declaration is the one case where valid UTF-8 is not the better guess
    # (UTF-16 of ASCII text is valid UTF-8 with NULs in it) — when the bytes fit it.
    if http_codec and not _ascii_compatible(http_codec):
        declared = _wide(data, http_codec)
        if declared is not None:
            return declared
    if b"\x00" in data[:_SNIFF_BYTES]:
        sniffed = bomless_utf16(data)
        if sniffed is not None:
            wide = _try(data, sniffed)
            if wide is not None:
                return wide
    try:
        return repair_mojibake(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return repair_mojibake(mostly)
    meta_codec = _canonical(_declared_in_document(data), from_meta=True)
    for codec in (http_codec, meta_codec, "detect"):
        if codec == "detect":  # last resort, and the slowest
            best = charset_normalizer.from_bytes(data[:1_000_000]).best()
            codec = best.encoding if best is not None else None
        if codec and codec != "utf-8":
            decoded = _try(data, codec)
            if decoded is not None:
                return repair_mojibake(decoded)
    raise InputError("cannot decode the text: not UTF-8 and no other character encoding fits")
