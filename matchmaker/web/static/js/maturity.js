// The secretariat's maturity table (issue 25): community building, international ties and
// disclosure, each by set-up, results and international recognition (the Cabinet Office plan,
// 000_5702a8b11a23b71d.txt l.520-528), built by GET /v1/communities/{id}/maturity from the graph and
// from the members' self-assessments; below it, every member's self-assessed level.
import { api, errorBox, fill, h, kindLabel, lang, loading, onLangChange, orgLink, orgName, start, t } from "./common.js";

const $ = (id) => document.getElementById(id);
const COLUMNS = ["setup", "results", "recognition"];
let current = null;

const pick = (o, en = "name", ja = "name_ja") => (lang() === "ja" && o[ja] ? o[ja] : o[en]);

async function load(community) {
  fill($("mat-status"), loading());
  try {
    current = await api(`/v1/communities/${encodeURIComponent(community)}/maturity`);
    fill($("mat-status"));
    render();
  } catch (e) {
    current = null;
    $("mat-result").hidden = true;
    fill($("mat-status"), errorBox(e));
  }
}

function cell(c) {
  if (!c || c.status === "not_applicable") return h("td", { class: "mat-cell status-not_applicable", dataset: { status: "not_applicable" } }, "—");
  return h("td", { class: `mat-cell status-${c.status}`, dataset: { status: c.status, axis: c.axis, column: c.column } },
    h("strong", {}, t(`mat.status.${c.status}`)),
    h("ul", {}, c.checks.map((k) => h("li", { class: k.met ? "met" : "unmet" }, k.met ? "✓ " : "✗ ", pick(k, "en", "ja"), " ",
      h("span", { class: "muted small-text" }, `(${t(`mat.basis.${k.basis}`)}${k.detail ? `: ${k.detail}` : ""}; ${k.source})`)))));
}

function render() {
  const m = current;
  $("mat-result").hidden = false;
  fill($("mat-heading"), orgName(m));
  fill($("mat-summary"), t("mat.summary", { answered: m.answered, members: m.members.length,
    level: lang() === "ja" ? m.readiness_level_ja : t(`level.${m.readiness_level}`), set: t(`mat.set.${m.requirement_set}`) }));
  const axes = [...new Set(m.table.map((c) => c.axis))];
  const first = (col) => m.table.find((c) => c.column === col);
  fill($("mat-table"),
    h("thead", {}, h("tr", {}, h("th", {}, t("mat.axis")), COLUMNS.map((col) => h("th", {}, pick(first(col), "column_name", "column_name_ja"))))),
    h("tbody", {}, axes.map((axis) => {
      const row = m.table.filter((c) => c.axis === axis);
      return h("tr", {}, h("th", { scope: "row" }, pick(row[0], "axis_name", "axis_name_ja")),
        COLUMNS.map((col) => cell(row.find((c) => c.column === col))));
    })));
  fill($("mat-members"),
    h("thead", {}, h("tr", {}, ["mat.member", "mat.kind", "mat.category", "mat.level", "mat.lacks"].map((k) => h("th", {}, t(k))))),
    h("tbody", {}, m.members.map((x) => h("tr", { dataset: { id: x.id, level: x.level || "none" } },
      h("td", {}, orgLink(x.id, orgName(x))), h("td", {}, kindLabel(x.kind)), h("td", {}, x.category ? pick(x, "category_name", "category_name_ja") : "—"),
      h("td", {}, x.answered
        ? h("a", { href: `/self-assessment?org=${encodeURIComponent(x.id)}` }, x.level ? t(`level.${x.level}`) : t("mat.no_level"))
        : h("span", { class: "muted" }, t("mat.not_answered"))),
      h("td", { class: "num" }, x.lacks ?? "—")))));
  fill($("mat-rules"), m.rules.map((r) => h("li", {}, r)));
}

async function main() {
  $("mat-pick").addEventListener("submit", (e) => {
    e.preventDefault();
    const c = $("mat-community").value.trim();
    if (c) load(c);
  });
  onLangChange(() => current && render());
  let community = $("mat-community").value.trim();
  if (!community) {
    try {
      community = (await api("/v1/me")).community || "";
      $("mat-community").value = community;
    } catch (e) {
      fill($("mat-status"), errorBox(e));
      return;
    }
  }
  if (community) await load(community);
  else fill($("mat-status"), h("p", { class: "muted" }, t("mat.choose")));
}

start(main);
