"""Profile understanding: precision, recall and F1 of the profile analyser, and its speed.

The labelled set (bench/data/extraction.jsonl) holds 212 fictional profiles, half Japanese, half
English, labelled by hand before the analyser was written: for each facet section the terms the
text states (positive: offers, focus, wants) and the terms it negates or excludes (negative).
Labelling rules: only what the text says (a range "seed to Series B" includes Series A; "phase 2
or later" is phase 2 only); sites are where the organisation operates (for a VC: its geographic
focus), a prefecture or state also labels its country, "no site in Japan" labels JP negative.
Every fifth profile (id number divisible by 5) is in the ``test`` split, which was not looked at
while synonyms were added to the vocabulary; ``dev`` is the rest.

Scoring: each profile's facets are a set of (section, term, polarity) items, and negative items
are items of their own. True positives are items both predicted and labelled; a predicted
positive that is labelled negative is therefore a false positive (and the labelled negative a
false negative). P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2PR/(P+R), micro-averaged over profiles.
"GMP status" and "Japan site" are the (compliance, gmp, ±) and (sites, JP, ±) items alone.

Baseline, in the same run: the previous dictionary-only finder (``baseline_find_terms`` below, a
copy of the old ``matchmaker.profiles.terms.find_terms``: label lookup, no negation, no
tokenisation; run on the same, current vocabulary). It only knew modalities, capabilities, stages
and funding stages and reports every mention as positive.

Speed: profiles per second over the whole set on one core (single-threaded, after a warm-up
that loads the tokenizer and compiles the patterns), for the analyser and the baseline.

    .venv/bin/python bench/extraction.py [--sets old,dev,test,dev2,test2,dev3,test3,dev4,dev5,dev6,dev7,dev8]
        [--split all|dev|test] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matchmaker.model.vocabulary import get_vocabulary
from matchmaker.profiles.analyser import ANALYSER_VERSION, FACET_SECTIONS, analyse

DATA = Path(__file__).parent / "data" / "extraction.jsonl"
Item = tuple[str, str, str]  # (section, term, polarity)

AIMS = {
    "modalities": 0.90,
    "capabilities": 0.90,
    "compliance:gmp": 0.85,
    "scales": 0.85,
    "sites:JP": 0.85,
    "stages": 0.85,
}
BASELINE_SECTIONS = ("modalities", "capabilities", "stages", "funding_stages")


# --- baseline: the old dictionary-only finder --------------------------------------------------


@lru_cache(maxsize=1)
def _baseline_patterns() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    vocab = get_vocabulary()
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for section in BASELINE_SECTIONS:
        rows = []
        for term in vocab.terms(section).values():
            for label in {term.en, term.ja, *term.synonyms}:
                if len(label) < 2:
                    continue
                escaped = re.escape(label)
                if label.isascii():
                    escaped = rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])"
                rows.append((term.id, re.compile(escaped, re.IGNORECASE)))
        out[section] = rows
    return out


def baseline_find_terms(text: str | None) -> dict[str, list[str]]:
    """The old ``find_terms``: term ids per section whose labels occur in the text (no negation)."""
    found: dict[str, list[str]] = {s: [] for s in BASELINE_SECTIONS}
    if not text:
        return found
    for section, rows in _baseline_patterns().items():
        found[section] = sorted({term_id for term_id, pattern in rows if pattern.search(text)})
    return found


# --- scoring ---------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[Item], pred: set[Item]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Scores:
    groups: dict[tuple[str, str], Counts] = field(default_factory=dict)

    def add(self, row_key: str, lang: str, gold: set[Item], pred: set[Item]) -> None:
        for key in ((row_key, "all"), (row_key, lang)):
            self.groups.setdefault(key, Counts()).add(gold, pred)

    def get(self, row_key: str, lang: str = "all") -> Counts:
        return self.groups.get((row_key, lang), Counts())


def gold_items(row: dict) -> set[Item]:
    return {
        (section, term, polarity)
        for section, labels in row["labels"].items()
        for polarity in ("positive", "negative")
        for term in labels[polarity]
    }


def analyser_items(text: str) -> set[Item]:
    return {(f.section, f.term, f.polarity) for f in analyse(text).facets}


def baseline_items(text: str) -> set[Item]:
    return {(s, t, "positive") for s, terms in baseline_find_terms(text).items() for t in terms}


#: Modalities scored after the vocabulary's ``implies`` closure of the positives on both sides (a
#: CAR-T is a cell therapy): matching applies the hierarchy, so whether a set labels the broader
#: modality beside the narrower one (set 2 and later do, set 1 does not) changes no ranking.
IMPLIED = "modalities:implied"


def row_keys() -> list[str]:
    return [*FACET_SECTIONS, IMPLIED, "compliance:gmp", "sites:JP"]


@lru_cache(maxsize=1)
def _implies() -> dict[str, tuple[str, ...]]:
    terms = get_vocabulary().terms("modalities")
    return {t: tuple(getattr(term, "implies", None) or ()) for t, term in terms.items()}


def select(items: Iterable[Item], key: str) -> set[Item]:
    if key == IMPLIED:
        own = {i for i in items if i[0] == "modalities"}
        broader = {("modalities", b, "positive") for _, t, p in own if p == "positive" for b in _implies().get(t, ())}
        return own | broader
    section, _, term = key.partition(":")
    return {i for i in items if i[0] == section and (not term or i[1] == term)}


def score(rows: list[dict], predict: Callable[[str], set[Item]]) -> tuple[Scores, list[tuple[dict, set, set]]]:
    scores = Scores()
    errors = []
    for row in rows:
        labelled = set(row["labels"])  # a set that does not label a section is not scored on it
        gold, pred = gold_items(row), {i for i in predict(row["text"]) if i[0] in labelled}
        for key in row_keys():
            scores.add(key, row["lang"], select(gold, key), select(pred, key))
        scores.add("micro", row["lang"], gold, pred)
        if gold != pred:
            errors.append((row, gold - pred, pred - gold))
    return scores, errors


def rate(rows: list[dict], fn: Callable[[str], object], min_seconds: float = 1.0) -> float:
    """Profiles per second of ``fn`` over ``rows`` (repeated until ``min_seconds`` have passed)."""
    for row in rows[:20]:
        fn(row["text"])
    done, start = 0, time.perf_counter()
    while True:
        for row in rows:
            fn(row["text"])
        done += len(rows)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


#: The labelled sets: ``old`` (bench/data/extraction.jsonl, labelled by hand before the analyser
#: was written, its own dev/test by id) and the independent set's free-text descriptions
#: (bench/data/independent/facets.jsonl, labelled from a brief and the vocabulary only by someone
#: who had not read the analyser), split into ``dev`` and ``test``; and a second independent set
#: (bench/data/independent2, written the same way later, with its own rules addendum), split into
#: ``dev2`` and ``test2``; and a third (bench/data/independent3, ``dev3`` and ``test3``), written by
#: three writers in three styles (corporate, terse database entries, conversational) from the
#: second set's rules; and a fourth (bench/data/independent4, ``dev4`` only), three more writers
#: (translated, academic and pitch, catalogue and fact-sheet registers); and a fifth
#: (bench/data/independent5, ``dev5`` only), three more writers (exhibitor listings, trade press,
#: questionnaires and annual reports) under set 1's rules alone; and a sixth (bench/data/independent6,
#: ``dev6`` only), three more under the same rules (website pages, partnering-tool profiles, informal
#: and mixed-language text); and a seventh (bench/data/independent7, ``dev7`` only), three more under the
#: same rules (programme and directory entries, requests for proposal and audits, press releases and
#: literal translations); and an eighth (bench/data/independent8, ``dev8`` only), three more under the same
#: rules (recruitment pages and job advertisements, business-development notes, formal reports and
#: pitch slides). Fix only from dev errors.
INDEPENDENT = Path(__file__).parent / "data" / "independent"


def load_set(name: str, split: str) -> list[dict]:
    number = name.removeprefix("dev").removeprefix("test")
    path = DATA if name == "old" else Path(f"{INDEPENDENT}{number}") / "facets.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if name != "old":
        rows = [r for r in rows if r.get("split") == name.removesuffix(number)]
    elif split != "all":
        rows = [r for r in rows if r.get("split") == split]
    return rows


def table_for(rows: list[dict], ours: Scores, base: Scores, title: str) -> Table:
    table = Table(title=title)
    for col in ("facet", "support", "P", "R", "F1", "F1 ja", "F1 en", "baseline F1", "aim"):
        table.add_column(col, justify="left" if col == "facet" else "right")
    for key in [*row_keys(), "micro"]:
        c = ours.get(key)
        aim = AIMS.get(key)
        ok = "" if aim is None else (" ✓" if c.f1 >= aim else " ✗")
        in_base = key == "micro" or key.partition(":")[0] in BASELINE_SECTIONS
        table.add_row(
            "overall (micro)" if key == "micro" else "modalities, with implies" if key == IMPLIED else key,
            str(c.support),
            f"{c.precision:.3f}",
            f"{c.recall:.3f}",
            f"{c.f1:.3f}",
            f"{ours.get(key, 'ja').f1:.3f}",
            f"{ours.get(key, 'en').f1:.3f}",
            f"{base.get(key).f1:.3f}" if in_base else "–",
            "" if aim is None else f"{aim:.2f}{ok}",
        )
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="old,dev,test", help="old, dev, test, dev2..dev8, test2, test3")
    parser.add_argument("--split", choices=("all", "dev", "test"), default="all", help="of the old set")
    parser.add_argument("--errors", type=int, default=0, help="print the first N profiles with errors")
    args = parser.parse_args()
    console = Console(width=130)
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    summary: dict[str, tuple[Scores, Scores]] = {}
    all_rows: list[dict] = []
    for name in names:
        rows = load_set(name, args.split)
        all_rows += rows
        ours, errors = score(rows, analyser_items)
        base, _ = score(rows, baseline_items)
        summary[name] = (ours, base)
        title = f"Profile analyser {ANALYSER_VERSION}, set {name!r}: {len(rows)} profiles"
        console.print(table_for(rows, ours, base, title))
        for row, missed, extra in errors[: args.errors]:
            console.print(f"[bold]{row['id']}[/] {row['text']}", highlight=False)
            console.print(f"   missed: {sorted(missed)}", highlight=False)
            console.print(f"   extra:  {sorted(extra)}", highlight=False)
    side = Table(title="F1 by set (analyser / dictionary-only baseline)")
    side.add_column("facet")
    for name in names:
        side.add_column(name, justify="right")
    side.add_column("aim", justify="right")
    for key in [*row_keys(), "micro"]:
        in_base = key == "micro" or key.partition(":")[0] in BASELINE_SECTIONS
        cells = [
            f"{ours.get(key).f1:.3f} / {base.get(key).f1:.3f}" if in_base else f"{ours.get(key).f1:.3f}"
            for ours, base in summary.values()
        ]
        aim = AIMS.get(key)
        side.add_row(key, *cells, "" if aim is None else f"{aim:.2f}")
    console.print(side)
    ours_rate = rate(all_rows, analyse)
    base_rate = rate(all_rows, baseline_find_terms)
    console.print(
        f"speed: analyser {ours_rate:,.0f} profiles/s, baseline (dictionary-only) {base_rate:,.0f} profiles/s, "
        f"ratio {ours_rate / base_rate:.2f} (aim ≥ 200 profiles/s)"
    )


if __name__ == "__main__":
    main()
