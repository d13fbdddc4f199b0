// An organisation's profile: what it is and offers (shown as written), its declared facts, the facets
// read from its text with their evidence, and its links as a list and as a small neighbourhood graph.
import { api, apiKey, empty, errorBox, fill, fmt, h, hasLib, KIND_COLOURS, kindBadge, kindLabel, lang, onLangChange, orgLink, orgName, altName, start, t, tOr } from "./common.js";

const $ = (id) => document.getElementById(id);
const orgId = $("org-root").dataset.org;
const MAX_NEIGHBOURS = 40; // a hub may have thousands of links: the drawing stays readable and fast
let org = null;
let facets = null;
let links = [];
let vocabulary = {};
let places = new Map(); // community, hub and event id -> record, so a profile names them instead of showing ids
let linksRefused = false; // links need a key: without one, their count is unknown, not 0
let cy = null;

// Facet sections read their terms from these vocabulary sections (SECTION_SOURCES in profiles/analyser.py).
const SOURCES = { sites: "regions" };

function term(section, id) {
  const item = (vocabulary[SOURCES[section] || section] || []).find((x) => x.id === id);
  return item ? (lang() === "ja" ? item.ja : item.en) : id;
}

function renderHead() {
  document.title = `${orgName(org)} · ${t("app.name")}`;
  fill($("org-name"), orgName(org));
  fill($("org-subname"), altName(org));
  fill($("org-badges"), kindBadge(org.kind), org.region ? h("span", { class: "badge" }, term("regions", org.region)) : null,
    org.website ? h("a", { href: org.website, rel: "noopener", target: "_blank" }, org.website) : null);
  $("org-find").href = `/?${new URLSearchParams({ org: org.id, target: org.kind === "startup" ? "cdmo" : "any" })}`;
  // Profile text is shown as written, in its own language, whatever the UI language.
  fill($("org-description"), org.description || t("org.none"));
  // Needs are shown to key holders only: without a key, their absence says nothing.
  fill($("org-needs"), org.needs || t(apiKey() ? "org.none" : "org.needs_hidden"));
  $("org-description").classList.toggle("muted", !org.description);
  $("org-needs").classList.toggle("muted", !org.needs);
}

function renderDeclared() {
  const rows = [
    ["field.kind", kindLabel(org.kind)],
    ["field.region", org.region ? term("regions", org.region) : null],
    ["field.modalities", (org.modalities || []).map((m) => term("modalities", m)).join(", ")],
    ["field.capabilities", (org.capabilities || []).map((m) => term("capabilities", m)).join(", ")],
    ["field.stage", org.stage ? term("stages", org.stage) : null],
    ["field.funding_stage", org.funding_stage ? term("funding_stages", org.funding_stage) : null],
    ["field.certifications", (org.certifications || []).map((m) => term("certifications", m)).join(", ")],
    ["field.communities", (org.communities || []).map(placeName).join(lang() === "ja" ? "、" : ", ")],
    ["field.hub", org.hub ? placeName(org.hub) : null],
    ["field.founded", org.founded],
    ["field.source", org.source],
    ["field.id", org.id],
  ].filter(([, v]) => v);
  fill($("org-declared"), rows.map(([k, v]) => h("tr", {}, h("th", {}, t(k)), h("td", {}, v))));
}

function renderFacets() {
  const box = $("org-facets");
  if (!facets) return;
  if (!facets.inferred.length) {
    fill(box, empty("org.no_facets"));
    return;
  }
  const row = (f) => h("tr", { class: `facet ${f.polarity}` },
    h("td", {}, h("span", { class: `badge polarity-${f.polarity}` }, t(`polarity.${f.polarity}`))),
    h("td", {}, h("strong", {}, term(f.section, f.term)), h("div", { class: "muted small-text" }, t(`section.${f.section}`))),
    h("td", { class: "evidence" }, `“${f.evidence}”`, h("span", { class: "muted small-text" }, ` (${t(`org.${f.text}`)})`)));
  const positive = facets.inferred.filter((f) => f.polarity === "positive");
  const negative = facets.inferred.filter((f) => f.polarity !== "positive");
  fill(box, h("table", { class: "table facets" },
    h("thead", {}, h("tr", {}, h("th", {}, t("org.polarity")), h("th", {}, t("org.facet")), h("th", {}, t("org.evidence")))),
    h("tbody", {}, [...positive, ...negative].map(row))));
}

