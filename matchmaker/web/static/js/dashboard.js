// The secretariat's dashboard: the health scorecard, indicator trends (Chart.js), a network view of a
// filtered subgraph (cytoscape: the top-N organisations by centrality and the links among them, never
// the whole graph), top brokers, isolated members, suggested introductions and certification readiness.
import { api, empty, errorBox, fill, fmt, h, hasLib, KIND_COLOURS, kindBadge, lang, loading, onLangChange, orgLink, orgName, start, t } from "./common.js";

const $ = (id) => document.getElementById(id);
const ORG_LINKS = new Set(["INVESTED_IN", "SUPPLIES", "OUTSOURCES_TO", "COLLABORATES_WITH", "SPUN_OUT_FROM", "LICENSED_TO", "MET_WITH"]);
const PALETTE = ["#0f766e", "#e11d48", "#2563eb", "#d97706", "#7c3aed", "#65a30d", "#db2777", "#0891b2", "#b45309", "#4f46e5", "#64748b"];
const CONCURRENCY = 6;
let state = { scorecard: null, timeline: null, top: [], brokers: [], network: null, isolated: [], edges: [] };
let communities = [];
let cy = null;
const charts = {};

function params(extra = {}) {
  const p = new URLSearchParams();
  if ($("d-community").value) p.set("community", $("d-community").value);
  if ($("d-kind").value) p.append("kind", $("d-kind").value);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

/** Run `fn` over `items` with at most CONCURRENCY requests in flight. */
async function pool(items, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i]);
      } catch {
        out[i] = null;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return out;
}

function indicatorName(i) {
  return lang() === "ja" ? i.name_ja : i.name;
}

/** The last yearly change of an indicator, judged by whether it is healthier, not by its sign: the
 * API's `change_is_better` when it gives one, else the indicator's `direction` ('higher' or 'lower'
 * is healthier). A fall in average path length is better; a rise in the star shape is worse. */
function healthChange(i) {
  const points = i.trend.filter((x) => x.value !== null && x.value !== undefined);
  if (points.length < 2) return null;
  const delta = points.at(-1).value - points.at(-2).value;
  if (!delta) return null;
  const better = typeof i.change_is_better === "boolean" ? i.change_is_better : (i.direction === "lower" ? delta < 0 : delta > 0);
  return { delta, better, since: points.at(-2).year, word: t(better ? "health.better" : "health.worse") };
}

function renderScorecard() {
  const sc = state.scorecard;
  if (!sc) return;
  if (!sc.indicators.length) {
    fill($("scorecard"), empty("dash.no_data"));
    return;
  }
  // No recorded ties: say so and how to add them, instead of a row of zeros.
  const notice = sc.notice
    ? h("div", { class: "notice warn", id: "no-ties", "data-notice": sc.notice.code },
        lang() === "ja" ? sc.notice.ja : sc.notice.en, " ",
        h("a", { href: "/import" }, t("dash.go_import")))
    : null;
  fill($("scorecard"), notice, sc.indicators.map((i) => {
    const change = healthChange(i);
    return h("article", { class: "indicator", "data-indicator": i.id, title: `${i.formula}\n${i.reference}` },
      h("div", { class: "indicator-name" }, indicatorName(i)),
      h("div", { class: "indicator-value" }, fmt(i.value, 3), change ? h("span", {
        class: `delta ${change.delta > 0 ? "up" : "down"} ${change.better ? "better" : "worse"}`,
        dataset: { health: change.better ? "better" : "worse" }, title: t("health.since", { word: change.word, year: change.since }),
      }, `${change.delta > 0 ? "▲" : "▼"} ${fmt(Math.abs(change.delta), 3)} ${change.word}`) : null),
      h("div", { class: "indicator-meaning" }, lang() === "ja" ? i.meaning_ja : i.meaning),
      h("div", { class: "muted small-text" }, lang() === "ja" ? i.healthy_ja || i.healthy : i.healthy));
  }));
}

