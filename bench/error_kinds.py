"""Which of the profile analyser's errors recur across writers, before any rule is written for them.

For the given dev splits, every missed and every extra (section, term, polarity) item is counted
per writer (the id's first part: ``ind``, ``ind2``, ``ind3a`` ...), most writers first. A rule is
written for a kind of language only when its errors show in several writers: rules fitted to one
writer's phrasing moved that writer's dev split and not the held-out ones (issue 15).

    .venv/bin/python bench/error_kinds.py [--sets dev2,dev3,dev4] [--section capabilities] [--most 40]
        [--show TERM,...]

``--show`` prints the texts whose errors involve those terms (dev splits only: never a test split).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from extraction import analyser_items, load_set, score
from rich.console import Console
from rich.table import Table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="dev2,dev3,dev4")
    parser.add_argument("--section", default=None, help="one facet section (default: all)")
    parser.add_argument("--most", type=int, default=40)
    parser.add_argument("--show", default="", help="print the texts whose errors involve these terms")
    args = parser.parse_args()
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    if any(n.startswith("test") for n in names):
        parser.error("--sets: dev splits only; the test splits are run once, by bench/extraction.py")
    counts: dict[tuple[str, tuple[str, str, str]], Counter[str]] = defaultdict(Counter)
    shown = {t for t in args.show.split(",") if t}
    console = Console(width=160)
    for name in names:
        _, errors = score(load_set(name, "all"), analyser_items)
        for row, missed, extra in errors:
            writer = row["id"].split("-")[0]
            picked = []
            for what, items in (("missed", missed), ("extra", extra)):
                for item in items:
                    if args.section is None or item[0] == args.section:
                        counts[(what, item)][writer] += 1
                        picked.append((what, item))
            if shown and any(item[1] in shown for _, item in picked):
                console.print(f"[bold]{row['id']}[/] {row['text']}", highlight=False)
                for what, item in sorted(picked):
                    if item[1] in shown:
                        console.print(f"   {what}: {item[1]} {item[2]}", highlight=False)
    table = Table(title=f"Analyser errors by writer on {', '.join(names)}")
    for col in ("error", "section", "term", "polarity", "writers", "items", "by writer"):
        table.add_column(col, justify="right" if col in ("writers", "items") else "left")
    ranked = sorted(counts.items(), key=lambda kv: (-len(kv[1]), -sum(kv[1].values()), kv[0]))
    for (what, (section, term, polarity)), by in ranked[: args.most]:
        detail = ", ".join(f"{w} {n}" for w, n in sorted(by.items()))
        table.add_row(what, section, term, polarity, str(len(by)), str(sum(by.values())), detail)
    console.print(table)


if __name__ == "__main__":
    main()
