// The secretariat's import page: choose a spreadsheet, preview it (POST /v1/import?dry_run=true),
// read each error by sheet, row and column, fix the file and preview again, then write it. The page
// sends the file as it is; the API reads .xlsx, CSV (UTF-8 or Shift-JIS) and JSON Lines, and keeps
// the same audit record for it as for any other client.
import { api, apiKey, errorBox, fill, h, keyNeeded, lang, loading, onLangChange, start, t } from "./common.js";

const $ = (id) => document.getElementById(id);
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
let last = null; // { kind: "preview" | "written" | "failed", report, errors, message }

function contentType(file) {
  const name = file.name.toLowerCase();
  if (name.endsWith(".xlsx")) return XLSX;
  if (name.endsWith(".csv")) return "text/csv";
  return "application/x-ndjson";
}

async function send(dryRun) {
  const file = $("import-file").files[0];
  if (!file) {
    fill($("import-status"), h("div", { class: "notice warn" }, t("import.choose")));
    return;
  }
  fill($("import-status"), loading(dryRun ? "import.checking" : "import.writing"));
  $("import-write").disabled = true;
  try {
    const report = await api(`/v1/import?dry_run=${dryRun}`, {
      method: "POST", body: await file.arrayBuffer(), headers: { "content-type": contentType(file) },
    });
    last = { kind: dryRun ? "preview" : "written", report, errors: [] };
    $("import-write").disabled = !dryRun;
    fill($("import-status"));
  } catch (e) {
    if (e.status === 422 && e.errors?.length) {
      last = { kind: "failed", report: null, errors: e.errors, message: e.message };
      fill($("import-status"));
    } else {
      last = null;
      fill($("import-status"), errorBox(e, "import"));
    }
  }
  render();
}

function counts(report) {
  const nodes = Object.entries(report.written || {}).map(([k, n]) => t("import.count", { n, what: t(`import.record.${k}`) }));
  nodes.push(t("import.count", { n: report.links, what: t("import.record.link") }));
  return nodes.join(lang() === "ja" ? "、" : ", ");
}

function render() {
  const box = $("import-result");
  if (!last) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.dataset.state = last.kind;
  fill($("import-result-title"), t(`import.title_${last.kind}`));
  if (last.kind === "failed") {
    fill($("import-summary"), h("p", { class: "notice error" }, t("import.nothing_written", { n: last.errors.length })));
    fill($("import-errors"), h("table", { class: "table", id: "import-error-table" },
      h("thead", {}, h("tr", {}, ["import.sheet", "import.row", "import.column", "import.field", "import.message"]
        .map((k) => h("th", {}, t(k))))),
      h("tbody", {}, last.errors.map((e) => h("tr", {},
        h("td", {}, e.sheet ?? e.file ?? ""), h("td", { class: "num" }, e.line ?? ""), h("td", {}, e.column ?? ""),
        h("td", {}, e.field ?? ""), h("td", {}, e.message))))));
    return;
  }
  const r = last.report;
  fill($("import-summary"), h("p", { class: "notice ok", id: "import-counts" },
    t(last.kind === "preview" ? "import.would" : "import.wrote", { what: counts(r) })),
    last.kind === "preview" ? h("p", { class: "muted" }, t("import.then_write")) : null,
    (r.warnings || []).map((w) => h("p", { class: "notice warn" }, w)));
  fill($("import-errors"));
}

async function main() {
  // Checking and importing need a secretariat's or an admin's key: a visitor learns it before choosing a file.
  if (!apiKey()) fill($("import-status"), keyNeeded("import"));
  $("import-form").addEventListener("submit", (e) => {
    e.preventDefault();
    send(true);
  });
  $("import-write").addEventListener("click", () => send(false));
  $("import-file").addEventListener("change", () => {
    last = null;
    $("import-write").disabled = true;
    render();
  });
  onLangChange(render);
}

start(main);
