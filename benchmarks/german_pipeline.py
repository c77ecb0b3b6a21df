"""Words per second of Chronik's German linguistic layer, stage by stage (a benchmark, not a test).

    python benchmarks/german_pipeline.py [--articles 300] [--tagger model|hanta] [--processes 2] [--corpus FILE]
    python benchmarks/german_pipeline.py --tagger hanta --old-somajo     # the layer as it was before
    python benchmarks/german_pipeline.py --check-offsets --articles 1028

Reads real German news: the 10kGNAD test articles (``../shared/data/news-de/10kgnad-test.csv``, semicolon CSV,
quote character ``'``, text in column 1), or the bundled examples when ../shared is absent. Each article goes
through ``chronik.read_text`` as ``chronik run`` would read it, and the analysed segments are timed:

- ``somajo``: tokenisation and sentence split;
- ``tagger``: STTS tags of all sentences of a segment (the spaCy tagger in one ``nlp.pipe`` call);
- ``lemmas``: lemmas from word + tag (simplemma + rules), with separable particles re-attached;
- ``tag+lemma`` (``--tagger hanta``): HanTa's tags and lemmas, which it gives together;
- ``gazetteer``: the actor gazetteer's entities, one call per sentence;
- ``ner``: the German NER model (``german_ner.tag_batch``), one call per article;
- ``layer``: the German layer as Chronik runs it: ``analyse_article`` (SoMaJo + tags + lemmas + particles +
  gazetteer + the NER model over the article's sentences, all in ``GermanAnalyzer.sentences``);
- ``layer xN`` (with ``--processes N``): the same, with the articles split over N worker processes.

Words are SoMaJo's tokens (punctuation included), as in the NER model card. The layer is timed first; before it and
before each stage the caches are emptied and the models loaded again (a fresh analyzer, the lemma cache, the models'
vocabularies), so that no figure profits from words an earlier stage has seen. One article is analysed before the
clock starts; model loading is reported separately as start-up. Thread counts are as the environment sets them: run with
``OMP_NUM_THREADS=1`` to time one core. Nothing here is asserted: speed is measured in benchmarks only.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

GNAD = ROOT.parent / "shared" / "data" / "news-de" / "10kgnad-test.csv"


def load_articles(corpus: Path, n: int) -> list:
    import chronik

    if corpus.is_file():
        with open(corpus, encoding="utf-8") as fh:
            texts = [
                f" date 2016-05 {r[1]}" for r in csv.reader(fh, delimiter=";", quotechar="'") if len(r) > 1
            ]
        print(f"corpus: {corpus} ({len(texts)} articles, using {min(n, len(texts))})")
    else:
        from chronik.ingest import expand, read

        texts = [
            a.text for label, p in expand([ROOT / "examples"]) for a in read(label, p) if hasattr(a, "text")
        ]
        print(f"corpus: examples/ ({len(texts)} articles; ../shared not found)")
    texts = (texts * (n // max(len(texts), 1) + 1))[:n]
    arts = []
    for i, t in enumerate(texts):
        a = chronik.read_text(t, f"a{i}")
        a.status, a.language = "ok", "de"  # German news: language detection is not part of this layer
        arts.append(a)
    return arts


def regions(art) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in art.segments if s.analysed and s.end > s.start]


_OLD_SOMAJO = False


def fresh_analyzer(tagger: str):
    from chronik.nlp.german import GermanAnalyzer

    return GermanAnalyzer(tagger=tagger, fast_tokeniser=not _OLD_SOMAJO)


def report(name: str, words: int, seconds: float, total: float | None = None) -> None:
    share = f"  {seconds / total:5.1%} of the layer" if total else ""
    print(f"  {name:<10} {words / seconds:>10,.0f} words/s  ({seconds:6.2f} s){share}")


def check_offsets(arts: list) -> int:
    """Chronik's SoMaJo path (emoji scan skipped, offsets found by walking the text) against SoMaJo as it is."""
    from somajo import SoMaJo

    from chronik.nlp.german import GermanAnalyzer

    ours = GermanAnalyzer.__new__(GermanAnalyzer)  # the tokeniser only: no tagger needed
    ours._tokenizer = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True)
    from chronik.nlp.german import _skip_emoji_scan

    _skip_emoji_scan(ours._tokenizer)
    ours._aligning_tokenizer = None
    plain = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True)
    n = bad = 0
    for a in arts:
        for s, e in regions(a):
            got = [[(t.text, t.character_offset) for t in sent] for sent in ours.tokenise(a.text, s, e)]
            want = [[(t.text, t.character_offset) for t in sent if t.character_offset is not None]
                    for sent in plain.tokenize_text([a.text[s:e]])]  # fmt: skip
            want = [x for x in want if x]
            n += sum(len(x) for x in want)
            if got != want:
                bad += 1
                print(f"differs: {a.path} [{s}:{e}]")
    fallback = "used" if ours._aligning_tokenizer is not None else "not needed"
    print(f"{n:,} tokens in {len(arts)} articles; {bad} segments differ; SoMaJo's alignment {fallback}")
    return 1 if bad else 0


