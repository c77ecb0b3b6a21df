from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.ingest.layout import layout_body, parse_byline_date, parse_text
from tests.conftest import DATED_TEXT, UNDATED_TEXT


def kinds(text, lay):
    return [(s.kind, s.reason, text[s.start : s.end]) for s in lay.segments]


def test_date_header_glued_to_first_paragraph():
    lay = parse_text(DATED_TEXT)
    segs = kinds(DATED_TEXT, lay)
    assert lay.header_date == "2022-03"
    assert segs[0] == ("date_header", None, "date 2022-03")
    assert segs[1][0] == "body" and segs[1][2].startswith("Bundeskanzler Olaf Scholz")
    assert lay.title is None


def test_byline_refines_and_is_excluded():
    lay = parse_text(DATED_TEXT)
    assert str(lay.byline_date) == "2022-03-15"
    assert lay.byline == "dpa, AFP, red, 15.03.2022"
    segs = kinds(DATED_TEXT, lay)
    assert ("byline", None, "(dpa, AFP, red, 15.03.2022)") in segs
    assert ("body", None, "Die Nato verlegte Truppen nach Polen.") in segs


def test_paywall_is_boilerplate_and_heading_is_kept():
    segs = kinds(DATED_TEXT, parse_text(DATED_TEXT))
    assert ("boilerplate", "paywall", "ePaper jetzt 4 Wochen gratis testen. Ich bin bereits Abonnent") in segs
    assert ("heading", None, "Nächste Schritte") in segs


def test_image_title_outlet_header():
    lay = parse_text(UNDATED_TEXT)
    assert lay.image_url == "https://example.org/img/1.jpg"
    assert lay.title == "Putin empfängt Macron im Kreml"
    assert lay.outlet == "Testblatt"
    assert lay.header_date is None and lay.byline_date is None
    assert [s.kind for s in lay.segments] == ["image", "title", "outlet", "body"]


def test_caption_credit_is_cut_but_caption_kept():
    text = " date 2021-12 Im Juni trafen sich Putin und Biden in Genf. Foto: AP/Max Muster\n\nWashington – Der Text geht weiter mit mehr als zwanzig Zeichen."
    segs = kinds(text, parse_text(text))
    assert ("caption", None, "Im Juni trafen sich Putin und Biden in Genf.") in segs
    assert ("boilerplate", "photo_credit", "Foto: AP/Max Muster") in segs
    assert ("dateline", None, "Washington – ") in segs


def test_consent_and_teaser_lines():
    text = (
        "Erster Absatz mit genug Text, damit er ein Absatz ist.\n"
        "Mehr zum Thema 🛂 NATO: Russland verlegte Soldaten\n"
        "Sobald Sie das Video laden, werden Daten übertragen. Zustimmen und Abspielen\n"
        "📽 Video | Kritik an Truppenaufmarsch\n"
        "Letzter Absatz mit genug Text, damit er ein Absatz ist.\n"
    )
    reasons = [s.reason for s in layout_body(text).segments if s.kind == "boilerplate"]
    assert reasons == ["teaser", "video_consent", "video_teaser"]


def test_byline_date_formats():
    assert str(parse_byline_date("Reuters, APA, red, 29.12.2021")) == "2021-12-29"
    assert str(parse_byline_date("dpa, 3. März 2022")) == "2022-03-03"
    assert parse_byline_date("dpa/afp/red") is None
    assert parse_byline_date("dpa, 31.02.2022") is None
    assert str(parse_byline_date("By our correspondent | Vilnius | July 12, 2023")) == "2023-07-12"


def test_a_byline_line_under_the_title_dates_a_month_only_header():
    text = (
        " date 2022-06 Scholz, Macron und Draghi in Kiew\nSpree-Depesche\n"
        "Von unserem Korrespondenten, Kiew, 16.06.2022\n\n"
        "Kiew – Die drei Regierungschefs sind am Donnerstagmorgen in Kiew eingetroffen. (mit Material von dpa)"
    )
    lay = parse_text(text)
    assert str(lay.byline_date) == "2022-06-16"  # the closing "(mit Material von dpa)" carries no date
    assert ("byline", None, "Von unserem Korrespondenten, Kiew, 16.06.2022") in kinds(text, lay)
    # a sentence that names a day is body text
    text = " date 2022-06 Titelzeile\nAm 16.06.2022 reisten die drei Regierungschefs gemeinsam nach Kiew weiter.\n"
    assert parse_text(text).byline_date is None


def test_windows_line_endings_keep_offsets():
    text = " date 2022-02 Erster Absatz über Gespräche in Moskau.\r\n\r\nZweiter Absatz über die Nato.\r\n"
    lay = parse_text(text)
    for s in lay.segments:
        assert "\r" not in text[s.start : s.end]
    assert [text[s.start : s.end] for s in lay.segments if s.kind == "body"] == [
        "Erster Absatz über Gespräche in Moskau.",
        "Zweiter Absatz über die Nato.",
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_layout_never_fails_and_segments_are_ordered_spans(text):
    lay = parse_text(text)
    prev_end = 0
    for s in lay.segments:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.start >= prev_end, "segments overlap"
        prev_end = s.end


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Absatz eins.", "Titelzeile", "(dpa)", "Foto: AP", "date 2022-01 x", "", " ", "\t"]),
        max_size=12,
    ),
    st.sampled_from(["\n", "\r\n", "\n\n"]),
)
def test_layout_on_structured_noise(lines, sep):
    text = sep.join(lines)
    lay = parse_text(text)
    covered = sum(s.end - s.start for s in lay.segments)
    assert covered <= len(text)
    # every non-blank line of the text is covered by some segment: nothing is silently dropped
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line.strip():
            assert any(s.start < b and a < s.end for s in lay.segments), line
