"""Time expressions against TIMEX2 gold data in the ACE/TERN layout (WikiWarsDE, WikiWars).

The corpus folder holds ``in/*.sgm`` (the texts: ``<DOC>``, ``<DOCID>``, ``<DATETIME>``, ``<TEXT>``), ``key/*.apf.xml``
(standoff TIMEX2 annotations; offsets are UTF-8 *byte* offsets into the document with its SGML tags removed, END
inclusive) and ``keyinline/*.key.xml`` (the same annotations inline, with all attributes). :func:`read_corpus`
takes the extents from ``key/`` and the values (``val``, ``mod``) from ``keyinline/``, and checks that both agree
with the text; the APF files of WikiWarsDE repeat the ``VAL`` attribute when an annotation has an anchor, so the
inline value is the reliable one. The ``<DATETIME>`` annotation (the document creation time) is not scored.

Scoring, per document and summed over documents:

- **extraction**, *relaxed*: a prediction matches a gold expression when their spans overlap (one-to-one, largest
  overlap first); *strict*: the spans are identical. Precision, recall and F1 of each.
- **normalisation**: on the relaxed matches, *value accuracy* is the share whose value equals the gold ``val``
  (TIMEX2 values compared as strings after upper-casing and padding years before Christ to four digits:
  ``BC490`` = ``BC0490``). *Value F1* counts a prediction as right only when it matches *and* has the right value
  (value P = right values / predictions, value R = right values / gold expressions), so a system cannot raise its
  accuracy by leaving hard expressions out.

WikiWarsDE is a set of narratives (Wikipedia articles); its DATETIME is the download time, not a publication date,
so Chronik runs in narrative mode (``reference=None``) unless ``use_dct=True``.

Chronik's rules were developed on half of the documents (:data:`DEV_DOCS`, fixed by name); the other half is
reported separately as *held-out*.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: The documents the rules were developed on (every other WikiWarsDE document by number, starting with 01). All
#: other documents — those distributed and those the maintainers hold back — are held out.
DEV_DOCS: frozenset[str] = frozenset(
    {
        "01_WW2",
        "05_VietnamWar",
        "09_GrecoPersian",
        "13_RussianCivWar",
        "17_AlgerianWar",
        "21_NigerianCivilWar",
    }
)

#: A system: the document text (and its creation time, ``YYYY-MM-DD`` or None) → predicted (start, end, value).
System = Callable[[str, str | None], list[tuple[int, int, str | None]]]


@dataclass(slots=True)
class GoldTimex:
    start: int  #: character offset into Document.text
    end: int  #: exclusive
    text: str
    val: str | None
    mod: str | None = None


@dataclass(slots=True)
class Document:
    doc_id: str
    text: str  #: the content of <TEXT>, exactly
    dct: str | None  #: the <DATETIME> as YYYY-MM-DD, or None
    gold: list[GoldTimex]
    warnings: list[str] = field(default_factory=list)

    @property
    def split(self) -> str:
        return "dev" if self.doc_id in DEV_DOCS else "held-out"


@dataclass(slots=True)
class Counts:
    gold: int = 0
    pred: int = 0
    relaxed: int = 0  #: matched pairs (overlap)
    strict: int = 0  #: pairs with identical spans
    with_val: int = 0  #: relaxed matches whose gold has a value
    val_ok: int = 0  #: … and whose predicted value equals it

    def __iadd__(self, o: Counts) -> Counts:
        for k in ("gold", "pred", "relaxed", "strict", "with_val", "val_ok"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        return self

    @staticmethod
    def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed, self.pred, self.gold)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict, self.pred, self.gold)

    @property
    def value_accuracy(self) -> float:
        return self.val_ok / self.with_val if self.with_val else 0.0

    @property
    def value_prf(self) -> tuple[float, float, float]:
        return self._prf(self.val_ok, self.pred, self.gold)


@dataclass(slots=True)
class Mismatch:
    doc_id: str
    kind: str  #: missed | spurious | value
    text: str
    gold: str | None
    pred: str | None
    context: str


@dataclass(slots=True)
class Report:
    system: str
    path: str
    per_doc: dict[str, Counts]
    splits: dict[str, str]
    errors: list[Mismatch]
    warnings: list[str]
    #: per document: gold index → (gold value, predicted value) of each relaxed match, to compare systems on the
    #: expressions both found
    matches: dict[str, dict[int, tuple[str | None, str | None]]] = field(default_factory=dict)

    def total(self, split: str | None = None) -> Counts:
        c = Counts()
        for d, k in self.per_doc.items():
            if split is None or self.splits[d] == split:
                c += k
        return c

    def lines(self, errors: int = 0) -> list[str]:
        """The printed report (see :func:`format_report`), ending with the summary line."""
        return format_report(self, show_errors=errors).splitlines()


# ----------------------------------------------------------------------------------------------------------------
# reading


_TAG = re.compile(r"<[^>]+>")


def read_corpus(path: str | Path) -> list[Document]:
    """All documents of a TERN-layout corpus folder (``in/``, ``key/``, ``keyinline/``), sorted by id."""
    root = Path(path)
    if not (root / "in").is_dir():
        raise FileNotFoundError(
            f"{root}: no 'in/' folder; expected a WikiWarsDE-style corpus (in/, key/, keyinline/)"
        )
    docs = [_read_document(root, sgm) for sgm in sorted((root / "in").glob("*.sgm"))]
    if not docs:
        raise FileNotFoundError(f"{root / 'in'}: no .sgm documents")
    return docs


def _read_document(root: Path, sgm: Path) -> Document:
    raw = sgm.read_text(encoding="utf-8")
    doc_id = _field(raw, "DOCID") or sgm.stem
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if not m:
        raise ValueError(f"{sgm}: no <TEXT> element")
    text = m.group(1)
    dct_m = re.search(r"\d{4}-\d{2}-\d{2}", _field(raw, "DATETIME") or "")
    stripped_before = _TAG.sub("", raw[: m.start(1)])  # the standoff offsets count text outside tags
    text_offset_bytes = len(stripped_before.encode("utf-8"))
    warnings: list[str] = []
    inline = _read_inline(root, doc_id, text, warnings)
    gold = _read_apf(root, doc_id, text, text_offset_bytes, inline, warnings)
    return Document(doc_id, text, dct_m.group(0) if dct_m else None, gold, warnings)


def _field(raw: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", raw, re.S)
    return _TAG.sub("", m.group(1)).strip() if m else None


def _read_inline(
    root: Path, doc_id: str, text: str, warnings: list[str]
) -> dict[tuple[int, int], dict[str, str]]:
    """(start, end) in Document.text → TIMEX2 attributes, from keyinline/ (nested annotations allowed)."""
    p = root / "keyinline" / f"{doc_id}.key.xml"
    if not p.exists():
        warnings.append(f"{doc_id}: no {p.name} in keyinline/; values from key/ only")
        return {}
    raw = p.read_text(encoding="utf-8")
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    body = m.group(1) if m else raw
    out: dict[tuple[int, int], dict[str, str]] = {}
    stack: list[tuple[int, dict[str, str]]] = []
    plain: list[str] = []
    pos = 0
    for tm in re.finditer(r"<(/?)TIMEX2([^>]*)>", body):
        chunk = _TAG.sub("", body[pos : tm.start()])
        plain.append(chunk)
        offset = sum(len(c) for c in plain)
        if tm.group(1):
            if stack:
                start, attrs = stack.pop()
                out[(start, offset)] = attrs
        else:
            attrs = {k.lower(): html.unescape(v) for k, v in re.findall(r'(\w+)="([^"]*)"', tm.group(2))}
            stack.append((offset, attrs))
        pos = tm.end()
    plain.append(_TAG.sub("", body[pos:]))
    if "".join(plain) != text:
        warnings.append(f"{doc_id}: keyinline text differs from in/ text; its values are matched by position")
    return out


def _read_apf(
    root: Path,
    doc_id: str,
    text: str,
    base: int,
    inline: dict[tuple[int, int], dict[str, str]],
    warnings: list[str],
) -> list[GoldTimex]:
    p = root / "key" / f"{doc_id}.key.apf.xml"
    if not p.exists():  # fall back to the inline annotations
        warnings.append(f"{doc_id}: no {p.name} in key/; extents from keyinline/")
        return sorted(
            (
                GoldTimex(a, b, text[a:b], at.get("val") or None, at.get("mod"))
                for (a, b), at in inline.items()
            ),
            key=lambda g: (g.start, g.end),
        )
    raw = p.read_text(encoding="utf-8")
    data = text.encode("utf-8")
    gold: list[GoldTimex] = []
    for tm in re.finditer(r"<timex2\b([^>]*)>(.*?)</timex2>", raw, re.S):
        vals = re.findall(r'VAL="([^"]*)"', tm.group(1))
        mod = re.search(r'MOD="([^"]*)"', tm.group(1))
        for cm in re.finditer(r'<charseq START="(\d+)" END="(\d+)">(.*?)</charseq>', tm.group(2), re.S):
            b0, b1 = int(cm.group(1)) - base, int(cm.group(2)) + 1 - base
            if b0 < 0:
                continue  # the DATETIME annotation, outside <TEXT>
            a = len(data[:b0].decode("utf-8", errors="ignore"))
            b = len(data[:b1].decode("utf-8", errors="ignore"))
            want = html.unescape(cm.group(3))
            if text[a:b] != want:
                warnings.append(
                    f"{doc_id}: extent {cm.group(1)}–{cm.group(2)} is {text[a:b]!r}, key says {want!r}"
                )
            at = inline.get((a, b))
            val = at.get("val") if at is not None else (vals[-1] if vals else None)
            gold.append(
                GoldTimex(
                    a, b, text[a:b], val or None, (at or {}).get("mod") or (mod.group(1) if mod else None)
                )
            )
    return sorted(gold, key=lambda g: (g.start, g.end))


# ----------------------------------------------------------------------------------------------------------------
# scoring


def canonical(value: str | None) -> str | None:
    """A TIMEX value in a form for comparison: upper case, BC years with four digits."""
    if not value:
        return None
    v = value.strip().upper()
    m = re.match(r"^BC(\d{1,4})(?=$|-)", v)
    if (
        m and len(m.group(1)) != 2 and len(m.group(1)) != 3
    ):  # BC0490; keep centuries (BC05) and decades (BC046)
        v = f"BC{int(m.group(1)):04d}" + v[m.end() :]
    return v


def score(
    doc: Document,
    predictions: Iterable[tuple[int, int, str | None]],
    errors: list[Mismatch] | None = None,
    matches: dict[int, tuple[str | None, str | None]] | None = None,
) -> Counts:
    """Counts for one document (see the module docstring); mismatches are appended to ``errors``, relaxed matches
    recorded in ``matches`` (gold index → (gold value, predicted value))."""
    preds = sorted(set(predictions))
    gold = doc.gold
    c = Counts(gold=len(gold), pred=len(preds))
    pairs = []
    for gi, g in enumerate(gold):
        for pi, (a, b, _) in enumerate(preds):
            ov = min(b, g.end) - max(a, g.start)
            if ov > 0:
                pairs.append((-ov, gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi))
    c.relaxed = len(matched)
    for gi, pi in matched:
        g, (a, b, v) = gold[gi], preds[pi]
        if matches is not None:
            matches[gi] = (g.val, v)
        if (a, b) == (g.start, g.end):
            c.strict += 1
        if g.val:
            c.with_val += 1
            if canonical(v) == canonical(g.val):
                c.val_ok += 1
            elif errors is not None:
                errors.append(
                    Mismatch(doc.doc_id, "value", doc.text[a:b], g.val, v, _context(doc.text, g.start, g.end))
                )
    if errors is not None:
        for gi, g in enumerate(gold):
            if gi not in used_g:
                errors.append(
                    Mismatch(doc.doc_id, "missed", g.text, g.val, None, _context(doc.text, g.start, g.end))
                )
        for pi, (a, b, v) in enumerate(preds):
            if pi not in used_p:
                errors.append(
                    Mismatch(doc.doc_id, "spurious", doc.text[a:b], None, v, _context(doc.text, a, b))
                )
    return c


def _context(text: str, a: int, b: int, width: int = 40) -> str:
    s = text[max(0, a - width) : a] + "[" + text[a:b] + "]" + text[b : b + width]
    return " ".join(s.split())


def chronik_system(language: str = "de", *, use_dct: bool = False) -> System:
    """Chronik's :func:`chronik.timex.resolve` as a system (narrative mode unless ``use_dct``)."""
    from chronik.timex import resolve

    def run(text: str, dct: str | None) -> list[tuple[int, int, str | None]]:
        ts = resolve(text, language=language, reference=dct if use_dct else None)
        return [(t.start, t.end, t.timex_value or t.value) for t in ts]

    return run