def cold(use_ner: bool) -> None:
    """Forget what earlier stages learnt about these articles' words: the lemma cache and the models' vocabularies
    (spaCy computes each word type's features once), then load the models again (not timed)."""
    from chronik.nlp import german_lemma, german_ner, german_tagger

    german_lemma.lemma.cache_clear()
    german_tagger.load_model.cache_clear()
    german_ner.load_model.cache_clear()
    if use_ner:
        german_ner.tag_batch([["Die", "Nato", "tagt", "."]])


def run_layer(arts: list, tagger: str, use_ner: bool, warm) -> tuple[float, int]:
    """Seconds and words for ``analyse_article`` (which runs the NER model too) per article, with a fresh
    analyzer."""
    import chronik.nlp as nlp_pkg
    from chronik.nlp import analyse_article, german_ner

    _ner_in_layer(use_ner)
    an = fresh_analyzer(tagger)
    orig = nlp_pkg.analyzer
    nlp_pkg.analyzer = lambda lang: an  # analyse_article uses this fresh analyzer
    try:
        analyse_article(warm)
        if use_ner:
            german_ner.tag_batch([["Die", "Nato", "tagt", "."]])
        t0 = time.perf_counter()
        words = 0
        for a in arts:
            sents = analyse_article(a)
            words += sum(len(s.tokens) for s in sents)
        return time.perf_counter() - t0, words
    finally:
        nlp_pkg.analyzer = orig


_WORKER: dict = {}


def _ner_in_layer(use_ner: bool) -> None:
    """The analyzer runs the NER model itself; ``--no-ner`` switches it off to time the layer without it."""
    if not use_ner:
        import chronik.nlp.german as german

        german._model_tags = lambda sentences: None


def _init_worker(tagger: str, use_ner: bool, warm) -> None:
    from chronik.nlp import german_ner

    _ner_in_layer(use_ner)
    _WORKER.update(tagger=tagger, use_ner=use_ner, warm=warm, an=fresh_analyzer(tagger))
    if use_ner:
        german_ner.tag_batch([["Die", "Nato", "tagt", "."]])


def _ready(_: int) -> None:
    time.sleep(0.5)  # long enough for every worker to take one: all have loaded their models


def _layer_chunk(arts: list) -> int:
    import chronik.nlp as nlp_pkg
    from chronik.nlp import analyse_article

    an = _WORKER["an"]
    nlp_pkg.analyzer = lambda lang: an
    words = 0
    for a in arts:
        sents = analyse_article(a)
        words += sum(len(s.tokens) for s in sents)
    return words