function renderCharts() {
  if (!hasLib("Chart")) {
    for (const id of ["trend-chart", "size-chart"]) $(id).replaceWith(h("div", { class: "notice warn" }, t("notice.no_chart")));
    return;
  }
  const sc = state.scorecard;
  const tl = state.timeline;
  if (sc) {
    const years = [...new Set(sc.indicators.flatMap((i) => i.trend.map((x) => x.year)))].sort();
    const datasets = sc.indicators.map((i, n) => {
      const byYear = new Map(i.trend.map((x) => [x.year, x.value]));
      const data = years.map((y) => byYear.get(y) ?? null);
      const big = data.some((v) => v !== null && Math.abs(v) > 1);
      return { label: indicatorName(i), data, yAxisID: big ? "y1" : "y", borderColor: PALETTE[n % PALETTE.length],
        backgroundColor: PALETTE[n % PALETTE.length], spanGaps: true, tension: 0.25, pointRadius: 2 };
    });
    const hasY1 = datasets.some((d) => d.yAxisID === "y1");
    charts.trend?.destroy();
    charts.trend = new window.Chart($("trend-chart"), {
      type: "line",
      data: { labels: years, datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false, interaction: { mode: "index", intersect: false },
        plugins: { legend: { position: "bottom", labels: { boxWidth: 10, font: { size: 10 } } } },
        scales: { y: { beginAtZero: true, title: { display: true, text: t("dash.share") } },
          y1: { display: hasY1, position: "right", grid: { drawOnChartArea: false } } } },
    });
  }
  if (tl) {
    charts.size?.destroy();
    charts.size = new window.Chart($("size-chart"), {
      type: "bar",
      data: { labels: tl.snapshots.map((s) => s.year), datasets: [
        { label: t("dash.nodes"), data: tl.snapshots.map((s) => s.nodes), backgroundColor: "#99f6e4" },
        { label: t("dash.edges"), data: tl.snapshots.map((s) => s.edges), backgroundColor: "#0f766e" }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: "bottom" } } },
    });
  }
}

function nodeColour(o) {
  if ($("d-colour").value === "community") return o.community === null || o.community === undefined ? "#9ca3af" : PALETTE[o.community % PALETTE.length];
  return KIND_COLOURS[o.kind] || KIND_COLOURS.other;
}

function renderLegend() {
  const seen = new Map();
  for (const o of state.top) {
    const key = $("d-colour").value === "community" ? `#${(o.community ?? -1) + 1}` : o.kind;
    if (!seen.has(key)) seen.set(key, nodeColour(o));
  }
  fill($("network-legend"), [...seen.entries()].map(([k, c]) =>
    h("span", { class: "legend-item" }, h("span", { class: "dot", style: `background:${c}` }), k.startsWith("#") ? `${t("dash.louvain")} ${k}` : t(`kind.${k}`))));
}

function drawNetwork() {
  const box = $("network");
  if (!hasLib("cytoscape")) {
    fill(box, h("div", { class: "notice warn" }, t("notice.no_graph")));
    return;
  }
  if (!state.top.length) {
    if (cy) cy.destroy();
    cy = null;
    fill(box, empty("dash.no_data"));
    return;
  }
  fill(box);
  const sortKey = $("d-sort").value;
  const max = Math.max(...state.top.map((o) => o[sortKey] || 0), 1e-9);
  const elements = state.top.map((o) => ({
    data: { id: o.id, label: orgName(o), colour: nodeColour(o), size: 12 + 38 * Math.sqrt((o[sortKey] || 0) / max) },
  }));
  for (const e of state.edges) elements.push({ data: { id: e.id, source: e.source, target: e.target, weight: e.count } });
  if (cy) cy.destroy();
  cy = window.cytoscape({
    container: box,
    elements,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", width: "data(size)", height: "data(size)", label: "data(label)",
        "font-size": 9, color: "#1f2937", "text-valign": "bottom", "text-margin-y": 2, "text-wrap": "ellipsis", "text-max-width": 90,
        "min-zoomed-font-size": 7 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#111827" } },
      { selector: "edge", style: { width: "mapData(weight, 1, 5, 1.5, 5)", "line-color": "#94a3b8", "curve-style": "haystack", opacity: 0.75 } },
    ],
    layout: { name: "cose", animate: false, randomize: true, nodeRepulsion: () => 12000, nodeOverlap: 24, idealEdgeLength: () => 80,
      componentSpacing: 60, numIter: 1000, fit: true, padding: 30 },
  });
  cy.on("tap", "node", (e) => { location.href = `/organizations/${encodeURIComponent(e.target.id())}`; });
  cy.on("mouseover", "node", (e) => { box.title = e.target.data("label"); box.style.cursor = "pointer"; });
  cy.on("mouseout", "node", () => { box.title = ""; box.style.cursor = ""; });
  window.matchmakerNetwork = cy;
  fill($("network-note"), t("dash.network_note", { n: state.top.length, total: state.orgTotal ?? "?", edges: state.edges.length, by: t(`metric.${sortKey}`) }));
  renderLegend();
}

