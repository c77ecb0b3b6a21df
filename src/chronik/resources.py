"""Loading the knowledge files that ship in ``chronik/data`` and the ones users add.

Knowledge (actors, countries, role words, boilerplate patterns, outlets) lives in YAML files, never in code. Each
file names its schema on its first key (``schema: chronik-actors/1``), so a wrong file is refused with a message that
says which file and what was expected.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

try:  # the C loader is ten times faster on the large actor files
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


class KnowledgeError(ValueError):
    """A knowledge file is missing, unreadable or does not follow its schema."""


def data_dir() -> Path:
    """The folder of the knowledge files shipped with the package."""
    return Path(str(resources.files("chronik") / "data"))


@lru_cache(maxsize=64)
def _load(path: str, mtime: float) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML: {exc}") from exc
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read it: {exc.strerror}") from exc


def load_yaml(path: str | Path, schema: str | None = None) -> dict[str, Any]:
    """Load a YAML knowledge file, checking its ``schema`` key when one is expected."""
    p = Path(path)
    try:
        mtime = p.stat().st_mtime
    except OSError as exc:
        raise KnowledgeError(f"{p}: cannot read it: {exc.strerror}") from exc
    doc = _load(str(p), mtime)
    if not isinstance(doc, dict):
        raise KnowledgeError(f"{p}: expected a mapping with a 'schema' key at the top")
    if schema is not None:
        found = doc.get("schema")
        if not isinstance(found, str) or found.split("/")[0] != schema.split("/")[0]:
            raise KnowledgeError(f"{p}: expected 'schema: {schema}', found {found!r}")
    return doc


def user_paths(env: str) -> list[Path]:
    """YAML files named by an environment variable (files or folders, separated by ``os.pathsep``)."""
    out: list[Path] = []
    for part in os.environ.get(env, "").split(os.pathsep):
        if not part:
            continue
        p = Path(part)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.suffix in (".yaml", ".yml")))
        else:
            out.append(p)
    return out