function otherLabel(l) {
  return l.other_label === "Organization" ? kindBadge(l.other_kind) : h("span", { class: "badge" }, tOr(`label.${l.other_label}`, l.other_label));
}

function linkName(l) {
  return orgName({ id: l.other_id, name: l.other_name, name_ja: l.other_name_ja });
}

function linkTarget(l) {
  const label = linkName(l);
  return l.other_label === "Organization" ? orgLink(l.other_id, label) : h("span", {}, label);
}

// Link attributes whose values are vocabulary ids (LINK_SPECS in model/records.py), shown by their label.
const ATTR_TERMS = { items: "capabilities", services: "capabilities", round: "funding_stages" };

/** A link attribute's value as a person reads it: terms by label, a meeting's event by its name, yes/no. */
function attrValue(k, v) {
  if (Array.isArray(v)) return v.map((x) => attrValue(k, x)).join(lang() === "ja" ? "、" : ", ");
  if (k === "event") return placeName(v);
  if (ATTR_TERMS[k]) return term(ATTR_TERMS[k], v);
  if (typeof v === "boolean") return t(v ? "attr.yes" : "attr.no");
  if (k === "amount_jpy") return `¥${fmt(v, 0)}`;
  return v;
}

function attrs(a) {
  const keep = Object.entries(a || {}).filter(([k, v]) =>
    !["reference", "created_at", "updated_at"].includes(k) && v !== "" && !(Array.isArray(v) && v.length === 0));
  return keep.map(([k, v]) => `${tOr(`attr.${k}`, k)}: ${attrValue(k, v)}`).join(" · ");
}

/** A community's or hub's name in the current language; the id only if the record is missing. */
function placeName(id) {
  return orgName({ id, ...(places.get(id) || {}) });
}