def evaluate(
    path: str | Path,
    *,
    system: System | None = None,
    name: str = "Chronik",
    language: str = "de",
    use_dct: bool = False,
    predictions: dict[str, list[tuple[int, int, str | None]]] | None = None,
) -> Report:
    """Score ``system`` (default: Chronik in narrative mode), or given ``predictions`` per document id, on a corpus."""
    docs = read_corpus(path)
    run = system or chronik_system(language, use_dct=use_dct)
    per_doc: dict[str, Counts] = {}
    errors: list[Mismatch] = []
    warnings: list[str] = []
    matches: dict[str, dict[int, tuple[str | None, str | None]]] = {}
    for d in docs:
        warnings.extend(d.warnings)
        preds = predictions.get(d.doc_id, []) if predictions is not None else run(d.text, d.dct)
        per_doc[d.doc_id] = score(d, preds, errors, matches.setdefault(d.doc_id, {}))
    return Report(name, str(path), per_doc, {d.doc_id: d.split for d in docs}, errors, warnings, matches)


def common_value_accuracy(a: Report, b: Report, split: str | None = None) -> tuple[int, int, int]:
    """(expressions both systems found that have a gold value, right values of ``a``, right values of ``b``):
    normalisation compared on the same expressions."""
    n = ok_a = ok_b = 0
    for doc, ma in a.matches.items():
        if split is not None and a.splits[doc] != split:
            continue
        mb = b.matches.get(doc, {})
        for gi, (gold, va) in ma.items():
            if gi not in mb or not gold:
                continue
            n += 1
            ok_a += canonical(va) == canonical(gold)
            ok_b += canonical(mb[gi][1]) == canonical(gold)
    return n, ok_a, ok_b


