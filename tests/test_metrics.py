"""Network metrics against the real Neo4j and HTTP API: exact agreement with networkx on the same
small graph, filters and time windows, the scorecard on networks of known health, readiness."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import httpx
import networkx as nx
import pytest
from typer.testing import CliRunner

from matchmaker.cli.metrics import app as metrics_app
from matchmaker.exchange.importer import import_records
from matchmaker.exchange.reader import RawRecord
from matchmaker.graph.connection import Graph
from matchmaker.graph.queries import cypher
from matchmaker.metrics import network as net
from matchmaker.metrics import organizations as orgs
from matchmaker.metrics import scorecard as sc
from matchmaker.metrics import service
from matchmaker.metrics.projection import CACHE, Filters, fingerprint, link_active, parse_filters, project
from matchmaker.model.records import Figure

# The documented weights, restated so that a change in the code is a visible change here.
WEIGHTS = {
    "INVESTED_IN": 3, "COLLABORATES_WITH": 2, "OUTSOURCES_TO": 2, "LICENSED_TO": 2, "SPUN_OUT_FROM": 2,
    "SUPPLIES": 1, "MET_WITH": 1,
}  # fmt: skip
SECTOR = {
    "startup": "industry", "pharma": "industry", "cdmo": "industry", "cro": "industry", "supplier": "industry",
    "vc": "finance", "finance": "finance", "university": "academia", "research_institute": "academia",
    "hospital": "academia", "association": "support", "support_agency": "support", "government": "government",
}  # fmt: skip


def org(id: str, kind: str, **kw: Any) -> dict[str, Any]:
    return {"record": "organization", "id": id, "kind": kind, "name": id.upper(), **kw}


def link(source: str, target: str, type: str, **kw: Any) -> dict[str, Any]:
    return {"record": "link", "source": source, "target": target, "type": type, **kw}


def load(graph: Graph, records: list[dict[str, Any]]) -> None:
    CACHE.clear()
    import_records(graph, [RawRecord("test", n, r) for n, r in enumerate(records, start=1)])


def expected_graph(records: list[dict[str, Any]]) -> nx.Graph:
    """The organisation network built by hand from the records, as the docs describe it."""
    G = nx.Graph()
    for r in records:
        if r["record"] == "organization":
            G.add_node(r["id"], kind=r["kind"])
    for r in records:
        if r["record"] == "link" and r["type"] in WEIGHTS:
            u, v = r["source"], r["target"]
            w = G.edges[u, v]["weight"] if G.has_edge(u, v) else 0
            G.add_edge(u, v, weight=w + WEIGHTS[r["type"]])
    return G


KINDS = ["startup", "pharma", "cdmo", "cro", "vc", "supplier", "university", "research_institute", "government"]
TYPES = ["INVESTED_IN", "SUPPLIES", "OUTSOURCES_TO", "COLLABORATES_WITH", "LICENSED_TO", "MET_WITH"]


def small_ecosystem() -> list[dict[str, Any]]:
    """40 organisations, about 80 links of every type, parallel links, a few isolates."""
    base = nx.gnm_random_graph(36, 70, seed=11)
    records = [org(f"o{i}", KINDS[i % len(KINDS)]) for i in range(40)]
    for n, (u, v) in enumerate(base.edges()):
        records.append(link(f"o{u}", f"o{v}", TYPES[n % len(TYPES)]))
        if n % 7 == 0:  # a second round: parallel links sum
            records.append(link(f"o{u}", f"o{v}", "INVESTED_IN", attributes={"round": "series_b"}))
    return records


def test_figures_equal_networkx_on_the_same_graph(graph: Graph) -> None:
    records = small_ecosystem()
    load(graph, records)
    G = expected_graph(records)
    result = service.organizations(graph, Filters(), sort="id", limit=1000)
    assert result.engine == "networkx" and result.approximations[0].method == "exact"
    assert (result.nodes, result.edges) == (G.number_of_nodes(), G.number_of_edges())
    expected = {
        "degree": dict(G.degree()),
        "weighted_degree": dict(G.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(G),
        "closeness": nx.closeness_centrality(G),
        "pagerank": nx.pagerank(G, weight="weight"),
        "constraint": nx.constraint(G, weight="weight"),
        "effective_size": nx.effective_size(G),
        "core_number": nx.core_number(G),
        "clustering": nx.clustering(G),
    }
    assert len(result.items) == 40
    for item in result.items:
        for metric, values in expected.items():
            want = values[item.id]
            got = getattr(item, metric)
            if isinstance(want, float) and math.isnan(want):
                assert got is None, (item.id, metric)
            else:
                assert got == pytest.approx(want, rel=1e-9, abs=1e-12), (item.id, metric)
        reached = sorted({SECTOR[G.nodes[m]["kind"]] for m in G[item.id]})
        assert item.sectors_reached == reached

    m = service.network(graph, Filters()).metrics
    giant = G.subgraph(max(nx.connected_components(G), key=len))
    assert m.nodes == 40 and m.edges == G.number_of_edges()
    assert m.density == pytest.approx(nx.density(G))
    assert m.components == nx.number_connected_components(G)
    assert m.giant_component_share == pytest.approx(len(giant) / 40)
    assert m.average_shortest_path_length == pytest.approx(nx.average_shortest_path_length(giant))
    assert m.average_clustering == pytest.approx(nx.average_clustering(G))
    assert m.transitivity == pytest.approx(nx.transitivity(G))
    assert m.kind_assortativity == pytest.approx(nx.attribute_assortativity_coefficient(G, "kind"))
    assert sorted(m.isolates) == sorted(nx.isolates(G))
    assert m.max_core_number == max(nx.core_number(G).values())
    degs = [d for _, d in G.degree()]
    assert m.degree_centralization == pytest.approx(sum(max(degs) - d for d in degs) / (39 * 38))
    # Louvain: the partition the service reports has the modularity it states, by networkx
    parts: dict[int, set[str]] = {}
    for item in result.items:
        parts.setdefault(item.community, set()).add(item.id)
    assert m.modularity == pytest.approx(nx.community.modularity(G, parts.values(), weight="weight"))
    assert m.modularity > 0.2


def test_igraph_engine_agrees_with_networkx() -> None:
    """The fast engine gives networkx's numbers, sampled betweenness included (same pivots)."""
    G = nx.barabasi_albert_graph(300, 2, seed=5)
    G.add_nodes_from(["lonely"])
    for u, v in G.edges():
        G.edges[u, v]["weight"] = 1 + (hash((u, v)) % 3)
    g = orgs.IG.of(G)
    for kw in ({"exact_limit": 1000}, {"exact_limit": 100, "k": 40}):
        a, _ = orgs.betweenness(G, engine="networkx", **kw)
        b, approx = orgs.betweenness(G, engine="igraph", ig_graph=g, **kw)
        assert max(abs(a[v] - b[v]) for v in G) < 1e-12, approx
    # PageRank: networkx iterates to tol 1e-6 (summed over nodes), igraph solves exactly (PRPACK)
    assert orgs.closeness(G, engine="networkx")[0] == pytest.approx(orgs.closeness(G, engine="igraph")[0], abs=1e-12)
    sampled = [orgs.closeness(G, exact_limit=10, k=60, engine=e)[0] for e in ("networkx", "igraph")]
    assert max(abs(sampled[0][v] - sampled[1][v]) for v in G) < 1e-12
    exact = nx.closeness_centrality(G)
    assert max(abs(sampled[0][v] - exact[v]) / exact[v] for v in G if exact[v]) < 0.15
    for fn, tol in ((orgs.pagerank, 1e-5), (orgs.clustering, 1e-12), (orgs.core_numbers, 0)):
        a, b = fn(G, engine="networkx"), fn(G, engine="igraph", ig_graph=g)
        assert max(abs(a[v] - b[v]) for v in G) <= tol, fn.__name__
    (ca, ea), (cb, eb) = orgs.brokerage(G, engine="networkx"), orgs.brokerage(G, engine="igraph", ig_graph=g)
    assert ca["lonely"] is None and cb["lonely"] is None and ea["lonely"] is None
    assert max(abs(ca[v] - cb[v]) + abs(ea[v] - eb[v]) for v in G if v != "lonely") < 1e-9


