"""How far do two annotators agree under the same written rules, and where does the analyser stand?

A second annotator (a helper that read only ``bench/data/agreement/BRIEF.md``, set 3's rules and
the vocabulary's ids, and saw no labels, code or other set) labelled 60 dev descriptions drawn from
set 2 and set 3's three writers (``bench/data/agreement/labels.jsonl``; its own decisions in
``NOTES.md``). F1 per facet, with the writer's labels as the reference: the second annotator's, and
the analyser's on the same 60, in the same run. The first is the ceiling a rule reader can be
asked for on these sets; the gap between the two is the analyser's.

    .venv/bin/python bench/agreement.py
"""

from __future__ import annotations

import json
from pathlib import Path

from extraction import Scores, analyser_items, gold_items, row_keys, select
from rich.console import Console
from rich.table import Table

DATA = Path(__file__).parent / "data"


def main() -> None:
    second = {
        row["id"]: row
        for row in map(json.loads, filter(None, (DATA / "agreement" / "labels.jsonl").read_text("utf-8").splitlines()))
    }
    writers = {}
    for name in ("independent2", "independent3"):
        for row in map(json.loads, filter(None, (DATA / name / "facets.jsonl").read_text("utf-8").splitlines())):
            writers[row["id"]] = row
    pairs = {"annotator 2 vs writer": Scores(), "analyser vs writer": Scores()}
    for rid, labelled in second.items():
        row = writers[rid]
        gold = gold_items(row)
        other = gold_items(labelled)
        ours = {i for i in analyser_items(row["text"]) if i[0] in row["labels"]}
        for name, predicted in (("annotator 2 vs writer", other), ("analyser vs writer", ours)):
            for key in row_keys():
                pairs[name].add(key, row["lang"], select(gold, key), select(predicted, key))
            pairs[name].add("micro", row["lang"], gold, predicted)
    table = Table(title=f"Agreement with the writers' labels on {len(second)} dev descriptions (F1)")
    table.add_column("facet")
    table.add_column("support", justify="right")
    for name in pairs:
        table.add_column(name, justify="right")
    for key in [*row_keys(), "micro"]:
        scores = [pairs[name].get(key) for name in pairs]
        table.add_row(key, str(scores[0].support), *(f"{s.f1:.3f}" for s in scores))
    Console(width=120).print(table)


if __name__ == "__main__":
    main()
