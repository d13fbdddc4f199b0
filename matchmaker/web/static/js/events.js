// The list of events, each leading to its organiser page.
import { api, empty, errorBox, fill, h, onLangChange, orgName, start } from "./common.js";

const $ = (id) => document.getElementById(id);
let events = [];

function render() {
  const body = $("events-table").querySelector("tbody");
  fill(body, events.map((e) => h("tr", {},
    h("td", {}, h("a", { href: `/events/${encodeURIComponent(e.id)}` }, orgName(e))),
    h("td", {}, [e.starts_on, e.ends_on].filter(Boolean).join(" – ")),
    h("td", {}, e.venue || ""))));
}

async function main() {
  try {
    const page = await api("/v1/events?limit=500");
    events = page.items || [];
  } catch (e) {
    fill($("events-status"), errorBox(e));
    return;
  }
  if (!events.length) {
    fill($("events-status"), empty("events.none"));
    return;
  }
  events.sort((a, b) => String(b.starts_on || "").localeCompare(String(a.starts_on || "")));
  $("events-status").hidden = true;
  $("events-table").hidden = false;
  render();
  onLangChange(render);
}

start(main);
