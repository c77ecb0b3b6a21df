"""Bytes → text, with a clear verdict when the bytes are not text at all.

News files arrive as UTF-8, UTF-8 with a byte-order mark, Windows-1252 or Latin-1 (older Austrian and German
archives), occasionally UTF-16. We accept UTF-8 when it decodes cleanly, UTF-16 with its byte-order mark, and otherwise read the bytes as
Windows-1252 (a superset of Latin-1's printable characters), falling back to Latin-1 for the five bytes
Windows-1252 leaves undefined. A statistical detector (charset-normalizer) was tried and rejected: on short German
Latin-1 text it chose Mac Roman and turned "Grüße" into "Gr¸ﬂe". Files that are binary (images, PDFs, archives, executables) are refused with a
message that says what they look like.
"""

from __future__ import annotations

import codecs

#: Leading bytes of common binary formats, for a message that says what the file is.
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
    (b"SQLite format 3", "an SQLite database"),
    (b"RIFF", "a RIFF media file"),
    (b"PAR1", "a Parquet file"),
]


class NotText(ValueError):
    """The bytes are not text in any encoding we accept; ``str(exc)`` says why."""


def describe_binary(data: bytes) -> str | None:
    """Return what binary data looks like ("a PNG image"), or None if it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return "binary data (it contains NUL bytes)"
    # Many control characters other than tab/newline/formfeed: not text.
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.05:
        return "binary data (it is full of control characters)"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    Raises :class:`NotText` when the data is binary or no accepted encoding fits.
    """
    what = describe_binary(data)
    if what:
        raise NotText(f"this is {what}, not text")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise NotText(
                f"it starts with a UTF-16 mark but does not decode as UTF-16 ({exc.reason})"
            ) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte, so it is the last resort for 8-bit text.
        return data.decode("latin_1"), "latin_1"