def run_layer_processes(arts: list, tagger: str, use_ner: bool, warm, processes: int) -> tuple[float, int]:
    """The layer in ``processes`` worker processes (spawned; one BLAS thread each), articles dealt in chunks of 10:
    how a runner that splits a corpus over the cores would run it. Model loading is not timed."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ctx.Pool(processes, initializer=_init_worker, initargs=(tagger, use_ner, warm)) as pool:
        pool.map(_ready, range(processes), chunksize=1)
        chunks = [arts[i : i + 10] for i in range(0, len(arts), 10)]
        t0 = time.perf_counter()
        words = sum(pool.imap_unordered(_layer_chunk, chunks))
        return time.perf_counter() - t0, words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=GNAD)
    ap.add_argument("--tagger", choices=["model", "hanta"], default="model",
                    help="the shipped spaCy tagger + simplemma lemmas (default), or HanTa (the old layer)")  # fmt: skip
    ap.add_argument("--no-ner", action="store_true", help="leave the NER model out of the layer figure")
    ap.add_argument("--old-somajo", action="store_true",
                    help="SoMaJo as Chronik ran it before (its own offset alignment and emoji scan); with "
                    "--tagger hanta this is the German layer before the tagger change")  # fmt: skip
    ap.add_argument("--check-offsets", action="store_true",
                    help="only check that the fast SoMaJo path gives SoMaJo's own tokens, sentences and offsets")  # fmt: skip
    ap.add_argument("--processes", type=int, default=1,
                    help="also time the layer in this many worker processes (one BLAS thread each)")  # fmt: skip
    args = ap.parse_args(argv)
    if args.processes > 1:  # one BLAS thread per process, set before numpy is imported
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
    if args.check_offsets:
        return check_offsets(load_articles(args.corpus, args.articles))
    global _OLD_SOMAJO
    _OLD_SOMAJO = args.old_somajo

    from chronik.nlp import german_ner
    from chronik.nlp.gazetteer_ner import gazetteer_entities
    from chronik.nlp.german import reattach_particles

    threads = {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS") if k in os.environ}
    print(
        f"tagger: {args.tagger}; SoMaJo: {'old' if args.old_somajo else 'fast'}; threads: {threads or 'as the libraries choose'}; cores: {os.cpu_count()}"
    )
    arts = load_articles(args.corpus, args.articles)
    warm = arts[0]

    # start-up: loading the models (once per process in Chronik)
    t0 = time.perf_counter()
    an = fresh_analyzer(args.tagger)
    an.sentences(warm.text, *regions(warm)[-1])
    t_an = time.perf_counter() - t0
    t0 = time.perf_counter()
    use_ner = not args.no_ner and german_ner.model_available()
    if use_ner:
        german_ner.tag_batch([["Die", "Nato", "tagt", "."]])
    t_ner = time.perf_counter() - t0
    gazetteer_entities(["Die", "Nato", "tagt", "."], "de")
    print(f"start-up: analyzer {t_an:.1f} s, NER model {t_ner:.1f} s")

    # ---- the whole layer as Chronik runs it, first and with cold caches
    cold(use_ner)
    t_layer, layer_words = run_layer(arts, args.tagger, use_ner, warm)

    # ---- SoMaJo
    an = fresh_analyzer(args.tagger)
    t0 = time.perf_counter()
    per_art: list[list[list[str]]] = []  # article → segment → sentences (words)
    per_seg = []
    for a in arts:
        segs = []
        for s, e in regions(a):
            sents = [[t.text for t in toks] for toks in an.tokenise(a.text, s, e)]
            segs.append(sents)
        per_seg.extend(segs)
        per_art.append([w for seg in segs for w in seg])
    t_somajo = time.perf_counter() - t0
    words = sum(len(w) for sents in per_art for w in sents)
    n_sents = sum(len(sents) for sents in per_art)
    print(f"{len(arts)} articles, {n_sents} sentences, {words:,} words\n")

    # ---- tags (one batch per segment, as GermanAnalyzer.sentences calls it), then lemmas + separable particles.
    # HanTa gives tags and lemmas in one go: its "tagger" figure includes its lemmas.
    cold(use_ner)
    an = fresh_analyzer(args.tagger)
    an.tag_sentences(per_seg[0][:1])
    t0 = time.perf_counter()
    if args.tagger == "hanta":
        for sents in per_seg:
            an.tag_sentences(sents)
        t_tag, t_lem = time.perf_counter() - t0, 0.0
    else:
        tags = [an.pos_tags(sents) for sents in per_seg]
        t_tag = time.perf_counter() - t0
        cold(use_ner)
        t0 = time.perf_counter()
        for sents, seg_tags in zip(per_seg, tags, strict=True):
            for w, tg in zip(sents, seg_tags, strict=True):
                reattach_particles(w, an.lemmatise(w, tg))
        t_lem = time.perf_counter() - t0

    # ---- gazetteer
    t0 = time.perf_counter()
    for sents in per_art:
        for w in sents:
            gazetteer_entities(w, "de")
    t_gaz = time.perf_counter() - t0

    # ---- NER model, one call per article
    t_nerm = 0.0
    if use_ner:
        cold(use_ner)
        t0 = time.perf_counter()
        for sents in per_art:
            german_ner.tag_batch(sents)
        t_nerm = time.perf_counter() - t0

    print("stage        words/s      time")
    report("somajo", words, t_somajo, t_layer)
    report("tagger" if t_lem else "tag+lemma", words, t_tag, t_layer)
    if t_lem:
        report("lemmas", words, t_lem, t_layer)
    report("gazetteer", words, t_gaz, t_layer)
    if use_ner:
        report("ner", words, t_nerm, t_layer)
    ner_note = " + NER tag_batch per article" if use_ner else " (no NER model)"
    print(f"\nGerman layer (analyse_article{ner_note}):")
    report("layer", layer_words, t_layer)
    if args.processes > 1:
        t_par, par_words = run_layer_processes(arts, args.tagger, use_ner, warm, args.processes)
        report(f"layer x{args.processes}", par_words, t_par)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
