// Who the remembered key is (GET /v1/me: role, organisation, community, events), asked once per
// page so a page shows only what that role may do: no organiser buttons for a member.
import { api, apiKey } from "./common.js";

let asked = null;

/** The key's principal, or null without a usable key (then the page shows public data only). */
export function whoami() {
  if (!asked) {
    asked = apiKey()
      ? api("/v1/me").catch((e) => (e.status === 401 || e.status === 404 ? null : Promise.reject(e)))
      : Promise.resolve(null);
  }
  return asked;
}

/** Whether `me` runs this event (its organiser, or an admin). */
export function organises(me, eventId) {
  return Boolean(me && (me.role === "admin" || (me.role === "organiser" && (me.events || []).includes(eventId))));
}

/** GET an API path that a newer server may have: null when this one answers 404 for the route. */
export async function optional(path) {
  try {
    return await api(path);
  } catch (e) {
    if (absent(e)) return null;
    throw e;
  }
}

/** A 404 for a route this server does not have (Starlette's "Not Found"), not for a missing record. */
export function absent(e) {
  return e.status === 404 && e.message === "Not Found";
}