# ----------------------------------------------------------------------------------------------------------------
# printing


def _fmt(c: Counts) -> str:
    rp, rr, rf = c.relaxed_prf
    sp, sr, sf = c.strict_prf
    vf = c.value_prf[2]
    return (
        f"{c.gold:5d} {c.pred:5d}  {rp:5.3f} {rr:5.3f} {rf:5.3f}  {sp:5.3f} {sr:5.3f} {sf:5.3f}  "
        f"{c.value_accuracy:5.3f} ({c.val_ok}/{c.with_val})  {vf:5.3f}"
    )


HEADER = (
    f"{'document':<24} {'split':<8} {'gold':>5} {'pred':>5}  {'relaxed P/R/F1':<17}  {'strict P/R/F1':<17}  "
    f"{'value acc':<16} {'val F1'}"
)


def format_report(report: Report, *, show_errors: int = 0, split_errors: str = "dev") -> str:
    """The per-document table, totals for dev, held-out and all, optional errors, and one summary line."""
    lines = [f"{report.system} on {report.path}", HEADER]
    for d, c in report.per_doc.items():
        lines.append(f"{d:<24} {report.splits[d]:<8} {_fmt(c)}")
    lines.append("-" * len(HEADER))
    for split in ("dev", "held-out"):
        if split in report.splits.values():
            lines.append(f"{'total ' + split:<24} {'':<8} {_fmt(report.total(split))}")
    lines.append(f"{'total all':<24} {'':<8} {_fmt(report.total())}")
    if show_errors:
        shown = [
            e for e in report.errors if split_errors == "all" or report.splits.get(e.doc_id) == split_errors
        ]
        lines.append(f"errors ({split_errors}, first {show_errors} of {len(shown)}):")
        for e in shown[:show_errors]:
            lines.append(
                f"  {e.doc_id[:10]:<10} {e.kind:<8} gold={e.gold!s:<14} pred={e.pred!s:<14} {e.context}"
            )
    for w in report.warnings[:10]:
        lines.append(f"warning: {w}")
    lines.append(summary_line(report))
    return "\n".join(lines)