function renderBrokers() {
  if (!state.brokers.length) {
    fill($("brokers"), empty("dash.no_data"));
    return;
  }
  fill($("brokers"), h("table", { class: "table" },
    h("thead", {}, h("tr", {}, h("th", {}, t("field.name")), h("th", { class: "num" }, t("metric.betweenness")),
      h("th", { class: "num" }, t("metric.constraint")), h("th", { class: "num" }, t("metric.degree")))),
    h("tbody", {}, state.brokers.map((o) => h("tr", {},
      h("td", {}, h("span", { class: "dot", style: `background:${KIND_COLOURS[o.kind] || KIND_COLOURS.other}`, title: t(`kind.${o.kind}`) }), " ",
        orgLink(o.id, orgName(o))), h("td", { class: "num" }, fmt(o.betweenness, 3)),
      h("td", { class: "num" }, fmt(o.constraint, 2)), h("td", { class: "num" }, o.degree))))));
}

function renderIsolated() {
  const iso = state.network?.metrics.isolates || [];
  fill($("isolated-count"), `(${iso.length})`);
  if (!iso.length) {
    fill($("isolated"), empty("dash.none_isolated"));
    return;
  }
  const known = new Map(state.isolated.filter(Boolean).map((o) => [o.id, o]));
  fill($("isolated"), h("ul", { class: "plain" }, iso.slice(0, 20).map((id) => {
    const o = known.get(id);
    return h("li", {}, orgLink(id, o ? orgName(o) : id), o ? [" ", kindBadge(o.kind)] : null);
  })), iso.length > 20 ? h("p", { class: "muted" }, t("org.more", { n: iso.length - 20 })) : null);
}

function renderIntroductions() {
  const intros = state.scorecard?.introductions || [];
  if (!intros.length) {
    fill($("introductions"), empty(state.scorecard?.notice ? "dash.no_intros_no_ties" : "dash.no_intros"));
    return;
  }
  fill($("introductions"), h("ul", { class: "plain intros" }, intros.slice(0, 10).map((i) => h("li", {},
    h("div", {}, orgLink(i.source, orgName({ id: i.source, name: i.source_name, name_ja: i.source_name_ja })), " ↔ ",
      orgLink(i.target, orgName({ id: i.target, name: i.target_name, name_ja: i.target_name_ja }))),
    h("div", { class: "muted small-text" }, lang() === "ja" ? i.reason_ja : i.reason)))));
}

/** A required body's name in the chosen language (the id only when the answer lacks it). */
function bodyName(readiness, id) {
  const body = (readiness.required || []).find((b) => b.id === id);
  return body ? (lang() === "ja" ? body.name_ja : body.name) : id;
}

function renderReadiness() {
  const rows = state.scorecard?.readiness || [];
  if (!rows.length) {
    fill($("readiness"), empty("dash.no_readiness"));
    return;
  }
  fill($("readiness"), h("table", { class: "table" },
    h("thead", {}, h("tr", {}, h("th", {}, t("field.community")), h("th", {}, t("dash.level")), h("th", { class: "num" }, t("dash.members")),
      h("th", {}, t("dash.missing")), h("th", {}, t("dash.ties")))),
    h("tbody", {}, rows.map((r) => h("tr", {},
      h("td", {}, orgName({ id: r.community, name: r.name, name_ja: r.name_ja })),
      h("td", {}, h("span", { class: `badge level-${r.level}` }, lang() === "ja" ? r.level_ja : t(`level.${r.level}`))),
      h("td", { class: "num" }, r.members),
      h("td", {}, r.missing.map((id) => bodyName(r, id)).join(lang() === "ja" ? "、" : ", ") || "–"),
      h("td", {}, `${r.regular_domestic_ties} / ${r.regular_overseas_ties}`))))));
}

function renderAll() {
  renderScorecard();
  renderCharts();
  drawNetwork();
  renderBrokers();
  renderIsolated();
  renderIntroductions();
  renderReadiness();
}

