"""The event evaluation's matching of coded events to gold entries."""

from chronik.evaluation.events import Gold, score
from chronik.model import ActorRef, Event


def _event(
    kind: str, src: str, tgt: str | None, *, symmetric: bool = False, modality: str = "asserted"
) -> Event:
    def ref(c: str | None) -> ActorRef | None:
        return ActorRef(c, c, None, c, None) if c else None

    return Event(
        "e", "a", "a.txt", "en", kind, None, [], "040", 1.0, ref(src), ref(tgt), symmetric,
        "2023-10-18", "day", "text", None, modality, None,
    )  # fmt: skip


def _gold(kind: str, src: list[str], tgt: list[str | None], *, optional: bool = False, **kw) -> Gold:
    return Gold.from_dict(
        {"type": kind, "source": src, "target": tgt, "optional": optional, "note": kind, **kw}
    )


def test_an_event_that_fits_two_entries_goes_where_it_leaves_nothing_missed():
    summit = _gold("CONSULT", ["USA", "JOR"], ["JOR", "EGY", "USA"])  # the call-off summit accepts USA–EGY
    call = _gold("CONSULT", ["USA", "EGY"], ["EGY", "USA"])
    events = [
        _event("CONSULT", "USA", "EGY", symmetric=True),
        _event("CONSULT", "JOR", "USA", symmetric=True),
    ]
    res = score("a.txt", events, [summit, call])
    assert len(res.matched) == 2 and not res.missed and not res.extra


def test_matching_is_one_to_one_and_optional_entries_only_absorb_what_is_left():
    call = _gold("CONSULT", ["USA", "EGY"], ["EGY", "USA"])
    background = _gold("CONSULT", ["USA", "EGY"], ["EGY", "USA"], optional=True)
    events = [_event("CONSULT", "USA", "EGY", symmetric=True)] * 3
    res = score("a.txt", events, [background, call])
    assert len(res.matched) == 1 and res.optional_hits == 1 and len(res.extra) == 1


def test_pairs_that_agree_on_modality_are_preferred():
    said = _gold("ACCUSE", ["RUS"], ["UKR"], modality="asserted")
    heard = _gold("ACCUSE", ["RUS"], ["UKR"], modality="reported")
    events = [_event("ACCUSE", "RUS", "UKR", modality="reported"), _event("ACCUSE", "RUS", "UKR")]
    res = score("a.txt", events, [said, heard])
    assert all(e.modality in g.modality for g, e in res.matched) and len(res.matched) == 2


def test_two_equal_entries_are_two_events_to_find():
    # "Finland applied …" and "… and Sweden" may read the same once their notes are equal
    a, b = _gold("REQUEST", ["FIN"], ["NATO"]), _gold("REQUEST", ["FIN"], ["NATO"])
    res = score("a.txt", [_event("REQUEST", "FIN", "NATO"), _event("REQUEST", "FIN", "NATO")], [a, b])
    assert len(res.matched) == 2 and not res.missed


def test_optional_entries_are_matched_so_that_none_that_could_absorb_an_event_is_left_unused():
    # the accusation fits both optional entries; taken first by the wider one, the deployment would be an extra
    wide = Gold.from_dict(
        {"type": ["MOBILIZE", "ACCUSE"], "source": ["NATO", "RUS"], "target": [None, "NATO", "RUS"],
         "optional": True, "note": "either"}
    )  # fmt: skip
    narrow = _gold("ACCUSE", ["NATO"], ["RUS"], optional=True)
    events = [_event("ACCUSE", "NATO", "RUS"), _event("MOBILIZE", "NATO", "RUS")]
    res = score("a.txt", events, [wide, narrow])
    assert res.optional_hits == 2 and not res.extra
