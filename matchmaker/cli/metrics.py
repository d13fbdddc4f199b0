"""``matchmaker metrics``: network metrics, the health scorecard and charts, for a secretariat."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from matchmaker.cli.common import console, fail, graph, services
from matchmaker.embeddings.store import stored_model
from matchmaker.metrics import service
from matchmaker.metrics.projection import ORG_LINK_TYPES, Filters, parse_filters

app = typer.Typer(no_args_is_help=True, help="Community-health network metrics, scorecard and charts.")

Community = typer.Option(None, "--community", "-c", help="Members of this community, e.g. gtb.")
Hub = typer.Option(None, "--hub", help="Organisations located in this hub.")
Region = typer.Option(None, "--region", help="ISO 3166-2 code, e.g. JP-13.")
Kind = typer.Option(None, "--kind", "-k", help="Organisation kind (repeatable).")
LinkTypes = typer.Option(None, "--link-type", "-t", help=f"Link type (repeatable): {', '.join(ORG_LINK_TYPES)}.")
Since = typer.Option(None, "--since", help="Window start, YYYY-MM-DD.")
Until = typer.Option(None, "--until", help="Window end, YYYY-MM-DD.")
AsJson = typer.Option(False, "--json", help="Machine-readable output (the API's JSON).")


def _filters(
    community: str | None,
    hub: str | None,
    region: str | None,
    kind: list[str] | None,
    link_type: list[str] | None,
    since: str | None,
    until: str | None,
) -> Filters:
    try:
        return parse_filters(
            community, hub, region, kind, link_type,
            dt.date.fromisoformat(since) if since else None, dt.date.fromisoformat(until) if until else None,
        )  # fmt: skip
    except ValueError as exc:
        fail(str(exc))


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, list):
        return ", ".join(map(str, value[:8])) + (" ..." if len(value) > 8 else "")
    return str(value)


@app.command()
def network(
    community: str | None = Community, hub: str | None = Hub, region: str | None = Region,
    kind: list[str] | None = Kind, link_type: list[str] | None = LinkTypes,
    since: str | None = Since, until: str | None = Until, as_json: bool = AsJson,
) -> None:  # fmt: skip
    """Size, density, components, paths, clustering, centralisation, Louvain, core and periphery."""
    filters = _filters(community, hub, region, kind, link_type, since, until)
    with graph() as g:
        result = service.network(g, filters)
    if as_json:
        console.print_json(result.model_dump_json())
        return
    table = Table("metric", "value", title=f"network ({result.graph_version})")
    for key, value in result.metrics.model_dump(exclude={"louvain_communities", "approximations"}).items():
        table.add_row(key, _fmt(value))
    console.print(table)
    for a in result.metrics.approximations:
        console.print(f"{a.metric}: {a.method}" + (f", k={a.k}, seed={a.seed}" if a.k else "") + f" {a.note}")


@app.command()
def organizations(
    community: str | None = Community, hub: str | None = Hub, region: str | None = Region,
    kind: list[str] | None = Kind, link_type: list[str] | None = LinkTypes,
    since: str | None = Since, until: str | None = Until, as_json: bool = AsJson,
    sort: str = typer.Option("betweenness", help="Metric to sort by (descending; constraint ascending)."),
    limit: int = typer.Option(30, min=1),
) -> None:  # fmt: skip
    """Per-organisation centralities, brokerage, k-core and sectors reached."""
    filters = _filters(community, hub, region, kind, link_type, since, until)
    if sort not in service.SortKey.__args__:
        fail(f"--sort must be one of {', '.join(service.SortKey.__args__)}")
    with graph() as g:
        result = service.organizations(g, filters, sort=sort, limit=limit)  # type: ignore[arg-type]
    if as_json:
        console.print_json(result.model_dump_json())
        return
    cols = ["id", "kind", "degree", "weighted_degree", "betweenness", "closeness", "pagerank", "constraint",
            "core_number", "clustering", "sectors_reached"]  # fmt: skip
    table = Table(*cols, title=f"{result.total} organisations, {result.edges} ties, engine {result.engine}")
    for item in result.items:
        table.add_row(*(_fmt(getattr(item, c)) for c in cols))
    console.print(table)


@app.command()
def timeline(
    community: str | None = Community, hub: str | None = Hub, region: str | None = Region,
    kind: list[str] | None = Kind, link_type: list[str] | None = LinkTypes,
    since: str | None = Since, until: str | None = Until, as_json: bool = AsJson,
    max_years: int = typer.Option(15, min=1, max=50),
) -> None:  # fmt: skip
    """Yearly snapshots of the health indicators, from link dates."""
    filters = _filters(community, hub, region, kind, link_type, since, until)
    with graph() as g:
        result = service.timeline(g, filters, max_years=max_years)
    if as_json:
        console.print_json(result.model_dump_json())
        return
    fields = [f for f in result.snapshots[0].model_dump() if f != "year"] if result.snapshots else []
    table = Table("year", *fields, title=result.rule)
    for s in result.snapshots:
        table.add_row(str(s.year), *(_fmt(getattr(s, f)) for f in fields))
    console.print(table)


@app.command()
def scorecard(
    community: str | None = Community, hub: str | None = Hub, region: str | None = Region,
    kind: list[str] | None = Kind, link_type: list[str] | None = LinkTypes,
    since: str | None = Since, until: str | None = Until, as_json: bool = AsJson,
) -> None:  # fmt: skip
    """Health indicators with formula, reference and trend; introductions; certification readiness."""
    filters = _filters(community, hub, region, kind, link_type, since, until)
    with services() as built:
        # the encoder loads in seconds: only when there are profile vectors for the matcher to use
        matcher = built.matcher if stored_model(built.graph) else None
        result = service.scorecard(built.graph, filters, matcher=matcher, radius_km=built.settings.community_radius_km)
    if as_json:
        console.print_json(result.model_dump_json())
        return
    table = Table("indicator", "value", "trend", "healthy", "meaning", title="health scorecard")
    for ind in result.indicators:
        trend = " ".join(f"{t.year}:{_fmt(t.value)}" for t in ind.trend[-5:])
        table.add_row(f"{ind.name}\n{ind.name_ja}", _fmt(ind.value), trend, ind.healthy, ind.meaning)
    console.print(table)
    for intro in result.introductions[:10]:
        console.print(f"introduce {intro.source} → {intro.target}: {intro.reason}")
        for reason in intro.match_reasons[:3]:
            console.print(f"    matcher ({intro.match_score:.2f}): {reason.en}")
    for r in result.readiness:
        console.print(
            f"[bold]{r.community}[/] {r.level} ({r.level_ja}); missing: {', '.join(r.missing) or 'none'}; "
            f"not assessable: {', '.join(r.not_assessable)}; targets: {', '.join(r.target_metrics) or 'none'}; "
            f"results disclosed for: {', '.join(map(str, r.result_years)) or 'no year'}"
        )
        if r.proximity and r.proximity.checked:
            p = r.proximity
            console.print(
                f"    place ({p.rule}{f', {p.radius_km:g} km' if p.radius_km else ''}): "
                f"{'met' if p.satisfied else 'not met'}; missing there: {', '.join(p.missing) or 'none'}; "
                f"outside: {', '.join(f'{m.id} ({m.distance_km} km)' for m in p.outside[:5]) or 'none'}; "
                f"location unknown: {len(p.unknown)}"
            )
    if result.reference.metrics:
        table = Table(
            "metric", "community", "kind", "year", "value", "unit", "scope", title="beside reference clusters"
        )
        for m in result.reference.metrics:
            for v in m.values:
                value = _fmt(v.value) + (f"-{_fmt(v.value_max)}" if v.value_max is not None else "")
                table.add_row(m.name, v.community, v.kind, str(v.year), value, v.unit, v.scope or "")
        console.print(table)


@app.command()
def chart(
    out: Path = typer.Option(..., "--out", "-o", help="Output file, .png or .svg."),
    what: str = typer.Option("network", help="'network' (drawing) or 'indicators' (over the years)."),
    community: str | None = Community, hub: str | None = Hub, region: str | None = Region,
    kind: list[str] | None = Kind, link_type: list[str] | None = LinkTypes,
    since: str | None = Since, until: str | None = Until,
    max_nodes: int = typer.Option(1500, help="Draw at most this many nodes (highest PageRank first)."),
) -> None:  # fmt: skip
    """Write a chart: the network coloured by kind and sized by betweenness, or indicators over time."""
    if out.suffix.lower() not in (".png", ".svg"):
        fail("--out must end in .png or .svg")
    if what not in ("network", "indicators"):
        fail("--what must be 'network' or 'indicators'")
    filters = _filters(community, hub, region, kind, link_type, since, until)
    with graph() as g:
        if what == "network":
            draw_network(g, filters, out, max_nodes=max_nodes)
        else:
            draw_indicators(service.timeline(g, filters), out)
    console.print(f"wrote {out}")


def draw_network(g: Any, filters: Filters, out: Path, *, max_nodes: int = 1500) -> None:
    """Spring layout, colour by kind, size by betweenness (the drawing the secretariat asked for)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import networkx as nx

    computed = service._computed(g, filters)
    G = computed["G"]
    rows = {r["id"]: r for r in computed["rows"]}
    if G.number_of_nodes() > max_nodes:
        keep = sorted(rows, key=lambda v: -rows[v]["pagerank"])[:max_nodes]
        G = G.subgraph(keep)
    # Draw the largest component: a few detached pairs would otherwise stretch the layout and
    # squeeze the core, which is what the secretariat wants to see, into a blob.
    total = G.number_of_nodes()
    if total:
        G = G.subgraph(max(nx.connected_components(G), key=len))
    left_out = total - G.number_of_nodes()
    kinds = sorted({str(G.nodes[v].get("kind")) for v in G})
    cmap = plt.get_cmap("tab20")
    colour = {k: cmap(i % 20) for i, k in enumerate(kinds)}
    spacing = 2 / max(G.number_of_nodes(), 1) ** 0.5
    pos = nx.spring_layout(G, seed=42, weight="weight", k=spacing, iterations=100)
    top = max((rows[v]["betweenness"] for v in G), default=0) or 1.0
    fig, ax = plt.subplots(figsize=(12, 10))
    nx.draw_networkx_edges(G, pos, ax=ax, alpha=0.2, width=0.5)
    nx.draw_networkx_nodes(
        G, pos, ax=ax, node_color=[colour[str(G.nodes[v].get("kind"))] for v in G],
        node_size=[20 + 600 * rows[v]["betweenness"] / top for v in G],
    )  # fmt: skip
    for k in kinds:
        ax.scatter([], [], color=colour[k], label=k)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    ax.set_title(
        f"organisation network: the largest component, {G.number_of_nodes()} organisations"
        f" ({left_out} in smaller components not drawn); size = betweenness"
    )
    ax.axis("off")
    fig.savefig(out, bbox_inches="tight")
    plt.close(fig)


def draw_indicators(result: Any, out: Path) -> None:
    """One line per indicator over the yearly snapshots."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = ["giant_component_share", "largest_bicomponent_share", "degree_centralization", "average_clustering",
            "cross_sector_tie_share", "gatekeeper_share", "density"]  # fmt: skip
    years = [s.year for s in result.snapshots]
    fig, ax = plt.subplots(figsize=(10, 6))
    for key in keys:
        values = [getattr(s, key) for s in result.snapshots]
        ax.plot(years, [v if v is not None else float("nan") for v in values], marker="o", label=key)
    ax.set_xlabel("year")
    ax.set_ylabel("value (0-1)")
    ax.set_title("health indicators by year")
    ax.legend(fontsize=8)
    fig.savefig(out, bbox_inches="tight")
    plt.close(fig)