def summary_line(report: Report) -> str:
    """One line of figures (under 150 characters): all documents, then dev and held-out value accuracy and F1."""
    t = report.total()
    parts = [
        f"timex {report.system}: {len(report.per_doc)} docs, {t.gold} gold",
        f"F1 relaxed {t.relaxed_prf[2]:.3f} strict {t.strict_prf[2]:.3f}",
        f"value acc {t.value_accuracy:.3f} F1 {t.value_prf[2]:.3f}",
    ]
    for split in ("dev", "held-out"):
        if split in report.splits.values():
            s = report.total(split)
            parts.append(f"{split} acc {s.value_accuracy:.3f} F1 {s.value_prf[2]:.3f}")
    return " | ".join(parts)


def main(path: str | Path, *, errors: int = 0, use_dct: bool = False, error_split: str = "dev") -> Report:
    """Evaluate Chronik on ``path`` and print the report (the ``chronik eval timex`` command)."""
    report = evaluate(path, use_dct=use_dct)
    print(format_report(report, show_errors=errors, split_errors=error_split))
    return report


if __name__ == "__main__":  # pragma: no cover
    import sys

    main(
        sys.argv[1] if len(sys.argv) > 1 else "../shared/data/temporal/wikiwarsde",
        errors=int(sys.argv[2]) if len(sys.argv) > 2 else 0,
    )
