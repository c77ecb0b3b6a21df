import pytest

from chronik.ingest.decode import NotText, decode, describe_binary


def test_utf8_plain_and_bom():
    assert decode("Grüße aus Kiew".encode()) == ("Grüße aus Kiew", "utf-8")
    text, enc = decode(b"\xef\xbb\xbf" + b"Moskau")
    assert text == "Moskau" and enc == "utf-8-sig"


def test_windows_1252_and_latin1_are_decoded():
    text = "Außenminister Lawrow äußerte sich „scharf“ über die Nato – und Kiew."
    got, enc = decode(text.encode("cp1252"))
    assert got == text
    assert enc != "utf-8"
    latin = "Grüße aus Österreich, sagte der Außenminister am Montag in Wien."
    got, _ = decode(latin.encode("latin-1"))
    assert got == latin


def test_utf16_with_bom():
    text = "Die Ukraine und Russland verhandeln in Istanbul."
    assert decode(text.encode("utf-16"))[0] == text


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"%PDF-1.7\n" + bytes(50), "PDF"),
        (b"PK\x03\x04" + bytes(50), "ZIP"),
        (bytes(range(256)) * 4, "NUL"),
    ],
)
def test_binary_is_refused_with_a_description(data, what):
    assert what in (describe_binary(data) or "")
    with pytest.raises(NotText, match=what):
        decode(data)
