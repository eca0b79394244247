"""Copies a benchmark run's results into docs/benchmarks.md (between the `results:begin` and
`results:end` markers; the text around them is kept) and its plot to docs/benchmarks-listing.png.

Usage (from the repository root, after scripts/bench/run.sh):
    python3 scripts/bench/update_docs.py [RESULTS_DIR]   (default target/bench)
or run the benchmark with BENCH_UPDATE_DOCS=1 scripts/bench/run.sh.
"""

import shutil
import sys
from pathlib import Path

BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"


def main() -> int:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "target/bench")
    doc = Path("docs/benchmarks.md")
    text = doc.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        print(f"update_docs.py: {doc} lacks the {BEGIN} / {END} markers", file=sys.stderr)
        return 1
    results = (src / "results.md").read_text(encoding="utf-8").strip()
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    doc.write_text(f"{head}{BEGIN}\n{results}\n{END}{tail}", encoding="utf-8")
    if (src / "listing.png").exists():
        shutil.copyfile(src / "listing.png", "docs/benchmarks-listing.png")
    print(f"update_docs.py: {doc} and docs/benchmarks-listing.png updated from {src}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
