"""A secretariat's own spreadsheets (issue 18): Excel workbooks and Shift-JIS CSV with Japanese
headings and labels, through the same validation and writes as the exchange format, against the
real Neo4j and the real API."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import httpx
import openpyxl
import pytest
from typer.testing import CliRunner

from matchmaker.access.models import Role
from matchmaker.cli import app
from matchmaker.exchange.importer import ImportFailed, import_records
from matchmaker.exchange.reader import XLSX_MEDIA_TYPE, read_bytes
from matchmaker.graph.connection import Graph
from matchmaker.graph.queries import cypher
from tests.conftest import bearer, make_key
from tests.helpers import counts, graph_snapshot, jsonl

COMMUNITY = {"record": "community", "id": "gtb-t", "name": "Test Biocommunity", "name_ja": "テストバイオコミュニティ"}

# The members as the exchange format writes them (term ids, English headings) ...
UTF8_ORGS = """id,kind,name,name_ja,modalities,capabilities,region,communities,founded
cdmo-kbs,cdmo,Kanagawa Bio Manufacturing,神奈川バイオ製造株式会社,antibody;viral_vector,process_development,JP-14,\
gtb-t,2011
startup-abc,startup,ABC Therapeutics,ABCセラピューティクス株式会社,antibody,,JP-13,gtb-t,
pharma-fj,pharma,Fujimori Pharma,藤森製薬株式会社,,,JP-13,,1950
"""
UTF8_LINKS = """source,target,type,since,topic
cdmo-kbs,startup-abc,COLLABORATES_WITH,2024-04-01,AAV process
"""
# ... and as a Japanese secretariat types them: Japanese headings, labels and prefecture names.
JA_HEADER = ["ID", "種別", "名称（英語）", "名称", "モダリティ", "機能", "都道府県", "コミュニティ", "設立年"]
JA_ROWS: list[list[Any]] = [
    [
        "cdmo-kbs",
        "CDMO",
        "Kanagawa Bio Manufacturing",
        "神奈川バイオ製造株式会社",
        "抗体、AAV",
        "プロセス開発",
        "神奈川県",
        "gtb-t",
        2011,
    ],
    [
        "startup-abc",
        "創薬ベンチャー",
        "ABC Therapeutics",
        "ABCセラピューティクス株式会社",
        "抗体",
        None,
        "東京都",
        "gtb-t",
        None,
    ],
    ["pharma-fj", "製薬企業", "Fujimori Pharma", "藤森製薬株式会社", None, None, "Tokyo", None, 1950],
]
JA_LINK_HEADER = ["起点", "相手", "種類", "開始日", "topic"]
JA_LINK_ROWS: list[list[Any]] = [["cdmo-kbs", "startup-abc", "共同研究", "2024-04-01", "AAV process"]]


def workbook(sheets: dict[str, list[list[Any]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_text(rows: list[list[Any]]) -> str:
    return "".join(",".join("" if c is None else str(c) for c in row) + "\n" for row in rows)


def snapshot(graph: Graph) -> Any:
    nodes, rels = graph_snapshot(graph)
    drop = ("vec_rev",)  # the graph-wide revision when the vectors were written
    return [(labels, {k: v for k, v in props.items() if k not in drop}) for labels, props in nodes], rels


def clear(graph: Graph, api: httpx.Client) -> None:
    graph.run_auto(cypher("write/clear"))
    r = api.post("/v1/import", content=jsonl(COMMUNITY), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text


def post(api: httpx.Client, body: bytes, content_type: str, **params: Any) -> httpx.Response:
    return api.post("/v1/import", content=body, headers={"content-type": content_type}, params=params)


def test_xlsx_and_cp932_csv_with_japanese_headings_write_the_utf8_csv_graph(api: httpx.Client, graph: Graph) -> None:
    clear(graph, api)
    assert post(api, UTF8_ORGS.encode(), "text/csv").status_code == 200
    assert post(api, UTF8_LINKS.encode(), "text/csv").status_code == 200
    expected = snapshot(graph)
    assert counts(graph)[1] == 3  # two memberships and the collaboration
    assert any(p.get("modalities") == ["antibody", "viral_vector"] for _, p in expected[0])

    clear(graph, api)
    book = workbook({"会員": [JA_HEADER, *JA_ROWS], "つながり": [JA_LINK_HEADER, *JA_LINK_ROWS]})
    r = post(api, book, XLSX_MEDIA_TYPE)
    assert r.status_code == 200, r.text
    assert r.json()["written"] == {"organization": 3} and r.json()["links"] == 1
    assert snapshot(graph) == expected

    clear(graph, api)
    sjis = csv_text([JA_HEADER, *JA_ROWS]).encode("cp932")
    with pytest.raises(UnicodeDecodeError):
        sjis.decode("utf-8")
    assert post(api, sjis, "text/csv").status_code == 200
    r = post(api, csv_text([JA_LINK_HEADER, *JA_LINK_ROWS]).encode("cp932"), "application/octet-stream", format="csv")
    assert r.status_code == 200, r.text
    assert snapshot(graph) == expected

    clear(graph, api)  # Excel's "CSV UTF-8" starts with a BOM
    assert post(api, "\ufeff".encode() + csv_text([JA_HEADER, *JA_ROWS]).encode(), "text/csv").status_code == 200
    assert post(api, UTF8_LINKS.encode(), "text/csv").status_code == 200
    assert snapshot(graph) == expected


def test_a_bad_row_names_sheet_row_and_column_and_nothing_is_written(api: httpx.Client, graph: Graph) -> None:
    clear(graph, api)
    before = counts(graph)
    rows = [list(r) for r in JA_ROWS]
    rows[1][4] = "抗体医"  # row 3 of the sheet, column E (モダリティ): not a term
    book = workbook({"会員": [JA_HEADER, *rows], "つながり": [JA_LINK_HEADER, *JA_LINK_ROWS]})
    r = post(api, book, XLSX_MEDIA_TYPE)
    assert r.status_code == 422
    body = r.json()
    error = body["errors"][0]
    located = (error["sheet"], error["line"], error["column"], error["field"])
    assert located == ("会員", 3, "E (モダリティ)", "modalities")
    assert "antibody (Antibody / 抗体)" in error["message"]  # the nearest term is offered
    assert "sheet '会員', row 3, column E (モダリティ)" in body["message"]
    assert counts(graph) == before

    # a dry run reports the same, and the fixed sheet imports
    rows[1][4] = "抗体"
    fixed = workbook({"会員": [JA_HEADER, *rows]})
    dry = post(api, fixed, XLSX_MEDIA_TYPE, dry_run="true")
    assert dry.status_code == 200 and dry.json()["written"] == {"organization": 3}
    assert counts(graph) == before


def test_unknown_heading_and_link_type_are_located(graph: Graph) -> None:
    book = workbook({"Sheet1": [["id", "種別", "名称", "電話番号"], ["a", "CDMO", "A", "03"]]})
    with pytest.raises(ImportFailed) as caught:
        import_records(graph, read_bytes(book, "members.xlsx"))
    problem = caught.value.report.errors[0]
    assert (problem.sheet, problem.line, problem.column) == ("Sheet1", 1, "D (電話番号)")
    assert str(problem).startswith("members.xlsx: sheet 'Sheet1', row 1, column D (電話番号)")


def test_csv_in_another_encoding_is_refused_naming_the_encodings_read(api: httpx.Client, graph: Graph) -> None:
    r = post(api, csv_text([JA_HEADER, *JA_ROWS]).encode("utf-16"), "text/csv")
    assert r.status_code == 422
    error = r.json()["errors"][0]
    assert error["field"] == "encoding"
    assert "UTF-8" in error["message"] and "Shift-JIS (CP932)" in error["message"]
    assert counts(graph)[0].get("Organization", 0) == 0


def test_cli_imports_an_xlsx(graph: Graph, cli_env: dict[str, str], tmp_path: Path) -> None:
    import_records(graph, read_bytes(jsonl(COMMUNITY).encode(), "c.jsonl"))
    path = tmp_path / "members.xlsx"
    path.write_bytes(workbook({"会員": [JA_HEADER, *JA_ROWS], "つながり": [JA_LINK_HEADER, *JA_LINK_ROWS]}))
    result = CliRunner().invoke(app, ["import", "--no-embed", str(path)])
    assert result.exit_code == 0, result.output
    assert "wrote 3 organization and 1 link record(s)" in result.output
    rows = graph.driver.execute_query("MATCH (o:Organization {id: 'startup-abc'}) RETURN o.kind AS k, o.region AS r")
    assert rows.records[0].data() == {"k": "startup", "r": "JP-13"}

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(workbook({"会員": [JA_HEADER, ["x-1", "会社", "X", "エックス", None, None, "東京", None, None]]}))
    result = CliRunner().invoke(app, ["import", "--no-embed", str(bad)])
    assert result.exit_code != 0
    assert "sheet '会員', row 2, column B (種別): kind: unknown kind '会社'" in result.output


def test_exports_for_excel_a_bom_csv_and_a_workbook_that_imports_again(api: httpx.Client, graph: Graph) -> None:
    clear(graph, api)
    assert post(api, UTF8_ORGS.encode(), "text/csv").status_code == 200
    links = (
        "source,target,type,since,topic,services\n"
        "cdmo-kbs,startup-abc,COLLABORATES_WITH,2024-04-01,AAV process,\n"
        "pharma-fj,cdmo-kbs,OUTSOURCES_TO,,,process_development;分析法開発\n"  # a label among the ids
    )
    r = post(api, links.encode(), "text/csv")
    assert r.status_code == 200, r.text
    expected = snapshot(graph)

    r = api.get("/v1/export", params={"format": "csv"})
    assert r.content.startswith(b"\xef\xbb\xbf")  # Excel on Japanese Windows reads it as UTF-8
    assert "神奈川バイオ製造株式会社" in r.content.decode("utf-8-sig")

    r = api.get("/v1/export", params={"format": "xlsx"})
    assert r.status_code == 200 and r.headers["content-type"] == XLSX_MEDIA_TYPE
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["organizations", "links"]
    assert book["organizations"].max_row == 4 and book["links"].max_row == 3
    clear(graph, api)
    assert post(api, r.content, XLSX_MEDIA_TYPE).status_code == 200
    assert snapshot(graph) == expected


SEARCH_ORGS = [
    ("a-assoc", "association", "Kanagawa Bio Association", "神奈川バイオ産業協議会"),
    ("a-kbs-service", "cro", "Kanagawa Bio Manufacturing Services", "株式会社神奈川バイオ製造サービス"),
    ("a-bio-seizo", "cdmo", "Bio Manufacturing Research", "バイオ製造技術研究組合"),
    ("z-kbs", "cdmo", "Zen Kanagawa", "神奈川バイオ製造株式会社"),
    ("a-zacros", "supplier", "ZACROS", "ZACROS（藤森工業株式会社）"),
    ("z-fujimori", "supplier", "Zen Fujimori Kogyo", "藤森工業株式会社"),
    ("a-fujimori-trading", "supplier", "Fujimori Trading", "藤森工業商事株式会社"),
    ("m-kana", "startup", "Zeta Kana", "カナガワバイオ株式会社"),
]


@pytest.mark.parametrize(
    ("q", "first"),
    [
        ("神奈川バイオ製造株式会社", "z-kbs"),  # issue 18: was 141st of 440
        ("神奈川バイオ製造(株)", "z-kbs"),  # another legal-form spelling
        ("㈱神奈川バイオ製造", "z-kbs"),
        ("藤森工業", "z-fujimori"),  # issue 18: was 5th of 72
        ("ｶﾅｶﾞﾜﾊﾞｲｵ", "m-kana"),  # half-width kana
        ("かながわばいお", "m-kana"),  # hiragana
        ("fujimori kogyo", "z-fujimori"),
        ("acros", "a-zacros"),  # inside a word, in another case: the substring index (schema/009)
        ("ANUFACTURING SERVICES", "a-kbs-service"),
    ],
)
def test_name_search_ranks_the_name_typed_first(api: httpx.Client, graph: Graph, q: str, first: str) -> None:
    records = [{"record": "organization", "id": i, "kind": k, "name": n, "name_ja": ja} for i, k, n, ja in SEARCH_ORGS]
    assert post(api, jsonl(*records).encode(), "application/x-ndjson").status_code == 200
    r = api.get("/v1/organizations", params={"q": q, "limit": 50})
    assert r.status_code == 200
    ids = [o["id"] for o in r.json()["items"]]
    assert ids[0] == first, ids
    # in name order (the list without a query) the same hits would not start with it
    plain = [o["id"] for o in api.get("/v1/organizations", params={"limit": 50}).json()["items"]]
    if q not in ("fujimori kogyo", "acros", "ANUFACTURING SERVICES"):  # queries with a single hit
        assert [i for i in plain if i in ids].index(first) > 0


def test_a_community_without_ties_gets_no_introductions_and_is_told_why(api: httpx.Client, graph: Graph) -> None:
    clear(graph, api)
    members = [
        ("m-uni", "university", "Uni"), ("m-vc", "vc", "Capital"), ("m-pharma", "pharma", "Pharma"),
        ("m-cdmo", "cdmo", "CDMO"), ("m-gov", "government", "Prefecture"), ("m-assoc", "association", "Council"),
    ]  # fmt: skip
    records = [
        {"record": "organization", "id": i, "kind": k, "name": n, "name_ja": n + "（日本語）", "communities": ["gtb-t"]}
        for i, k, n in members
    ]
    assert post(api, jsonl(*records).encode(), "application/x-ndjson").status_code == 200
    body = api.get("/v1/metrics/scorecard", params={"community": "gtb-t"}).raise_for_status().json()
    assert body["notice"]["code"] == "no_ties"
    assert "links sheet" in body["notice"]["en"] and "面談結果" in body["notice"]["ja"]
    assert body["introductions"] == []
    assert all(i["value"] is None for i in body["indicators"])  # not measured, rather than 0
    assert all(i["healthy_ja"].endswith("ほど健全") for i in body["indicators"])
    network = api.get("/v1/metrics/network", params={"community": "gtb-t"}).raise_for_status().json()
    assert (network["metrics"]["core_size"], network["metrics"]["periphery_size"]) == (0, 0)

    # one recorded tie: the notice goes, and no introduction claims a core the network lacks
    tie = {"record": "link", "source": "m-uni", "target": "m-pharma", "type": "COLLABORATES_WITH"}
    assert post(api, jsonl(tie).encode(), "application/x-ndjson").status_code == 200
    body = api.get("/v1/metrics/scorecard", params={"community": "gtb-t"}).raise_for_status().json()
    assert body["notice"] is None
    assert body["introductions"], "members without ties can now be introduced to the tied ones"
    for intro in body["introductions"]:
        assert intro["target"] in ("m-uni", "m-pharma")  # never an isolate presented as the core
        assert "core" not in intro["reason"] and "中核" not in intro["reason_ja"]
        assert intro["target_name_ja"].endswith("（日本語）")


def test_a_secretariat_imports_only_its_own_members(api: httpx.Client, graph: Graph, api_url: str) -> None:
    other = {"record": "community", "id": "other-c", "name": "Other"}
    outsider = {"record": "organization", "id": "o-1", "kind": "cro", "name": "Outsider", "communities": ["other-c"]}
    clear(graph, api)
    assert post(api, jsonl(other, outsider).encode(), "application/x-ndjson").status_code == 200
    key = make_key(graph, Role.secretariat, community="gtb-t")
    with httpx.Client(base_url=api_url, headers=bearer(key), timeout=60) as secretariat:

        def upload(rows: list[list[Any]]) -> httpx.Response:
            book = workbook({"会員": [["ID", "種別", "名称", "コミュニティ"], *rows]})
            return secretariat.post("/v1/import", content=book, headers={"content-type": XLSX_MEDIA_TYPE})

        r = upload([["s-1", "CRO", "エス", "gtb-t"], ["s-2", "CRO", "エス2", None]])
        assert r.status_code == 403 and "sheet '会員', row 3" in r.json()["message"]
        r = upload([["o-1", "CRO", "乗っ取り", "gtb-t"]])  # another community's member
        assert r.status_code == 403 and "'o-1' is not a member of 'gtb-t'" in r.json()["message"]
        assert counts(graph)[0].get("Organization") == 1
        r = upload([["s-1", "CRO", "エス", "gtb-t"]])
        assert r.status_code == 200, r.text
        assert r.json()["written"] == {"organization": 1}