async function load(e) {
  e?.preventDefault();
  const status = $("dash-status");
  fill(status, loading("dash.loading"));
  const n = $("d-top").value;
  const sort = $("d-sort").value;
  const [sc, tl, top, brokers, network] = await Promise.allSettled([
    api(`/v1/metrics/scorecard?${params({ introductions: 10 })}`),
    api(`/v1/metrics/timeline?${params()}`),
    api(`/v1/metrics/organizations?${params({ sort, limit: n })}`),
    api(`/v1/metrics/organizations?${params({ sort: "betweenness", limit: 10 })}`),
    api(`/v1/metrics/network?${params()}`),
  ]);
  const failed = [sc, tl, top, brokers, network].find((r) => r.status === "rejected");
  // Metrics refused (a visitor without a key, or a key of another role): say so once, and show no
  // section at all rather than "No organisations" in each.
  if (failed && [401, 403].includes(failed.reason.status)) {
    fill(status, errorBox(failed.reason, "dashboard"));
    $("dash-body").hidden = true;
    return;
  }
  $("dash-body").hidden = false;
  state.scorecard = sc.status === "fulfilled" ? sc.value : null;
  state.timeline = tl.status === "fulfilled" ? tl.value : null;
  state.top = top.status === "fulfilled" ? top.value.items : [];
  state.orgTotal = top.status === "fulfilled" ? top.value.total : null;
  state.brokers = brokers.status === "fulfilled" ? brokers.value.items : [];
  state.network = network.status === "fulfilled" ? network.value : null;
  // The links among the top N only: each organisation's own links, kept where the other end is in the set.
  const ids = new Set(state.top.map((o) => o.id));
  const lists = await pool(state.top, (o) => api(`/v1/organizations/${encodeURIComponent(o.id)}/links`));
  const edges = new Map();
  state.top.forEach((o, i) => {
    for (const l of lists[i] || []) {
      if (!ids.has(l.other_id) || l.other_id === o.id || !ORG_LINKS.has(l.type)) continue;
      const [a, b] = [o.id, l.other_id].sort();
      const key = `${a}|${b}`;
      if (!edges.has(key)) edges.set(key, { id: key, source: a, target: b, count: 0, seen: new Set() });
      const edge = edges.get(key);
      const linkKey = `${l.type}|${JSON.stringify(l.attributes)}`;
      if (!edge.seen.has(linkKey)) {
        edge.seen.add(linkKey);
        edge.count += 1;
      }
    }
  });
  state.edges = [...edges.values()];
  const isoIds = (state.network?.metrics.isolates || []).slice(0, 20);
  state.isolated = await pool(isoIds, (id) => api(`/v1/organizations/${encodeURIComponent(id)}`));
  fill(status, failed ? errorBox(failed.reason) : "");
  renderAll();
  const q = new URLSearchParams(params({ top: n, sort }));
  history.replaceState(null, "", `/dashboard?${q}`);
}

function fillCommunities() {
  const sel = $("d-community");
  const value = sel.value;
  fill(sel, h("option", { value: "" }, t("dash.all")), communities.map((c) => h("option", { value: c.id }, orgName(c))));
  sel.value = value;
}

async function main() {
  try {
    const page = await api("/v1/communities?limit=200");
    communities = page.items || [];
  } catch {
    communities = [];
  }
  fillCommunities();
  const q = new URLSearchParams(location.search);
  if (q.get("community")) $("d-community").value = q.get("community");
  if (q.get("kind")) $("d-kind").value = q.get("kind");
  if (q.get("top")) $("d-top").value = q.get("top");
  if (q.get("sort")) $("d-sort").value = q.get("sort");
  $("dash-form").addEventListener("submit", load);
  $("d-colour").addEventListener("change", () => {
    if (!cy) return;
    const byId = new Map(state.top.map((o) => [o.id, o]));
    cy.nodes().forEach((n) => n.data("colour", nodeColour(byId.get(n.id()))));
    renderLegend();
  });
  onLangChange(() => {
    // Everything is redrawn in the new language except the network, which is only relabelled so
    // that its layout (and the user's zoom) stays put.
    fillCommunities();
    renderScorecard();
    renderCharts();
    renderBrokers();
    renderIsolated();
    renderIntroductions();
    renderReadiness();
    if (cy) {
      const byId = new Map(state.top.map((o) => [o.id, o]));
      cy.nodes().forEach((n) => n.data("label", orgName(byId.get(n.id()))));
      renderLegend();
      fill($("network-note"), t("dash.network_note", { n: state.top.length, total: state.orgTotal ?? "?", edges: state.edges.length, by: t(`metric.${$("d-sort").value}`) }));
    } else {
      drawNetwork();
    }
  });
  await load();
}

start(main);
