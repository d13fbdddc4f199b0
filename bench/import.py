"""Import throughput: records per second for synthetic ecosystems of 10,000 and 100,000 organisations.

Runs an isolated embedded Neo4j (temporary data directory, free port) unless NEO4J_URI is set,
imports 1,000 organisations untimed to warm it up, and prints, for each size: records, links,
seconds for validation and for writing, and records/s; then the profile analysis that an import
runs after writing (seconds, profiles/s, and records/s with it). The baseline, measured in the same run,
writes the same kind of records one per transaction (what a naive loader does); the ratio shows
what batching buys.

    .venv/bin/python bench/import.py [--sizes 10000 100000] [--baseline 2000]
"""

from __future__ import annotations

import argparse
import time

from rich.console import Console
from rich.table import Table

from matchmaker.exchange.importer import import_records, plan_writes, validate, write
from matchmaker.exchange.reader import RawRecord
from matchmaker.graph.connection import Graph
from matchmaker.graph.queries import cypher
from matchmaker.graph.schema import migrate
from matchmaker.graph.server import isolated_server
from matchmaker.profiles.store import analyse_organizations
from matchmaker.settings import Settings, get_settings
from matchmaker.synthetic import generate

console = Console(width=140)


def raws(orgs: int) -> list[RawRecord]:
    return [RawRecord("synthetic", n, rec) for n, rec in enumerate(generate(orgs, seed=1), start=1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--baseline", type=int, default=2000, help="organisations for the one-per-transaction run")
    parser.add_argument("--batch-size", type=int, default=get_settings().import_batch_size)
    args = parser.parse_args()

    with isolated_server(Settings(), heap="2g", pagecache="2g") as settings:
        table = measure(settings, args)
    console.print(table)


def measure(settings: Settings, args: argparse.Namespace) -> Table:
    graph = Graph.connect(settings)
    migrate(graph)
    table = Table("organisations", "records", "links written", "validate s", "write s", "records/s", "vs baseline",
                  "analyse s", "profiles/s", "records/s with analysis")  # fmt: skip
    try:
        # Untimed warm-up, so that JIT compilation and query planning do not count against the first size.
        import_records(graph, raws(1000), batch_size=args.batch_size)
        # Baseline: one record per transaction (batch size 1), same data shape.
        graph.run_auto(cypher("write/clear"))
        sample = raws(args.baseline)
        valid, _ = validate(sample, graph)
        recs = [v.record for v in valid]
        t0 = time.perf_counter()
        write(graph, plan_writes(recs), batch_size=1)
        base_rate = len(recs) / (time.perf_counter() - t0)
        table.add_row(
            f"{args.baseline} (baseline, 1 per tx)",
            str(len(recs)),
            "",
            "",
            f"{len(recs) / base_rate:.1f}",
            f"{base_rate:,.0f}",
            "1.00",
            "", "", "",
        )  # fmt: skip
        for size in args.sizes:
            graph.run_auto(cypher("write/clear"))
            data = raws(size)
            t0 = time.perf_counter()
            valid, problems = validate(data, graph)
            t1 = time.perf_counter()
            assert not problems, problems[:3]
            plan = plan_writes([v.record for v in valid])
            write(graph, plan, batch_size=args.batch_size)
            t2 = time.perf_counter()
            org_ids = [v.record.id for v in valid if v.record.record == "organization"]
            analysed = analyse_organizations(graph, org_ids)  # what import_records does next
            t3 = time.perf_counter()
            rate = len(data) / (t2 - t0)
            links = graph.read("read/counts")[0]["links"]
            table.add_row(
                str(size),
                f"{len(data):,}",
                f"{links:,}",
                f"{t1 - t0:.1f}",
                f"{t2 - t1:.1f}",
                f"{rate:,.0f}",
                f"{rate / base_rate:.1f}x",
                f"{t3 - t2:.1f}",
                f"{analysed / (t3 - t2):,.0f}",
                f"{len(data) / (t3 - t0):,.0f}",
            )
            # re-import of the same records: idempotent, and the cost of a no-op refresh
            t0 = time.perf_counter()
            import_records(graph, data, batch_size=args.batch_size)
            again = time.perf_counter() - t0
            assert graph.read("read/counts")[0]["links"] == links
            console.print(
                f"{size} orgs: re-import (no change) {again:.1f} s, {len(data) / again:,.0f} records/s; "
                f"written {plan.written}"
            )
    finally:
        graph.close()
    return table


if __name__ == "__main__":
    main()
