"""Where does the build process's memory grow with the corpus? Builds without parsing, stage by stage.

    .venv/bin/python benchmarks/bench_build_memory.py [--sizes 1000 20000]

`bench_scale.py` builds each corpus for real (a 20,000-article build takes about 25 minutes on 2 cores);
the workers' memory is the model's and does not grow, so what can grow is the build process: reading,
writing parts, the corpus stages, the final tables. This benchmark analyses FA-KES once (cached under the
temporary folder), then builds each scale corpus (make_scale_corpus.py rows) in one process with an engine
that hands back, for the i-th article, the analysis of FA-KES article i mod 783 with its ids re-keyed to
the new article. Its outputs are therefore not a real analysis of the replicas (offsets do not fit the
shifted texts): only the memory and the seconds of the build's own stages mean anything. It prints the
resident and peak memory (VmRSS, VmHWM of /proc/self/status) before and after each stage, one size per
fresh process.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

WORK = Path(tempfile.gettempdir()) / "aleppo-lens-build-memory"
ID_FIELDS = ("article_id", "figure_id", "part_of", "quote_id", "continues", "repeats", "estimate_of")


def memory() -> str:
    status = Path("/proc/self/status").read_text()
    field = lambda key: int(status.split(key + ":")[1].split()[0]) // 1024  # noqa: E731
    return f"resident {field('VmRSS'):>5} MB, peak {field('VmHWM'):>5} MB"


def fakes_analyses() -> list:
    """The analyses of FA-KES's kept articles, computed once (2 worker processes) and cached."""
    cache = WORK / "fakes-analyses.pickle"
    if not cache.exists():
        from pipeline.build import load_inputs
        from pipeline.local_engine import analyse_locally
        from pipeline.paths import FAKES_CSV

        articles, *_ = load_inputs([FAKES_CSV], progress=False)
        results = analyse_locally(articles, workers=2, geocode_online=False, progress=False)
        WORK.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps([r for r in results if hasattr(r, "entities")]))
    return pickle.loads(cache.read_bytes())


def rekeyed(analysis, article_id: str):
    """The analysis with every id that starts with its article's id moved to `article_id`."""
    old = analysis.article_id

    def moved(record):
        changes = {name: value.replace(old, article_id, 1) for name in ID_FIELDS
                   if isinstance(value := getattr(record, name, None), str)}
        return dataclasses.replace(record, **changes)

    return dataclasses.replace(
        analysis, article_id=article_id, entities=[moved(r) for r in analysis.entities],
        places=[moved(r) for r in analysis.places], casualties=[moved(r) for r in analysis.casualties],
        quotes=[moved(r) for r in analysis.quotes], failures=list(analysis.failures),
    )


def corpus_file(size: int) -> Path:
    """The scale corpus of `size` rows, written once by another process (its pandas frames stay there)."""
    path = WORK / f"corpus-{size}.csv"
    if not path.exists():
        code = (
            "import sys; sys.path[:0] = [sys.argv[1], sys.argv[1] + '/benchmarks']; import pandas as pd;"
            "from make_scale_corpus import replicate; from pipeline.paths import FAKES_CSV;"
            "rows = pd.read_csv(FAKES_CSV, encoding='latin-1', dtype={'unit_id': str});"
            "replicate(rows, int(sys.argv[2])).to_csv(sys.argv[3], index=False, encoding='utf-8')"
        )
        subprocess.run([sys.executable, "-c", code, str(ROOT), str(size), str(path)], check=True)
    return path


def watch_stages() -> None:
    """Print memory before and after the build's stages."""
    import pipeline.build as build
    import pipeline.corpus as corpus

    def watched(module, name):
        function = getattr(module, name)

        def run(*args, **kwargs):
            print(f"  before {name:<22} {memory()}", flush=True)
            result = function(*args, **kwargs)
            print(f"  after  {name:<22} {memory()}", flush=True)
            return result

        setattr(module, name, run)

    for name in ("load_inputs", "write_analysis_parts", "finish_staging"):
        watched(build, name)
    for name in ("write_incidents", "speaker_network_of_datasets"):
        watched(corpus, name)


def one_size(size: int) -> None:
    from pipeline.build import build

    analyses = fakes_analyses()
    corpus = corpus_file(size)
    watch_stages()

    def replaying(articles, *, workers, geocode_online, progress):
        for i, article in enumerate(articles):
            yield rekeyed(analyses[i % len(analyses)], article.article_id)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="build-memory-") as out:
        report = build([corpus], Path(out) / "datasets", workers=1, progress=False, analyse=replaying)
    timings = ", ".join(f"{k} {v:.1f} s" for k, v in report.timings.items())
    print(f"{size:,} rows ({report.n_articles:,} kept): {time.perf_counter() - started:.1f} s ({timings}); {memory()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000], help="corpus sizes, in rows")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in this process
    args = parser.parse_args()
    if args.one:
        one_size(args.one)
        return
    fakes_analyses()  # once, before the timed processes
    for size in args.sizes:
        subprocess.run([sys.executable, __file__, "--one", str(size)], check=True)


if __name__ == "__main__":
    main()