def test_filters_and_time_windows_select_the_right_links(graph: Graph) -> None:
    records = [
        {"record": "community", "id": "ca", "name": "A"},
        {"record": "community", "id": "cb", "name": "B"},
        {"record": "hub", "id": "h1", "name": "Hub 1"},
        org("a1", "startup", communities=["ca"], region="JP-13", hub="h1"),
        org("a2", "vc", communities=["ca"], region="JP-13"),
        org("a3", "university", communities=["ca", "cb"], region="JP-14", hub="h1"),
        org("b1", "pharma", communities=["cb"], region="JP-27"),
        link("a2", "a1", "INVESTED_IN", since="2019-04-01"),
        link("a1", "a3", "COLLABORATES_WITH", since="2021-01-01", until="2022-06-30"),
        link("a3", "b1", "LICENSED_TO", since="2023-05-01"),
        link("a1", "b1", "MET_WITH"),  # undated: always counts
    ]
    load(graph, records)

    def edges(**kw: Any) -> set[frozenset[str]]:
        return {frozenset(e) for e in project(graph, parse_filters(**kw)).edges()}

    ab = frozenset
    assert edges() == {ab({"a1", "a2"}), ab({"a1", "a3"}), ab({"a3", "b1"}), ab({"a1", "b1"})}
    assert edges(community="ca") == {ab({"a1", "a2"}), ab({"a1", "a3"})}
    assert set(project(graph, parse_filters(community="cb")).nodes) == {"a3", "b1"}
    assert edges(hub="h1") == {ab({"a1", "a3"})}
    assert edges(region="JP-13") == {ab({"a1", "a2"})}
    assert edges(kinds=["startup", "pharma"]) == {ab({"a1", "b1"})}
    assert edges(link_types=["INVESTED_IN", "LICENSED_TO"]) == {ab({"a1", "a2"}), ab({"a3", "b1"})}
    # window: begun by its end, not ended before its start; undated links always count
    assert edges(until=dt.date(2020, 12, 31)) == {ab({"a1", "a2"}), ab({"a1", "b1"})}
    assert edges(since=dt.date(2022, 7, 1)) == {ab({"a1", "a2"}), ab({"a3", "b1"}), ab({"a1", "b1"})}
    assert edges(since=dt.date(2022, 1, 1), until=dt.date(2022, 12, 31)) == {
        ab({"a1", "a2"}), ab({"a1", "a3"}), ab({"a1", "b1"})
    }  # fmt: skip
    assert link_active(None, None, dt.date(2030, 1, 1), dt.date(2000, 1, 1))
    # gatekeepers: a3 and a1 have partners outside community ca (b1)
    G = project(graph, parse_filters(community="ca"))
    assert {v for v, e in G.nodes(data="external") if e} == {"a1", "a3"}
    # the timeline: one snapshot a year from the first dated link
    snaps = service.timeline(graph, Filters()).snapshots
    assert [s.year for s in snaps] == [2019, 2020, 2021, 2022, 2023]
    assert [s.edges for s in snaps] == [2, 2, 3, 3, 3]
    with pytest.raises(ValueError, match="SUPPLIED"):
        parse_filters(link_types=["SUPPLIED"])


