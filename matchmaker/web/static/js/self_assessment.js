// A member body's self-assessment (issue 25): the requirement list for its type, restated from the
// Cabinet Office plan with the line of each item, answered by ticking what the body meets. The API
// (GET/PUT /v1/organizations/{id}/self-assessment) returns the level the answers reach and what is
// missing for the next one; the secretariat sees the result in its maturity table (/maturity).
import { api, errorBox, fill, h, lang, loading, onLangChange, orgName, start, t } from "./common.js";

const $ = (id) => document.getElementById(id);
const COLUMNS = ["registration", "setup", "results", "recognition"];
let current = null;

const pick = (o, en = "name", ja = "name_ja") => (lang() === "ja" && o[ja] ? o[ja] : o[en]);
const levelName = (level) => t(`level.${level}`);

async function load(org, bodyType) {
  fill($("sa-status"), loading());
  const query = bodyType ? `?body_type=${encodeURIComponent(bodyType)}` : "";
  try {
    current = await api(`/v1/organizations/${encodeURIComponent(org)}/self-assessment${query}`);
    fill($("sa-status"));
    render();
  } catch (e) {
    current = null;
    $("sa-result").hidden = true;
    fill($("sa-status"), errorBox(e));
  }
}

function levelBox(sa) {
  const now = sa.level
    ? h("p", { class: "notice ok", id: "sa-level-now", dataset: { level: sa.level } }, t("sa.level", { level: levelName(sa.level) }))
    : h("p", { class: "notice warn", id: "sa-level-now", dataset: { level: "none" } }, t("sa.no_level"));
  if (!sa.next_level) return [now, h("p", {}, t("sa.top"))];
  return [now, h("p", {}, t("sa.lacks", { level: levelName(sa.next_level), n: sa.lacks.length })),
    h("ul", { id: "sa-lacks" }, sa.lacks.map((r) => h("li", {}, pick(r, "en", "ja"), " ",
      h("span", { class: "muted small-text" }, `(${r.source})`))))];
}

function render() {
  const sa = current;
  $("sa-result").hidden = false;
  fill($("sa-type"), sa.body_types.map((b) => h("option", { value: b.id, selected: b.id === sa.body_type }, pick(b))));
  fill($("sa-heading"), `${orgName(sa)} — ${pick(sa, "body_type_name", "body_type_name_ja")}`);
  fill($("sa-level"), levelBox(sa));
  fill($("sa-items"), COLUMNS.map((col) => {
    const items = sa.requirements.filter((r) => r.column === col);
    if (!items.length) return null;
    const first = items[0];
    return h("fieldset", { class: "sa-column", dataset: { column: col } },
      h("legend", {}, `${pick(first, "column_name", "column_name_ja")} → ${levelName(first.level)}`),
      items.map((r) => h("label", { class: "sa-item" },
        h("input", { type: "checkbox", name: r.id, checked: r.met === true }), " ",
        h("span", {}, pick(r, "en", "ja")), " ",
        h("span", { class: "muted small-text" }, `${pick(r, "axis_name", "axis_name_ja")} · ${r.source}`))));
  }));
  fill($("sa-rule"), sa.rule);
}

async function save(e) {
  e.preventDefault();
  if (!current) return;
  const answers = {};
  for (const box of $("sa-items").querySelectorAll("input[type=checkbox]")) answers[box.name] = box.checked;
  fill($("sa-status"), loading("sa.saving"));
  try {
    current = await api(`/v1/organizations/${encodeURIComponent(current.organization)}/self-assessment`, {
      method: "PUT", json: { body_type: current.body_type, answers },
    });
    fill($("sa-status"), h("div", { class: "notice ok", id: "sa-saved" }, t("sa.saved")));
    render();
  } catch (err) {
    fill($("sa-status"), errorBox(err));
  }
}

async function main() {
  $("sa-form").addEventListener("submit", save);
  $("sa-pick").addEventListener("submit", (e) => {
    e.preventDefault();
    const org = $("sa-org").value.trim();
    const type = current && current.organization === org ? $("sa-type").value : "";
    if (org) load(org, type);
  });
  $("sa-type").addEventListener("change", () => current && load(current.organization, $("sa-type").value));
  onLangChange(() => current && render());
  let org = $("sa-org").value.trim();
  if (!org) {
    try {
      org = (await api("/v1/me")).org || "";
      $("sa-org").value = org;
    } catch (e) {
      fill($("sa-status"), errorBox(e));
      return;
    }
  }
  if (org) await load(org);
  else fill($("sa-status"), h("p", { class: "muted" }, t("sa.choose")));
}

start(main);
