"""Loading, validating and indexing actor knowledge."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronik.dates import PartialDate
from chronik.resources import KnowledgeError, data_dir, load_yaml, user_paths

LANGS = ("de", "en")
ROLE_CODES = frozenset(
    [
        "head_of_state",
        "head_of_government",
        "vice_president",
        "crown_prince",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "finance_minister",
        "government_spokesperson",
        "foreign_ministry_spokesperson",
        "defence_ministry_spokesperson",
        "security_council_spokesperson",
        "national_security_advisor",
        "chief_of_general_staff",
        "ambassador",
        "secretary_general",
        "president",
        "commission_president",
        "council_president",
        "high_representative",
        "parliament_president",
        "director_general",
        "chair",
        "spokesperson",
        "official",
    ]
)
SECTORS = frozenset(
    [
        "government",
        "military",
        "legislature",
        "judiciary",
        "police",
        "intelligence",
        "party",
        "opposition",
        "rebel",
        "business",
        "media",
        "civil_society",
        "igo",
        "ngo",
        "religion",
    ]
)
#: CAMEO-style three-letter sector codes, used in ids of state actors such as RUSGOV, USAMIL.
SECTOR_CODES = {
    "government": "GOV", "military": "MIL", "legislature": "LEG", "judiciary": "JUD", "police": "COP",
    "intelligence": "SPY", "party": "PTY", "opposition": "OPP", "rebel": "REB", "business": "BUS", "media": "MED",
    "civil_society": "CVL", "igo": "IGO", "ngo": "NGO", "religion": "REL",
}  # fmt: skip
ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    country: str
    start: date | None
    end: date | None
    elected: date | None = None
    acting: bool = False
    to: str | None = None
    sector: str | None = None  #: where the office sets the sector (PETRARCH imports: ``official`` roles)

    def overlap(self, a: date, b: date) -> int:
        """Days of [a, b] (inclusive) during which the office was held."""
        lo = max(a, self.start or date.min)
        hi = min(b, self.end or date.max)
        return (hi - lo).days + 1 if lo <= hi else 0


@dataclass(slots=True)
class Actor:
    id: str
    kind: str
    name: str
    country: str | None
    sector: str | None
    aliases: dict[str, list[str]] = field(default_factory=dict)
    surnames: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    source: str = ""
    #: for a group without one home state: the states it holds ground in, in order of weight; the group counts as
    #: the one of them where the text has it act (see ``chronik.mentions``)
    operates_in: list[str] = field(default_factory=list)

    def roles_on(self, a: date, b: date | None = None) -> list[Role]:
        return [r for r in self.roles if r.overlap(a, b or a) > 0]


@dataclass(slots=True)
class Country:
    iso3: str
    iso2: str
    name: dict[str, str]
    names: dict[str, list[str]]
    adjectives: dict[str, list[str]]
    prefixes: list[str]
    capital: dict[str, str]
    metonyms: list[tuple[dict[str, list[str]], str]]  #: (names per language, sector)

    def display(self, lang: str = "en") -> str:
        return self.name.get(lang) or self.name.get("en") or self.iso3


@dataclass(slots=True)
class Organisation:
    code: str
    name: dict[str, str]
    names: dict[str, list[str]]
    prefixes: list[str]
    sector: str
    members: list[str]
    #: place names that stand for the organisation and win over the country's capital ("Brüssel" → EU)
    metonyms: dict[str, list[str]] = field(default_factory=dict)
    #: the organisation this one is a body of ("UN" for the Security Council), whose code is its actors' country
    parent: str | None = None
    #: words after a name that make it something else ("den Westen der Stadt" is a direction, not the West)
    not_before: frozenset[str] = frozenset()
    #: nouns that take the organisation up once an article has named it ("das Gericht", "the agency")
    taken_up: dict[str, list[str]] = field(default_factory=dict)

    @property
    def country(self) -> str:
        return self.parent or self.code


@dataclass(frozen=True, slots=True)
class Target:
    """What a surface form points to in the gazetteer."""

    kind: str  #: person surname country adjective people prefix metonym organisation role institution spokesperson
    #: counterpart modifier
    key: str  #: actor id, ISO3, organisation code, role code, institution key or modifier kind
    country: str | None = None  #: the country the word itself fixes
    default_country: str | None = None  #: the country assumed when the text names none
    sector: str | None = None
    #: an institution that acts only at home (police, courts): with no country named, the state where it acts
    local: bool = False
    #: words after the name that make it no mention of the target (an organisation's ``not_before``)
    not_before: frozenset[str] = frozenset()


def _d(value: Any, what: str, end: bool = False) -> date | None:
    if value is None or value == "":
        return None
    try:
        pd = PartialDate.parse(str(value))
    except ValueError as exc:
        raise KnowledgeError(f"{what}: {exc}") from exc
    return pd.end() if end else pd.start()


def _langs(value: Any, what: str) -> dict[str, list[str]]:
    if value is None:
        return {}
    if isinstance(value, list):
        return {"*": [str(v) for v in value]}
    if not isinstance(value, dict):
        raise KnowledgeError(f"{what}: expected a mapping of language → list of names")
    out = {}
    for lang, names in value.items():
        if isinstance(names, str):
            names = [names]
        out[str(lang)] = [str(n) for n in names or [] if str(n).strip()]
    return out


def de_noun_forms(word: str) -> set[str]:
    """Inflected forms of a German title or institution noun (over-generating is harmless here)."""
    forms = {word}
    if " " in word:
        return forms
    forms |= {word + "s", word + "es", word + "n", word + "en"}
    if word.endswith("in"):
        forms.add(word + "nen")
    if word.endswith("e"):
        forms.add(word + "n")
    return forms


def de_name_forms(name: str, adjectival: bool = False) -> set[str]:
    """A proper name and its inflected forms: genitive ("Putins", "Russlands", "Scholz'") and, for an adjective +
    noun name, the weak adjective forms ("Weißes Haus" → "Weiße Haus", "Weißen Hauses"; "Russische Föderation" →
    "Russischen Föderation"). ``adjectival`` is for names of places and institutions, never for people
    ("Peter Altmaier" must not become "Pete Altmaier")."""
    words = name.split()
    if adjectival and len(words) == 2 and words[0][:1].isupper() and words[0].endswith(("es", "er", "e")):
        adj, noun = words
        stem = adj[:-2] if adj.endswith(("es", "er")) else adj[:-1]
        forms = {name, f"{stem}e {noun}", f"{stem}en {noun}"}
        if adj.endswith(("es", "er")):
            forms |= {f"{stem}en {noun}es", f"{stem}en {noun}s"}
        return forms
    if name.endswith(("s", "z", "x", "ß")):
        return {name, name + "'", name + "’"}
    return {name, name + "s"}


#: Romanian letters written with a cedilla where the comma below is meant ("Chişinău" for "Chișinău"; Turkish
#: writes the cedilla: "Çavuşoğlu").
_COMMA_BELOW = str.maketrans({"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"})


def comma_below(word: str) -> str:
    """The word with a cedilla s or t written with the comma below, the Romanian spelling."""
    return word.translate(_COMMA_BELOW)


class KnowledgeBase:
    """All actor knowledge, indexed for matching token sequences and for finding office holders by date."""

    def __init__(self, paths: Iterable[Path] | None = None) -> None:
        self.actors: dict[str, Actor] = {}
        self.countries: dict[str, Country] = {}
        self.organisations: dict[str, Organisation] = {}
        self.files: list[str] = []
        self.surface: dict[str, dict[tuple[str, ...], list[Target]]] = {
            lang: defaultdict(list) for lang in LANGS
        }
        self.folded: dict[str, dict[tuple[str, ...], list[Target]]] = {
            lang: defaultdict(list) for lang in LANGS
        }
        #: per language: lower-cased first word of any indexed form → the longest form starting with it
        self.longest: dict[str, dict[str, int]] = {lang: {} for lang in LANGS}
        self.by_role: dict[tuple[str, str], list[tuple[Actor, Role]]] = defaultdict(list)
        self.spokesperson_of: dict[str, str] = {}
        #: (id, first file, later file) for every id defined twice; a later file replaces the earlier entry,
        #: which is how a user's file corrects a shipped one.
        self.redefined: list[tuple[str, str, str]] = []
        #: country → language → nouns for its people ("Ukrainer", "Serbs"), from demonym files
        self.demonyms: dict[str, dict[str, list[str]]] = {}
        self.max_len = 1
        self._load_all(paths)

    # -- loading -----------------------------------------------------------------------------------------------

    def _load_all(self, paths: Iterable[Path] | None) -> None:
        base = data_dir()
        shipped = [
            base / "actors" / f
            for f in (
                "countries.yaml",
                "demonyms.yaml",
                "organisations.yaml",
                "groups.yaml",
                "groups_world.yaml",
            )
        ]
        shipped += sorted((base / "actors" / "people").glob("*.yaml"))
        files = [p for p in shipped if p.exists()] + [*user_paths("CHRONIK_ACTORS"), *(paths or [])]
        for path in files:
            self.load_file(path)
        self._load_lexicon(base / "lexicon" / "roles.yaml")
        self.media: list[str] = []
        for path in [base / "outlets.yaml", *user_paths("CHRONIK_OUTLETS")]:
            self.media += [str(m) for m in load_yaml(path, "chronik-outlets/1").get("mention_names") or []]
        self._index()

    def load_file(self, path: Path) -> None:
        """Load one actor, country or organisation file (the schema key says which)."""
        doc = load_yaml(path)
        schema = str(doc.get("schema", ""))
        self.files.append(str(path))
        if schema.startswith("chronik-countries/"):
            for i, c in enumerate(doc.get("countries") or []):
                self._add_country(c, f"{path}: countries[{i}]")
        elif schema.startswith("chronik-demonyms/"):
            for iso3, forms in (doc.get("demonyms") or {}).items():
                self.demonyms[str(iso3).upper()] = _langs(forms, f"{path}: demonyms[{iso3}]")
        elif schema.startswith("chronik-organisations/"):
            for i, o in enumerate(doc.get("organisations") or []):
                self._add_org(o, f"{path}: organisations[{i}]")
        elif schema.startswith("chronik-actors/"):
            for i, a in enumerate(doc.get("actors") or []):
                self.add_actor(a, f"{path}: actors[{i}]", source=str(path))
        else:
            raise KnowledgeError(
                f"{path}: unknown schema {schema!r}; expected chronik-actors/1, chronik-countries/1 or "
                "chronik-organisations/1 (see docs/actor-schema.md)"
            )

    def _add_country(self, c: dict[str, Any], where: str) -> None:
        iso3 = str(c.get("iso3", "")).upper()
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise KnowledgeError(f"{where}: 'iso3' must be three letters, got {c.get('iso3')!r}")
        metonyms = []
        for m in c.get("metonyms") or []:
            names = _langs({k: v for k, v in m.items() if k in LANGS or k == "*"}, f"{where}: metonyms")
            metonyms.append((names, str(m.get("sector", "government"))))
        self.countries[iso3] = Country(
            iso3=iso3,
            iso2=str(c.get("iso2") or "").upper(),
            name={k: str(v) for k, v in (c.get("name") or {}).items()},
            names=_langs(c.get("names"), f"{where}: names"),
            adjectives=_langs(c.get("adjectives"), f"{where}: adjectives"),
            prefixes=[str(p) for p in c.get("prefixes") or []],
            capital={k: str(v) for k, v in (c.get("capital") or {}).items() if v},
            metonyms=metonyms,
        )

    def _add_org(self, o: dict[str, Any], where: str) -> None:
        code = str(o.get("code", "")).strip()
        if not code:
            raise KnowledgeError(f"{where}: an organisation needs a 'code'")
        self.organisations[code] = Organisation(
            code=code,
            name={k: str(v) for k, v in (o.get("name") or {}).items()},
            names=_langs(o.get("names"), f"{where}: names"),
            prefixes=[str(p) for p in o.get("prefixes") or []],
            sector=str(o.get("sector") or "igo"),
            members=[str(m) for m in o.get("members") or []],
            metonyms=_langs(o.get("metonyms"), f"{where}: metonyms"),
            parent=str(o["parent"]) if o.get("parent") else None,
            not_before=frozenset(str(w).lower() for w in o.get("not_before") or []),
            taken_up=_langs(o.get("taken_up"), f"{where}: taken_up"),
        )

    def add_actor(self, a: dict[str, Any], where: str, source: str = "") -> Actor:
        """Validate and add one actor record (the dict form of the YAML schema)."""
        aid = str(a.get("id", ""))
        if not _ID.match(aid):
            raise KnowledgeError(f"{where}: 'id' must be a lowercase slug, got {a.get('id')!r}")
        name = str(a.get("name") or "").strip()
        if not name:
            raise KnowledgeError(f"{where} ({aid}): 'name' is required")
        sector = a.get("sector")
        if sector is not None and sector not in SECTORS:
            raise KnowledgeError(
                f"{where} ({aid}): unknown sector {sector!r}; one of {', '.join(sorted(SECTORS))}"
            )
        roles = []
        for j, r in enumerate(a.get("roles") or []):
            rw = f"{where} ({aid}) roles[{j}]"
            if not isinstance(r, dict) or r.get("role") not in ROLE_CODES:
                raise KnowledgeError(f"{rw}: unknown role {r.get('role') if isinstance(r, dict) else r!r}")
            role = Role(
                role=str(r["role"]),
                country=str(r.get("country") or a.get("country") or ""),
                start=_d(r.get("start"), rw),
                end=_d(r.get("end"), rw, end=True),
                elected=_d(r.get("elected"), rw),
                acting=bool(r.get("acting", False)),
                to=r.get("to"),
                sector=r.get("sector"),
            )
            if role.start and role.end and role.end < role.start:
                raise KnowledgeError(f"{rw}: ends ({role.end}) before it starts ({role.start})")
            roles.append(role)
        surnames = a.get("surnames")
        if surnames is None and a.get("kind", "person") == "person":
            surnames = [name.split()[-1]]
        operates_in = [str(c) for c in a.get("operates_in") or []]
        if operates_in and a.get("country"):
            raise KnowledgeError(
                f"{where} ({aid}): 'operates_in' is for groups without a 'country'; give one"
            )
        actor = Actor(
            id=aid,
            kind=str(a.get("kind") or "person"),
            name=name,
            country=a.get("country"),
            sector=sector,
            aliases=_langs(a.get("aliases"), f"{where}: aliases"),
            surnames=[str(s) for s in surnames or []],
            roles=roles,
            source=source,
            operates_in=operates_in,
        )
        if aid in self.actors:
            self.redefined.append((aid, self.actors[aid].source, source))
        self.actors[aid] = actor
        return actor

    def _load_lexicon(self, path: Path) -> None:
        doc = load_yaml(path, "chronik-roles/1")
        self._lexicon = doc
        self.spokesperson_of = dict((doc.get("spokespersons") or {}).get("of") or {})
        #: per language: nouns for one member of an organisation ("dem Nato-Partner", "its NATO ally")
        self.member_nouns: dict[str, tuple[str, ...]] = {
            lang: tuple(str(w) for w in words) for lang, words in (doc.get("member_nouns") or {}).items()
        }
        #: per language: nouns that after a group's name in a compound name the group ("PKK-Kämpfer")
        self.group_members: dict[str, frozenset[str]] = {
            lang: frozenset(str(w) for w in words) for lang, words in (doc.get("group_members") or {}).items()
        }
        #: per language: forms of address and titles written before a surname ("Mr", "Herr", "Speaker")
        self.honorifics: dict[str, frozenset[str]] = {
            lang: frozenset(str(w) for w in words) for lang, words in (doc.get("honorifics") or {}).items()
        }
        #: per language: nouns that re-mention the last person named ("der CDU-Politiker")
        self.descriptors: dict[str, tuple[str, ...]] = {
            lang: tuple(str(w).lower() for w in words)
            for lang, words in (doc.get("descriptors") or {}).items()
        }

    # -- indexing ----------------------------------------------------------------------------------------------

    def _add(self, lang: str, form: str, target: Target, fold: bool = False, first: bool = False) -> None:
        """Index ``form``; ``first`` puts the target before those already indexed for it (it wins a tie)."""
        form = form.strip()
        if not form:
            return
        langs = LANGS if lang == "*" else (lang,)
        for lg in langs:
            key = _english_tokens(form) if lg == "en" else tuple(form.split())
            if fold:
                self.folded[lg][tuple(w.lower() for w in key)].append(target)
            else:
                self.surface[lg][key].insert(0 if first else len(self.surface[lg][key]), target)
            head = key[0].lower()
            self.longest[lg][head] = max(self.longest[lg].get(head, 0), len(key))
            self.max_len = max(self.max_len, len(key))

    def _add_names(self, names: dict[str, list[str]], target: Target, adjectival: bool = True) -> None:
        """Index names given per language, with their German inflected forms or English possessive."""
        for lang, ns in names.items():
            for n in ns:
                forms = de_name_forms(n, adjectival) if lang in ("de", "*") else {n, n + "'s"}
                for f in forms:
                    self._add(lang, f, target)

    def _index(self) -> None:
        for c in self.countries.values():
            self._add_names(c.names, Target("country", c.iso3, country=c.iso3))
            for lang, adjs in c.adjectives.items():
                t = Target("adjective", c.iso3, country=c.iso3)
                for adj in adjs:
                    for f in {adj + e for e in ADJ_ENDINGS} if lang == "de" else {adj}:
                        self._add(lang, f, t)
                        self._add(lang, f[:1].upper() + f[1:], t)
            for names, sector in c.metonyms:
                self._add_names(names, Target("metonym", c.iso3, country=c.iso3, sector=sector))
            people = Target("people", c.iso3, country=c.iso3)
            given = self.demonyms.get(c.iso3, {})
            # English plurals of adjectives in -an/-i are regular: Russians, Ukrainians, Israelis, Iraqis
            regular = [
                a + "s" for a in c.adjectives.get("en", []) if a.endswith(("an", "i")) and " " not in a
            ]
            for lang, forms in {**given, "en": given.get("en", []) + regular}.items():
                for f in dict.fromkeys(forms):
                    self._add(lang, f, people)
        for o in self.organisations.values():
            org = Target("organisation", o.code, country=o.country, sector=o.sector, not_before=o.not_before)
            self._add_names(o.names, org)
            for lang, names in o.metonyms.items():
                for n in names:
                    self._add(lang, n, Target("metonym", o.code, country=o.country), first=True)
        for a in self.actors.values():
            self._add_names(
                a.aliases, Target("person", a.id, country=a.country, sector=a.sector), adjectival=False
            )
            t = Target("surname", a.id, country=a.country, sector=a.sector)
            for s in a.surnames:
                for f in de_name_forms(s) | {s + "'s"}:
                    self._add("*", f, t)
            for r in a.roles:
                self.by_role[(r.role, r.country)].append((a, r))
        for name in self.media:
            self._add("*", name, Target("media", name, sector="media"))
        lex = self._lexicon
        for kind, key in (("role", "role"), ("institution", "key")):
            for entry in lex.get(f"{kind}s" if kind == "role" else "institutions") or []:
                t = Target(
                    kind,
                    entry[key],
                    country=entry.get("country"),
                    default_country=entry.get("default_country"),
                    sector=entry.get("sector"),
                    local=bool(entry.get("local")),
                )
                self._lexicon_words(entry, t)
        self._lexicon_words(lex.get("spokespersons") or {}, Target("spokesperson", "spokesperson"))
        self._lexicon_words(lex.get("counterparts") or {}, Target("counterpart", "counterpart"))
        for kind, words in (lex.get("modifiers") or {}).items():
            for lang, ws in words.items():
                for w in ws:
                    forms = {w + e for e in ADJ_ENDINGS} | {w[:1].upper() + w[1:] + e for e in ADJ_ENDINGS}
                    for f in forms if lang == "de" else {w}:
                        self._add(lang, f, Target("modifier", kind), fold=lang == "en")
        for key in self.by_role:
            self.by_role[key].sort(key=lambda ar: ar[1].start or date.min)

    def _lexicon_words(self, entry: dict[str, Any], target: Target) -> None:
        for w in entry.get("de") or []:
            for f in de_noun_forms(str(w)):
                self._add("de", f, target)
        for w in entry.get("en") or []:
            w = str(w)
            for f in (w, w + "s"):  # "president", "presidents"; "prime ministers"
                self._add("en", f, target, fold=True)

    # -- queries -----------------------------------------------------------------------------------------------

    def targets(self, words: tuple[str, ...], lang: str) -> list[Target]:
        """What the words point to: their exact spelling first, then the forms indexed case-folded."""
        return [
            *self.surface[lang].get(words, []),
            *self.folded[lang].get(tuple(w.lower() for w in words), []),
        ]

    def prefix_target(self, prefix: str, lang: str) -> Target | None:
        """The country or organisation a compound's first element stands for ("US" in "US-Präsident")."""
        p = prefix.rstrip("-")
        for c in self.countries.values():
            if p in c.prefixes or p == c.iso3:
                return Target("country", c.iso3, country=c.iso3)
        for o in self.organisations.values():
            if p in o.prefixes or p == o.code:
                return Target("organisation", o.code, country=o.country, sector=o.sector)
        for t in self.surface[lang].get((p,), []):
            if t.kind in ("country", "metonym", "organisation", "adjective"):
                return t
        return None

    def holders(
        self, role: str, country: str, when: PartialDate, modifier: str | None = None
    ) -> list[tuple[Actor, Role]]:
        """Who held ``role`` in ``country`` at ``when`` (the whole month/year if that is all we know).

        ``modifier`` "elected" finds the designated holder (elected, not yet in office); "former" the most recent
        holder whose term ended before ``when``. Results are ordered by how much of the period they cover.
        """
        a, b = when.start(), when.end()
        cands = self.by_role.get((role, country), [])
        if modifier == "elected":
            return [(x, r) for x, r in cands if r.elected and r.start and r.elected <= b and a < r.start]
        if modifier == "former":
            past = [(x, r) for x, r in cands if r.end and r.end < a]
            return sorted(past, key=lambda xr: xr[1].end or date.min, reverse=True)[:1]
        scored = [(r.overlap(a, b), x, r) for x, r in cands]
        scored = [s for s in scored if s[0] > 0]
        scored.sort(key=lambda s: (-s[0], s[2].acting))
        return [(x, r) for _, x, r in scored]

    def country_name(self, code: str | None, lang: str = "en") -> str | None:
        if code is None:
            return None
        if code in self.countries:
            return self.countries[code].display(lang)
        if code in self.organisations:
            o = self.organisations[code]
            return o.name.get(lang) or o.name.get("en") or code
        return code

    def state_actor(self, country: str, sector: str | None) -> tuple[str, str]:
        """(actor_id, display name) of a country's sector: ("RUSMIL", "Russia: military")."""
        name = self.country_name(country) or country
        if not sector:
            return country, name
        return f"{country}{SECTOR_CODES.get(sector, sector[:3].upper())}", f"{name}: {sector}"


_EN_HYPHEN = re.compile(r"(?<=\w)(-)(?=\w)")
_EN_POSSESSIVE = re.compile(r"('s|')$")


def _english_tokens(form: str) -> tuple[str, ...]:
    """A name as the English tokenizer splits it: at hyphens between letters, and before the "'s" or "'" of a
    word inside the name ("al-Qaeda" → al - Qaeda, "People's Liberation Army" → People 's Liberation Army), so
    that aliases match the tokens of English text. A possessive at the end of the name stays on it: the resolver
    reads "Kyiv 's" as Kyiv and what follows."""
    words = form.split()
    out: list[str] = []
    for k, word in enumerate(words):
        for part in _EN_HYPHEN.split(word):
            out += [p for p in _EN_POSSESSIVE.split(part) if p] if k < len(words) - 1 else [part]
    return tuple(p for p in out if p)


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The shared knowledge base: shipped files plus those named by ``CHRONIK_ACTORS``."""
    return KnowledgeBase()