def _import_shape(graph: Graph, G: nx.Graph, kinds: list[str] | None = None) -> None:
    kinds = kinds or KINDS
    records = [org(f"n{v}", kinds[i % len(kinds)]) for i, v in enumerate(G)]
    records += [link(f"n{u}", f"n{v}", "COLLABORATES_WITH") for u, v in G.edges()]
    graph.run_auto(cypher("write/clear"))
    load(graph, records)


def _indicator(api: httpx.Client, id_: str) -> float:
    body = api.get("/v1/metrics/scorecard").raise_for_status().json()
    return next(i["value"] for i in body["indicators"] if i["id"] == id_)


def test_scorecard_on_networks_of_known_health(graph: Graph, api: httpx.Client) -> None:
    _import_shape(graph, nx.star_graph(12))
    body = api.get("/v1/metrics/scorecard").raise_for_status().json()
    values = {i["id"]: i["value"] for i in body["indicators"]}
    assert values["degree_centralization"] == pytest.approx(1.0)
    assert values["giant_component_share"] == 1.0
    assert values["largest_bicomponent_share"] == pytest.approx(2 / 13)  # every path hangs on the hub
    assert values["average_clustering"] == 0.0
    for ind in body["indicators"]:
        assert ind["name_ja"] and ind["formula"] and ind["reference"] and ind["meaning"] and ind["meaning_ja"]
    assert body["introductions"], "leaves of a star should be introduced to someone"
    assert all(i["reason"] and i["reason_ja"] for i in body["introductions"])

    _import_shape(graph, nx.ring_of_cliques(6, 5))
    net_body = api.get("/v1/metrics/network").raise_for_status().json()["metrics"]
    assert net_body["average_clustering"] > 0.8
    assert net_body["modularity"] > 0.7
    assert len([c for c in net_body["louvain_communities"] if c["size"] == 5]) == 6
    assert net_body["degree_centralization"] < 0.05

    halves = nx.disjoint_union(nx.cycle_graph(10), nx.cycle_graph(10))
    _import_shape(graph, halves)
    assert _indicator(api, "giant_component_share") == pytest.approx(0.5)
    net_body = api.get("/v1/metrics/network").raise_for_status().json()["metrics"]
    assert net_body["components"] == 2 and net_body["isolates"] == []


