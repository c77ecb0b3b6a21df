"""Import of PETRARCH / Phoenix / TABARI actor dictionaries into Chronik actor files.

The format: an entry line names the actor (words joined by ``_``, a trailing ``_`` meaning "exact word"), ``+``
lines add synonyms, and bracketed code lines give CAMEO codes, optionally date-ranged::

    VLADIMIR_PUTIN_  # CountryInfo.txt
    +PUTIN_
    +PRESIDENT_VLADIMIR_PUTIN_
        [RUSGOV 991231-080507]
        [RUSGOV >080508]
        [RUSELI]

A code is a three-letter country (``RUS``), optionally followed by sector codes (``GOV``, ``MIL``, ``ELI`` …).
``>YYMMDD`` means "from", ``<YYMMDD`` "until", ``YYMMDD-YYMMDD`` a range; two-digit years up to 30 are 20xx, the rest 19xx.

The dictionaries say *which country and sector* a person belonged to when, not which office they held, so each
date-ranged code becomes a Chronik role ``official`` with that country, sector and dates. The undated code (the
fallback PETRARCH uses outside every range) gives the actor's country and sector.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

_CODE = re.compile(r"\[\s*([A-Za-z~]{3,})\s*([<>]?\d{6}(?:-\d{6})?)?\s*\]")
_SECTORS = {
    "GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary", "COP": "police",
    "SPY": "intelligence", "PTY": "party", "OPP": "opposition", "REB": "rebel", "BUS": "business", "MED": "media",
    "CVL": "civil_society", "IGO": "igo", "NGO": "ngo", "REL": "religion", "ELI": None, "SPY ": "intelligence",
}  # fmt: skip


def _date(s: str) -> str:
    yy, mm, dd = int(s[:2]), s[2:4], s[4:6]
    year = 2000 + yy if yy <= 30 else 1900 + yy  # the dictionaries were frozen in 2014
    return f"{year:04d}-{mm}-{dd}"


def _phrase(raw: str) -> str:
    words = raw.strip().rstrip("_").replace("_", " ").split()
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in words)


def _slug(name: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "actor"


def parse(text: str) -> list[dict[str, Any]]:
    """Parse dictionary text into entries: {phrase, synonyms, codes: [(code, start, end)]}."""
    entries: list[dict[str, Any]] = []
    cur: dict[str, Any] | None = None
    in_comment = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if "<!--" in line:
            in_comment = "-->" not in line
            continue
        if in_comment:
            in_comment = "-->" not in line
            continue
        if not line.strip():
            continue
        stripped = line.strip()
        codes = [(m[1], m[2]) for m in _CODE.finditer(stripped)]
        head = _CODE.sub("", stripped).strip()
        if stripped.startswith("+") and cur is not None:
            cur["synonyms"].append(_phrase(head[1:]))
        elif head and not stripped.startswith("["):
            cur = {"phrase": _phrase(head), "synonyms": [], "codes": []}
            entries.append(cur)
        if cur is not None:
            for code, rng in codes:
                start = end = None
                if rng:
                    if rng.startswith(">"):
                        start = _date(rng[1:])
                    elif rng.startswith("<"):
                        end = _date(rng[1:])
                    elif "-" in rng:
                        a, b = rng.split("-")
                        start, end = _date(a), _date(b)
                cur["codes"].append((code.upper(), start, end))
    return entries


def to_actor(entry: dict[str, Any], language: str) -> dict[str, Any] | None:
    """One Chronik actor record from a parsed entry, or None if it has no country code."""
    codes = [c for c in entry["codes"] if not c[0].startswith("~") and len(c[0]) >= 3]
    if not codes or not entry["phrase"]:
        return None
    undated = [c for c in codes if not c[1] and not c[2]]
    main = (undated or codes)[-1][0]
    country = main[:3]
    sector = _SECTORS.get(main[3:6]) if len(main) >= 6 else None
    roles = []
    for code, start, end in codes:
        if start or end:
            role = {"role": "official", "country": code[:3], "start": start, "end": end}
            if _SECTORS.get(code[3:6]):
                role["sector"] = _SECTORS[code[3:6]]
            if start and end and end < start:
                continue  # an inverted range in the source: ignored rather than guessed
            roles.append({k: v for k, v in role.items() if v is not None})
    names = list(dict.fromkeys([entry["phrase"], *entry["synonyms"]]))
    rec: dict[str, Any] = {
        "id": _slug(entry["phrase"]),
        "kind": "person" if roles or sector is None else "group",
        "name": entry["phrase"],
        "aliases": {language: names},
        "surnames": [],
        "country": country,
    }
    if sector:
        rec["sector"] = sector
    if roles:
        rec["roles"] = roles
    return rec


def convert(source: Path, output: Path, *, language: str = "en") -> tuple[int, int]:
    """Convert a dictionary file to a Chronik actor file. Returns (actors written, entries skipped).

    Ids get the prefix ``petrarch-`` so that imported entries never replace the curated ones.
    """
    text = source.read_text(encoding="utf-8", errors="replace")
    actors: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    skipped = 0
    for entry in parse(text):
        rec = to_actor(entry, language)
        if rec is None:
            skipped += 1
            continue
        base = rec["id"] = f"petrarch-{rec['id']}"
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            rec["id"] = f"{base}-{seen[base]}"
        actors.append(rec)
    doc = {"schema": "chronik-actors/1", "source": str(source.name), "actors": actors}
    output.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return len(actors), skipped
