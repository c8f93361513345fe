// The page state lives in the URL fragment, so every view has a permalink:
//   #lang=ar&view=clusters&type=Battles&from=2024-01-01&to=2024-01-31&event=c123
// The filter keys are exactly the query parameters of /api/events; `lang`, `event` and
// `inview` are the page's own.

export const FILTER_KEYS = ["from", "to", "type", "sub_type", "actor", "admin1", "country", "bbox",
  "modality", "q", "view", "sort", "background", "review"];
const MULTI = new Set(["type"]);

export function emptyState() {
  return { filters: {}, lang: document.documentElement.lang === "en" ? "en" : "ar", event: null, inview: false };
}

export function readHash() {
  const state = emptyState();
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter((v) => v !== "");
    if (!values.length) continue;
    state.filters[key] = MULTI.has(key) ? values : values[0];
  }
  if (params.get("lang") === "en" || params.get("lang") === "ar") state.lang = params.get("lang");
  state.event = /^[A-Za-z0-9_-]{2,64}$/.test(params.get("event") || "") ? params.get("event") : null;
  state.inview = params.get("inview") === "1";
  return state;
}

function filterParams(filters, omit) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (omit && omit.includes(key)) continue;
    const value = filters[key];
    if (value === undefined || value === null || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params;
}

/** The fragment for a state (a permalink). */
export function hashOf(state, eventId) {
  const params = new URLSearchParams();
  params.set("lang", state.lang);
  for (const [k, v] of filterParams(state.filters)) params.append(k, v);
  if (state.inview) params.set("inview", "1");
  const ev = eventId === undefined ? state.event : eventId;
  if (ev) params.set("event", ev);
  return "#" + params.toString();
}

export function writeHash(state) {
  const hash = hashOf(state);
  if (hash !== location.hash) history.replaceState(null, "", hash);
}

/** Query string for the API: the filters, without the keys in `omit`, plus `extra`. */
export function apiQuery(state, omit, extra) {
  const params = filterParams(state.filters, omit);
  for (const [k, v] of Object.entries(extra || {})) if (v !== null && v !== undefined) params.set(k, v);
  return params.toString();
}