def test_api_filters_and_validation(graph: Graph, api: httpx.Client) -> None:
    load(graph, small_ecosystem())
    body = api.get("/v1/metrics/organizations", params={"kind": ["vc", "startup"], "sort": "pagerank"}).json()
    assert {i["kind"] for i in body["items"]} <= {"vc", "startup"}
    assert body["filters"]["kinds"] == ["startup", "vc"]
    ranks = [i["pagerank"] for i in body["items"]]
    assert ranks == sorted(ranks, reverse=True)
    r = api.get("/v1/metrics/network", params={"link_types": ["INVESTED_IN"]}).raise_for_status().json()
    assert r["filters"]["link_types"] == ["INVESTED_IN"]
    assert api.get("/v1/metrics/network", params={"link_types": "MEMBER_OF"}).status_code == 422
    assert api.get("/v1/metrics/network", params={"since": "2024-01-01", "until": "2023-01-01"}).status_code == 422
    assert api.get("/v1/metrics/timeline").status_code == 200


def figure(metric: str, kind: str, year: int, value: float, unit: str = "count") -> dict[str, Any]:
    return {"metric": metric, "kind": kind, "year": year, "value": value, "unit": unit, "source": "test l.1"}


TARGET = figure("companies", "target", 2030, 500)


def community_records(
    kinds: list[str], *, cid: str = "bc", ckind: str = "global", figures: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = [{"record": "community", "id": cid, "kind": ckind, "name": cid}]
    if figures:
        records[0]["figures"] = figures
    for i, kind in enumerate(kinds):
        records += [org(f"{cid}-{kind}-{j}", kind, communities=[cid]) for j in range(2 if i % 2 else 1)]
    return records


ALL_GLOBAL = ["association", "university", "vc", "pharma", "startup", "government"]


def test_readiness_reports_missing_kind_and_lower_level(graph: Graph) -> None:
    load(
        graph,
        community_records(ALL_GLOBAL, cid="full", figures=[TARGET])
        + community_records(ALL_GLOBAL[:-1], cid="nogov", figures=[TARGET])
        + community_records(ALL_GLOBAL, cid="notargets", figures=[figure("companies", "actual", 2024, 80)]),
    )
    by_id = {r.community: r for r in sc.readiness(graph)}
    full, nogov = by_id["full"], by_id["nogov"]
    assert full.missing == [] and full.level == "growth" and full.level_ja == "成長"
    assert full.targets_set and full.target_metrics == ["companies"]
    assert "no target for: sales, jobs, funding" in full.reasons
    # every required kind, but no target disclosed: the plan's 体制整備 (目標設定) is not met
    notargets = by_id["notargets"]
    assert notargets.missing == [] and not notargets.targets_set and notargets.level == "initial"
    assert any("no target disclosed" in r for r in notargets.reasons)
    assert [(f.metric, f.kind, f.year) for f in notargets.disclosed_figures] == [("companies", "actual", 2024)]
    assert nogov.missing == ["local_government"] and nogov.level == "initial" and nogov.level_ja == "初期"
    body = {b.id: b for b in nogov.required}
    assert body["local_government"].present is False and body["local_government"].count == 0
    assert body["rd"].count == 2 and body["companies"].count == 1 and body["investment_fund"].count == 1
    assert set(full.not_assessable) == {"rd_advanced", "biomanufacturing_demo", "incubation"}
    assert full.regular_domestic_ties == 0


def test_readiness_developed_needs_depth_and_regular_ties(graph: Graph) -> None:
    records = [{"record": "community", "id": "far", "kind": "reference", "name": "Overseas", "region": "US-MA"}]
    records += [{"record": "community", "id": "near", "kind": "regional", "name": "Near"}]
    results = [figure("companies", "actual", 2023, 40), figure("companies", "actual", 2024, 46)]
    records += [{"record": "community", "id": "dev", "kind": "global", "name": "Dev", "figures": [TARGET, *results]}]
    for kind in ALL_GLOBAL:
        records += [org(f"dev-{kind}-{j}", kind, communities=["dev"]) for j in range(2)]
    records += [org("near-cro", "cro", communities=["near"])]  # recorded links make the domestic tie
    records += [link("dev-startup-0", "near-cro", "OUTSOURCES_TO"), link("near-cro", "dev-pharma-1", "MET_WITH")]
    records += [org("us-1", "pharma", communities=["far"]), org("us-2", "vc", communities=["far"])]
    records += [link("dev-startup-0", "us-1", "LICENSED_TO"), link("us-2", "dev-startup-1", "INVESTED_IN")]
    load(graph, records)
    dev = sc.readiness(graph, "dev")[0]
    assert dev.regular_domestic_ties == 1 and dev.regular_overseas_ties == 1
    assert dev.level == "developed", dev.reasons
    assert dev.result_years == [2023, 2024] and [f.year for f in dev.disclosed_figures] == [2023, 2024, 2030]
    assert [r.community for r in sc.readiness(graph)] == ["dev", "near"]  # the reference cluster is not assessed
    # the level rules on their own
    figs = [Figure.model_validate(f) for f in (TARGET, *results)]
    counts = {b: 2 for b in sc.GLOBAL_REQUIRED}

    def level(figures: list[Figure], counts: dict[str, int] = counts) -> str:
        ties = {"domestic_ties": 1, "overseas_ties": 1, "is_global": True}
        return sc.readiness_level(counts, sc.GLOBAL_REQUIRED, figures=figures, **ties)[0]

    assert level(figs) == "developed"
    assert level(figs[:2]) == "growth"  # results disclosed for one year only
    assert level(figs[1:]) == "initial"  # results but no target
    assert level(figs, {b: 1 for b in sc.GLOBAL_REQUIRED}) == "growth"
    assert level(figs, {"network_body": 1}) == "candidate"


def test_results_are_cached_by_graph_version(graph: Graph) -> None:
    load(graph, small_ecosystem())
    v1 = fingerprint(graph)
    first = service._computed(graph, Filters())
    assert service._computed(graph, Filters()) is first
    import_records(graph, [RawRecord("t", 1, org("late", "cro"))])
    assert fingerprint(graph) != v1
    assert service._computed(graph, Filters()) is not first
    assert service.network(graph, Filters()).metrics.nodes == 41


def test_cli_json_and_charts(graph: Graph, cli_env: dict, tmp_path: Path) -> None:
    records = small_ecosystem()
    for n, r in enumerate(r for r in records if r["record"] == "link"):
        r["since"] = f"{2018 + n % 5}-06-01"
    load(graph, records)
    runner = CliRunner()
    result = runner.invoke(metrics_app, ["network", "--json", "--kind", "startup", "--kind", "vc"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["filters"]["kinds"] == ["startup", "vc"]
    result = runner.invoke(metrics_app, ["scorecard"])
    assert result.exit_code == 0 and "Connected core" in result.output
    for what, name in (("network", "net.png"), ("indicators", "ind.svg")):
        out = tmp_path / name
        result = runner.invoke(metrics_app, ["chart", "--what", what, "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 1000
    assert runner.invoke(metrics_app, ["organizations", "--link-type", "OWNS"]).exit_code == 1


def test_network_functions_on_pure_shapes() -> None:
    """The documented formulas on shapes whose values are known, without Neo4j."""
    assert net.degree_centralization(nx.star_graph(5)) == 1.0
    assert net.degree_centralization(nx.cycle_graph(6)) == 0.0
    G = nx.path_graph(5)
    for v in G:
        G.nodes[v]["sector"] = "industry" if v % 2 else "academia"
    assert net.sector_ties(G)[0] == 1.0
    apl, approx = net.average_path_length(nx.path_graph(50), exact_limit=10, k=49)
    assert approx.method == "sampled" and approx.k == 49 and 15 < apl < 19  # exact: 17


def test_public_data_scorecard_and_gtb_readiness(graph: Graph) -> None:
    """On the real public facts: GTB is assessed against the global list and the metrics run."""
    from matchmaker.cli.seed import public_files
    from matchmaker.exchange.reader import read_text

    CACHE.clear()
    raws = [r for path in public_files() for r in read_text(path.read_text(encoding="utf-8"), path.name)]
    import_records(graph, raws)
    gtb = sc.readiness(graph, "gtb")[0]
    assert gtb.requirement_set == "global" and gtb.members >= 40
    assert {b.id for b in gtb.required if not b.assessable} == {"rd_advanced", "biomanufacturing_demo", "incubation"}
    assert gtb.level in sc.LEVELS_JA
    # GTB's master plan discloses targets (sales 2030, money raised...) and results (sales 2020, rank 2021)
    assert gtb.targets_set and {"sales", "funding"} <= set(gtb.target_metrics)
    sales = [(f.kind, f.year, f.value) for f in gtb.disclosed_figures if f.metric == "sales"]
    assert sales == [("actual", 2020, 103e12), ("target", 2030, 147e12)]
    card = service.scorecard(graph, parse_filters(community="gtb"))
    assert card.readiness[0].community == "gtb" and len(card.indicators) == 7
    # the reference clusters stand beside GTB, metric by metric, where figures exist
    ref = card.reference
    assert ref.communities[0] == "gtb"
    assert {"cluster-boston-cambridge", "cluster-sf-bay-area", "cluster-san-diego", "cluster-london"} <= set(
        ref.communities
    )
    metrics = {m.metric: m for m in ref.metrics}
    companies = {(v.community, v.year): v.value for v in metrics["companies"].values}
    assert companies[("cluster-boston-cambridge", 2020)] == 500 and companies[("cluster-san-diego", 2019)] == 960
    funding = {(v.community, v.kind, v.scope) for v in metrics["funding"].values}
    assert {("gtb", "target", "Tokyo area"), ("cluster-boston-cambridge", "actual", "Cambridge")} <= funding
    assert ref.not_disclosed["cluster-london"] == ["companies", "sales", "jobs", "funding"]
    assert ref.not_disclosed["gtb"] == ["companies", "jobs"]
    assert all(v.source for m in ref.metrics for v in m.values)
    assert service.organizations(graph, Filters()).total > 100


INTRO_POOL = [
    org("core-pharma", "pharma", description="Global pharmaceutical company licensing antibody drug candidates."),
    org("core-cdmo", "cdmo", description="Contract manufacturer of antibodies under GMP for clinical trials."),
    org(
        "core-univ",
        "university",
        description="University laboratory researching AAV gene therapy vectors and rare genetic diseases.",
    ),
    org(
        "core-vc",
        "vc",
        description="Venture capital firm investing at seed and series A in gene therapy startups.",
        funding_stage="seed",
    ),
    org(
        "edge-startup",
        "startup",
        description="Drug venture developing an AAV gene therapy for a rare disease.",
        needs="Seed funding from investors in gene therapy, and academic collaborators on AAV vectors.",
    ),
    org("edge-hospital", "hospital", description="Hospital running clinical trials of antibody therapies."),
]


def test_introductions_carry_matcher_reasons(graph: Graph, api: httpx.Client) -> None:
    core = ["core-pharma", "core-cdmo", "core-univ", "core-vc"]
    links = [link(a, b, "COLLABORATES_WITH") for i, a in enumerate(core) for b in core[i + 1 :]]
    links += [
        link("core-cdmo", "edge-startup", "OUTSOURCES_TO"),
        link("edge-hospital", "core-univ", "COLLABORATES_WITH"),
    ]
    CACHE.clear()
    # without profile vectors: the network rule alone
    load(graph, INTRO_POOL + links)
    plain = api.get("/v1/metrics/scorecard").raise_for_status().json()["introductions"]
    assert plain and all(i["ranked_by"] == "network" and i["match_reasons"] == [] for i in plain)
    # with profiles embedded (the API's import embeds them): the matcher chooses and says why
    graph.run_auto(cypher("write/clear"))
    CACHE.clear()
    body = "".join(json.dumps(r) + "\n" for r in INTRO_POOL + links)
    api.post("/v1/import", content=body, headers={"content-type": "application/x-ndjson"}).raise_for_status()
    intros = api.get("/v1/metrics/scorecard").raise_for_status().json()["introductions"]
    startup = next(i for i in intros if i["source"] == "edge-startup")
    assert startup["ranked_by"] == "matcher" and startup["match_score"] > 0
    assert startup["target"] in {"core-univ", "core-vc"}  # sectors its ties do not reach yet
    assert startup["reason"] and startup["reason_ja"]
    assert startup["match_reasons"] and all(r["en"] and r["ja"] for r in startup["match_reasons"])


def test_the_metrics_cache_computes_once_however_many_ask() -> None:
    import threading
    import time as _time

    from matchmaker.metrics.projection import VersionedCache

    cache, calls = VersionedCache(ttl=0.5), []

    def compute() -> int:
        calls.append(1)
        _time.sleep(0.3)
        return len(calls)

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get_or_compute(("k",), compute))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [1] * 8 and len(calls) == 1
    _time.sleep(0.6)  # expired: requests get the previous value at once, one background thread refreshes it
    gate = threading.Event()

    def held() -> int:  # the refresh cannot finish before the requests below have answered
        gate.wait(10)
        return compute()

    assert cache.get_or_compute(("k",), held) == 1
    assert cache.get_or_compute(("k",), held) == 1
    gate.set()
    deadline = _time.monotonic() + 5
    while cache.get_or_compute(("k",), compute) != 2 and _time.monotonic() < deadline:
        _time.sleep(0.05)
    assert cache.get_or_compute(("k",), compute) == 2 and len(calls) == 2


def test_each_order_of_the_organisations_table_is_its_own_and_pages_through_it(graph: Graph) -> None:
    """Orders are kept per graph version: asking for one sort after another gives each its own
    order, and pages of a kept order join up to the whole table."""
    load(graph, small_ecosystem())
    by_degree = service.organizations(graph, Filters(), sort="degree", limit=1000).items
    by_id = service.organizations(graph, Filters(), sort="id", limit=1000).items
    assert [m.id for m in by_id] == sorted(m.id for m in by_degree)
    assert [(-m.degree, m.id) for m in by_degree] == sorted((-m.degree, m.id) for m in by_degree)
    pages = [service.organizations(graph, Filters(), sort="degree", limit=7, offset=n).items for n in range(0, 42, 7)]
    assert [m.id for page in pages for m in page] == [m.id for m in by_degree]
    load(graph, [link("o38", "o39", "SUPPLIES")])  # two isolates tied: a new version, a new order
    after = service.organizations(graph, Filters(), sort="degree", limit=1000).items
    assert {m.id: m.degree for m in after}["o39"] == 1


def test_a_community_created_while_readiness_reads_is_left_to_the_next_request(
    graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The readiness reads places, ties and composition in three round trips; a community imported
    between the first and the last (schemathesis's write half did so in the test of the API) is left
    out of this answer, not a KeyError and a 500, and is there at the next."""
    load(graph, community_records(ALL_GLOBAL, cid="full", figures=[TARGET]))
    real = graph.read

    def with_a_write_between(name: Any, **params: Any) -> list[dict[str, Any]]:
        rows = real(name, **params)
        if name == "metrics/community_places":
            load(graph, community_records(ALL_GLOBAL[:2], cid="late"))
        return rows

    monkeypatch.setattr(graph, "read", with_a_write_between)
    assert [r.community for r in sc.readiness(graph)] == ["full"]
    monkeypatch.setattr(graph, "read", real)
    assert {r.community for r in sc.readiness(graph)} == {"full", "late"}
