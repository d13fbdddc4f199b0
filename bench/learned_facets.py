"""Would a learned layer over the profile analyser generalise to writers it has not seen?

Leave-one-writer-out over the labelled sets' dev splits only (set 1 ``dev``, ``dev2``, and the
three writers of ``dev3``; the test splits are never read): for each writer, one logistic
regression per term of a facet section is trained on the other writers' profiles and predicts
positive / negative / silent for the held-out writer's. Its features are the analyser's state
for that term, the analyser's states for every term of the section, the organisation kind and
the sentence encoder's vector of the whole description (the product's encoder, loaded offline).
The baseline, in the same run, is the analyser alone. F1 over (term, polarity) items, as in
``bench/extraction.py``.

    .venv/bin/python bench/learned_facets.py [--sections capabilities,modalities,scales,stages]

The rules were written from set 1's and set 2's dev errors, so the analyser's own figures on
those two writers are optimistic; the three set-3 writers are unseen by both.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from extraction import analyser_items, gold_items
from rich.console import Console
from rich.table import Table
from sklearn.linear_model import LogisticRegression

from matchmaker.embeddings.registry import get_encoder

DATA = Path(__file__).parent / "data"
SETS = ("independent", "independent2", "independent3")


def load_dev() -> list[dict]:
    rows = []
    for name in SETS:
        lines = (DATA / name / "facets.jsonl").read_text(encoding="utf-8").splitlines()
        rows += [row for row in map(json.loads, filter(None, lines)) if row["split"] == "dev"]
    return rows


def states(items: set, section: str, terms: list[str]) -> np.ndarray:
    """+1 positive, -1 negative, 0 silent, per term."""
    return np.array(
        [1 if (section, t, "positive") in items else -1 if (section, t, "negative") in items else 0 for t in terms]
    )


def f1(predicted: np.ndarray, gold: np.ndarray) -> tuple[int, int, int]:
    tp = int(((predicted == gold) & (gold != 0)).sum())
    fp = int(((predicted != 0) & (predicted != gold)).sum())
    fn = int(((gold != 0) & (predicted != gold)).sum())
    return tp, fp, fn


def score(counts: tuple[int, int, int]) -> float:
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", default="capabilities,modalities,scales,stages")
    args = parser.parse_args()
    rows = load_dev()
    writers = np.array([row["id"].split("-")[0] for row in rows])
    kinds = np.array([row.get("kind", row["id"].split("-")[1]) for row in rows])
    vectors = np.asarray(get_encoder("use").encode([row["text"] for row in rows]), dtype=np.float32)
    analysed = [analyser_items(row["text"]) for row in rows]
    gold = [gold_items(row) for row in rows]
    kind_onehot = (kinds[:, None] == np.array(sorted(set(kinds)))[None, :]).astype(float)
    table = Table(title=f"Leave-one-writer-out, dev splits only ({len(rows)} profiles): analyser / + learned layer")
    names = sorted(set(writers))
    for col in ["section", *(f"{w} (n={int((writers == w).sum())})" for w in names), "all"]:
        table.add_column(col, justify="left" if col == "section" else "right")
    for section in args.sections.split(","):
        terms = sorted({t for items in gold + analysed for (s, t, _) in items if s == section})
        rules = np.array([states(items, section, terms) for items in analysed])
        truth = np.array([states(items, section, terms) for items in gold])
        flags = np.hstack([rules == 1, rules == -1]).astype(float)
        cells, total = [], np.zeros(6, dtype=int)
        for held in names:
            train, test = writers != held, writers == held
            learned = rules[test].copy()
            for j in range(len(terms)):
                if len(set(truth[train, j])) < 2:
                    continue
                features = np.hstack([np.eye(3)[rules[:, j] + 1], flags, kind_onehot, 2.0 * vectors])
                model = LogisticRegression(C=0.5, max_iter=2000).fit(features[train], truth[train, j])
                learned[:, j] = model.predict(features[test])
            counts = np.array([*f1(rules[test], truth[test]), *f1(learned, truth[test])])
            total += counts
            cells.append(f"{score(tuple(counts[:3])):.3f} / {score(tuple(counts[3:])):.3f}")
        table.add_row(section, *cells, f"{score(tuple(total[:3])):.3f} / {score(tuple(total[3:])):.3f}")
    Console(width=160).print(table)


if __name__ == "__main__":
    main()
