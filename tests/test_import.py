"""Import and export against the real Neo4j: validation, atomicity, idempotency, round trip."""

from __future__ import annotations

import orjson
import pytest

from matchmaker.exchange.exporter import export_records, organizations_csv
from matchmaker.exchange.importer import ImportFailed, import_records
from matchmaker.exchange.reader import read_text
from matchmaker.graph.connection import Graph
from tests.helpers import FIXTURES, counts, graph_snapshot, jsonl

SMALL = (FIXTURES / "small.jsonl").read_text(encoding="utf-8")


def load(graph: Graph, text: str, name: str = "in.jsonl", **kw):
    return import_records(graph, read_text(text, name), batch_size=3, **kw)


def test_import_writes_nodes_links_and_shorthand(graph: Graph) -> None:
    report = load(graph, SMALL)
    assert report.written == {"community": 1, "hub": 1, "event": 1, "organization": 3, "seed": 1}
    assert report.links == 6
    nodes, links = counts(graph)
    assert nodes == {"Community": 1, "Hub": 1, "Event": 1, "Organization": 3, "Seed": 1}
    # 6 link records (two investment rounds stay apart) + shorthand: 2 MEMBER_OF (one merged with
    # the explicit link), LOCATED_IN, PART_OF, OWNS
    assert links == 10
    rounds = graph.driver.execute_query(
        "MATCH (:Entity {id:'t-vc'})-[r:INVESTED_IN]->(:Entity {id:'t-startup'}) RETURN r.round AS r, r.lead AS lead "
        "ORDER BY r"
    ).records
    assert [(r["r"], r["lead"]) for r in rounds] == [("series_a", True), ("series_b", None)]


def test_reimport_is_idempotent(graph: Graph) -> None:
    load(graph, SMALL)
    first = graph_snapshot(graph)
    load(graph, SMALL)
    assert graph_snapshot(graph) == first


def test_export_round_trip(graph: Graph) -> None:
    load(graph, SMALL)
    before = graph_snapshot(graph)
    text = "".join(orjson.dumps(r).decode() + "\n" for r in export_records(graph))
    graph.run_auto("MATCH (n:Entity) DETACH DELETE n")
    assert counts(graph) == ({}, 0)
    load(graph, text, "export.jsonl")
    assert graph_snapshot(graph) == before
    again = "".join(orjson.dumps(r).decode() + "\n" for r in export_records(graph))
    assert again == text


BAD = [
    ('{"record": "organization", "id": "ok-1", "kind": "cdmo", "name": "Fine"}', None, None),
    ('{"record": "organization", "id": "bad-kind", "kind": "biotech", "name": "X"}', 2, "kind"),
    ('{"record": "organization", "id": "x", "kind": "vc", "name": "X", "colour": "red"}', 3, "colour"),
    ("{not json", 4, None),
    ('{"record": "link", "source": "ok-1", "target": "missing", "type": "SUPPLIES"}', 5, "target"),
    ('{"record": "organization", "id": "has space", "kind": "vc", "name": "X"}', 6, "id"),
    (
        '{"record": "organization", "id": "long", "kind": "vc", "name": "X", "description": "' + "あ" * 9000 + '"}',
        7,
        "description",
    ),
    ('{"record": "organization", "id": "ok-1", "kind": "cdmo", "name": "Twice"}', 8, "id"),
    ('{"record": "link", "source": "ok-1", "target": "ok-1", "type": "SUPPLIES"}', 9, None),
    ('{"record": "organization", "id": "r", "kind": "vc", "name": "X", "region": "JP-99"}', 10, "region"),
    ('{"record": "link", "source": "ok-1", "target": "ok-2", "type": "MEMBER_OF"}', 11, "target"),
    (
        '{"record": "organization", "id": "ok-2", "kind": "cro", "name": "Also fine", "modalities": ["magic"]}',
        12,
        "modalities",
    ),
    ('{"record": "widget", "id": "w"}', 13, "record"),
]


def test_invalid_records_report_line_and_field_and_write_nothing(graph: Graph) -> None:
    load(graph, SMALL)
    before = graph_snapshot(graph)
    with pytest.raises(ImportFailed) as caught:
        load(graph, "\n".join(line for line, *_ in BAD), "bad.jsonl")
    errors = caught.value.report.errors
    found = {(e.line, e.field) for e in errors}
    for _, line, field in BAD[1:]:
        assert (line, field) in found, (line, field, errors)
    assert all(e.file == "bad.jsonl" for e in errors)
    assert not any(e.line == 1 for e in errors)
    assert graph_snapshot(graph) == before


def test_skip_invalid_writes_only_valid_records(graph: Graph) -> None:
    text = jsonl(
        {"record": "organization", "id": "a", "kind": "cdmo", "name": "A"},
        {"record": "organization", "id": "b", "kind": "nonsense", "name": "B"},
        {"record": "link", "source": "a", "target": "b", "type": "SUPPLIES"},
        {"record": "organization", "id": "c", "kind": "pharma", "name": "C"},
        {"record": "link", "source": "a", "target": "c", "type": "SUPPLIES"},
    )
    report = load(graph, text, skip_invalid=True)
    assert report.written == {"organization": 2}
    assert report.skipped == 2
    assert {(e.line, e.field) for e in report.errors} == {(2, "kind"), (3, "target")}
    assert counts(graph) == ({"Organization": 2}, 1)