function renderLinks() {
  fill($("org-links-count"), linksRefused ? "" : `(${links.length})`);
  if (linksRefused) return;
  if (!links.length) {
    fill($("org-links"), empty("org.no_links"));
    return;
  }
  const groups = new Map();
  for (const l of links) {
    const key = `${l.type}:${l.direction}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(l);
  }
  fill($("org-links"), [...groups.entries()].map(([key, items]) => {
    const [type, direction] = key.split(":");
    return h("div", { class: "link-group" },
      h("h3", {}, tOr(`link.${type}.${direction}`, `${type} (${direction})`), h("span", { class: "count" }, ` (${items.length})`)),
      h("ul", { class: "plain" }, items.slice(0, 100).map((l) => h("li", { "data-other": l.other_id },
        otherLabel(l), " ", linkTarget(l), attrs(l.attributes) ? h("span", { class: "muted small-text" }, ` ${attrs(l.attributes)}`) : null))),
      items.length > 100 ? h("p", { class: "muted" }, t("org.more", { n: items.length - 100 })) : null);
  }));
}

function drawGraph() {
  const box = $("org-graph");
  if (!hasLib("cytoscape")) {
    fill(box, h("div", { class: "notice warn" }, t("notice.no_graph")));
    return;
  }
  if (linksRefused) { // the neighbourhood is drawn from the links, which need a key
    fill(box, h("p", { class: "muted empty key-only", "data-i18n": "needkey.short" }, t("needkey.short")));
    return;
  }
  const seen = new Map();
  for (const l of links) if (!seen.has(l.other_id) && seen.size < MAX_NEIGHBOURS) seen.set(l.other_id, l);
  fill($("org-graph-note"), links.length > seen.size ? t("org.graph_capped", { n: seen.size, total: new Set(links.map((l) => l.other_id)).size }) : "");
  const colour = (kind, label) => KIND_COLOURS[kind] || KIND_COLOURS[label] || KIND_COLOURS.other;
  const elements = [{ data: { id: org.id, label: orgName(org), colour: colour(org.kind), size: 34 }, classes: "centre" }];
  for (const [id, l] of seen) {
    elements.push({ data: { id, label: linkName(l), colour: colour(l.other_kind, l.other_label), size: 20, org: l.other_label === "Organization" } });
  }
  for (const l of links) {
    if (!seen.has(l.other_id)) continue;
    const [source, target] = l.direction === "out" ? [org.id, l.other_id] : [l.other_id, org.id];
    elements.push({ data: { id: `${source}|${l.type}|${target}|${elements.length}`, source, target, label: tOr(`linktype.${l.type}`, l.type) } });
  }
  if (cy) cy.destroy();
  cy = window.cytoscape({
    container: box,
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", label: "data(label)", width: "data(size)", height: "data(size)",
        "font-size": 11, "text-wrap": "ellipsis", "text-max-width": 110, color: "#1f2937", "text-valign": "bottom", "text-margin-y": 3 } },
      { selector: "node.centre", style: { "border-width": 3, "border-color": "#111827", "font-weight": "bold", "font-size": 12 } },
      { selector: "edge", style: { width: 1.5, "line-color": "#cbd5e1", "target-arrow-color": "#cbd5e1", "target-arrow-shape": "triangle",
        "curve-style": "bezier", label: "data(label)", "font-size": 8, color: "#64748b", "text-rotation": "autorotate" } },
    ],
    layout: { name: "concentric", concentric: (n) => (n.id() === org.id ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 40, spacingFactor: 1.4, animate: false },
  });
  // A node with one or two neighbours would otherwise be zoomed to fill the box.
  if (cy.zoom() > 1.3) {
    cy.zoom(1.3);
    cy.center();
  }
  cy.on("tap", "node", (e) => {
    const d = e.target.data();
    if (d.org && d.id !== org.id) location.href = `/organizations/${encodeURIComponent(d.id)}`;
  });
  window.matchmakerGraph = cy;
}

async function main() {
  const [o, f, l, v, c, hb, ev] = await Promise.allSettled([
    api(`/v1/organizations/${encodeURIComponent(orgId)}`),
    api(`/v1/organizations/${encodeURIComponent(orgId)}/facets`),
    api(`/v1/organizations/${encodeURIComponent(orgId)}/links`),
    api("/v1/vocabulary"),
    api("/v1/communities?limit=500"),
    api("/v1/hubs?limit=500"),
    api("/v1/events?limit=500"),
  ]);
  if (o.status === "rejected") {
    fill($("org-status"), errorBox(o.reason));
    return;
  }
  org = o.value;
  facets = f.status === "fulfilled" ? f.value : null;
  links = l.status === "fulfilled" ? l.value : [];
  vocabulary = v.status === "fulfilled" ? v.value : {};
  linksRefused = l.status === "rejected";
  for (const page of [c, hb, ev]) for (const x of page.status === "fulfilled" ? page.value.items || [] : []) places.set(x.id, x);
  $("org-status").hidden = true;
  $("org-head").hidden = false;
  $("org-body").hidden = false;
  const renderAll = () => {
    renderHead();
    renderDeclared();
    renderFacets();
    renderLinks();
    drawGraph();
  };
  renderAll();
  if (f.status === "rejected") fill($("org-facets"), errorBox(f.reason, "org_facets"));
  if (l.status === "rejected") fill($("org-links"), errorBox(l.reason, "org_links"));
  onLangChange(renderAll);
}

start(main);
