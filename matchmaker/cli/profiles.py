"""``matchmaker profiles``: see what matchmaker reads out of a text, and re-analyse stored profiles
after a vocabulary or analyser change."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from matchmaker.cli.common import audited, console, fail, graph, progress
from matchmaker.profiles.analyser import ANALYSER_VERSION, analyse
from matchmaker.profiles.store import analyse_organizations

app = typer.Typer(no_args_is_help=True, help="Profile understanding: facets read out of free text.")


@app.command("analyse")
def analyse_command(
    text: Annotated[str, typer.Option("--text", help="A profile or a need, Japanese or English.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Print the facets read out of TEXT, each with the sentence it came from."""
    if not text.strip():
        fail("--text: empty")
    result = analyse(text)
    if as_json:
        console.print_json(result.model_dump_json())
        return
    table = Table("section", "term", "", "evidence")
    for f in result.facets:
        table.add_row(f.section, f.term, "✓" if f.polarity == "positive" else "✗ not", f.evidence)
    console.print(table)
    console.print(f"analyser {result.version}")


@app.command()
@audited("profiles reanalyse")
def reanalyse(
    force: Annotated[bool, typer.Option(help="Analyse every profile, not only changed ones.")] = False,
) -> None:
    """Analyse profiles whose text, analyser or vocabulary changed (all with --force)."""
    with graph() as g, progress() as bar:
        ids = [r["id"] for r in g.read("profiles/all_ids")]
        task = bar.add_task("Analysing profiles", total=len(ids))
        done = analyse_organizations(g, ids, lambda n: bar.advance(task, n), force=force)
    console.print(f"analysed {done} of {len(ids)} profiles (analyser {ANALYSER_VERSION})")