def test_an_id_cannot_change_its_label(graph: Graph) -> None:
    load(graph, SMALL)
    with pytest.raises(ImportFailed) as caught:
        load(graph, jsonl({"record": "organization", "id": "t-gtb", "kind": "vc", "name": "Not a community"}))
    assert caught.value.report.errors[0].field == "id"
    assert "Community" in caught.value.report.errors[0].message


def test_dry_run_writes_nothing(graph: Graph) -> None:
    report = load(graph, SMALL, dry_run=True)
    assert report.written["organization"] == 3
    assert counts(graph) == ({}, 0)


def test_csv_import_and_export(graph: Graph) -> None:
    load(graph, SMALL)
    csv_text = (
        "id,kind,name,name_ja,modalities,communities,region\n"
        "c-1,cdmo,Delta CDMO,デルタ,antibody;mrna,t-gtb,JP-12\n"
        '"c-2",supplier,"Epsilon, Inc.",,,,\n'
    )
    report = import_records(graph, read_text(csv_text, "orgs.csv"), batch_size=10)
    assert report.written == {"organization": 2}
    out = "".join(organizations_csv(graph))
    assert "c-1,Delta CDMO,デルタ" in out
    assert "antibody;mrna" in out
    assert '"Epsilon, Inc."' in out
    # the exported CSV imports again unchanged
    before = graph_snapshot(graph)
    import_records(graph, read_text(out, "again.csv"), batch_size=10)
    assert graph_snapshot(graph) == before


def test_csv_errors_name_line_and_column(graph: Graph) -> None:
    bad_header = "id,kind,name,colour\nx,vc,X,red\n"
    with pytest.raises(ImportFailed) as caught:
        import_records(graph, read_text(bad_header, "a.csv"), batch_size=10)
    assert (caught.value.report.errors[0].line, caught.value.report.errors[0].field) == (1, "colour")
    bad_rows = "id,kind,name\nok,vc,Fine\nx,zz,X\ny,vc\n"
    with pytest.raises(ImportFailed) as caught:
        import_records(graph, read_text(bad_rows, "b.csv"), batch_size=10)
    assert {(e.line, e.field) for e in caught.value.report.errors} == {(3, "kind"), (4, None)}
    assert counts(graph) == ({}, 0)


FIGURES = [
    {"metric": "sales", "kind": "actual", "year": 2020, "value": 103e12, "unit": "JPY", "scope": "Tokyo area",
     "source": "002_baa67c525c78ab12.txt l.423-425"},
    {"metric": "joint_projects", "kind": "target", "year": 2030, "value": 5, "value_max": 10, "unit": "count",
     "source": "002_baa67c525c78ab12.txt l.454-455"},
    {"metric": "ecosystem_rank", "kind": "target", "year": 2030, "value": 5, "unit": "rank", "qualifier": "at_most",
     "note": "within the top 5", "source": "002_baa67c525c78ab12.txt l.469-472"},
]  # fmt: skip


def test_community_figures_round_trip(graph: Graph, api) -> None:
    community = {"record": "community", "id": "f-gtb", "kind": "global", "name": "Figures", "figures": FIGURES}
    load(graph, jsonl(community))
    stored = graph.driver.execute_query("MATCH (c:Community {id: 'f-gtb'}) RETURN c.figures AS f").records[0]["f"]
    assert isinstance(stored, str) and orjson.loads(stored) == FIGURES  # one JSON property, as given
    first = graph_snapshot(graph)
    load(graph, jsonl(community))  # idempotent
    assert graph_snapshot(graph) == first
    exported = [r for r in export_records(graph) if r["record"] == "community"]
    assert exported == [community]
    text = jsonl(*exported)
    graph.run_auto("MATCH (n:Entity) DETACH DELETE n")
    load(graph, text, "export.jsonl")
    assert graph_snapshot(graph) == first
    assert api.get("/v1/communities/f-gtb").raise_for_status().json()["figures"] == FIGURES
    # no figures: no property, and re-importing without them removes them
    load(graph, jsonl({**community, "figures": []}))
    assert graph.driver.execute_query("MATCH (c:Community {id: 'f-gtb'}) RETURN c.figures AS f").records[0]["f"] is None


def test_figure_errors_name_the_field(graph: Graph) -> None:
    def bad(**change) -> dict:
        return {**FIGURES[0], **change}

    lines = [
        bad(year=1800),
        bad(metric="profit"),
        bad(kind="forecast"),
        bad(unit="oku_yen"),
        bad(value=-1),
        bad(value_max=1.0),
        {k: v for k, v in FIGURES[0].items() if k != "source"},
        bad(colour="red"),
    ]
    text = jsonl(*({"record": "community", "id": f"c{n}", "name": "C", "figures": [f]} for n, f in enumerate(lines)))
    text += jsonl({"record": "community", "id": "twice", "name": "C", "figures": [FIGURES[0], bad(value=1.0)]})
    with pytest.raises(ImportFailed) as caught:
        load(graph, text, "figures.jsonl")
    found = {(e.line, e.field): e.message for e in caught.value.report.errors}
    expected = ["figures.0.year", "figures.0.metric", "figures.0.kind", "figures.0.unit", "figures.0.value",
                "figures.0", "figures.0.source", "figures.0.colour", "figures"]  # fmt: skip
    for line, field in enumerate(expected, start=1):
        assert (line, field) in found, (line, field, found)
    assert "1900" in found[(1, "figures.0.year")]
    assert "sales" in found[(2, "figures.0.metric")]  # names the known metrics
    assert "two actual figures for sales (Tokyo area) in 2020" in found[(9, "figures")]
    assert counts(graph) == ({}, 0)
