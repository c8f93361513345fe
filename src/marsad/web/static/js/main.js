// The analyst page: filters, map, timeline, list and event panel kept in step through one state
// that lives in the URL fragment (a permalink for every view and every event).

import { allEvents, getJSON } from "./api.js";
import { clear, el, toast } from "./dom.js";
import { loadStrings, modalityLabel, num, setLang, subTypeLabel, t, TYPE_ORDER, typeColor, typeLabel } from "./i18n.js";
import { EventList } from "./list.js";
import { EventMap } from "./map.js";
import { Panel } from "./panel.js";
import { Review } from "./review.js";
import { apiQuery, hashOf, readHash, writeHash } from "./state.js";
import { Timeline } from "./timeline.js";
import { SaveView } from "./views.js";

const MAX_MARKERS = 5000;
const PAGE = 1000;
const SELECTS = ["sub_type", "admin1", "country", "actor", "modality"];
const $ = (id) => document.getElementById(id);

let state;
let overall = null;
let items = [];
let more = false;
let loadSeq = 0;
let map;
let list;
let timeline;
let panel;
let review;

function optionLabel(key, value) {
  if (key === "sub_type") return subTypeLabel(value);
  if (key === "modality") return modalityLabel(value);
  return value;
}

function buildControls() {
  const box = $("f-types");
  for (const node of box.querySelectorAll("label")) node.remove();
  const known = Object.keys(overall.by_type || {}).filter((x) => x !== "(unknown)");
  const types = [...TYPE_ORDER, ...known.filter((x) => !TYPE_ORDER.includes(x))];
  for (const type of types) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = typeColor(type);
    const input = el("input", { type: "checkbox", name: "type", value: type });
    box.append(el("label", { class: "type-choice" }, input, swatch, el("span", { text: typeLabel(type) }),
      el("span", { class: "count", text: num(overall.by_type[type] || 0) })));
  }
  const sources = {
    sub_type: overall.by_sub_type, admin1: overall.by_admin1, country: overall.by_country, actor: overall.by_actor,
    modality: { asserted: 0, claimed: 0, alleged: 0, denied: 0, planned: 0 },
  };
  for (const key of SELECTS) {
    const select = clear($(`f-${key}`));
    select.append(el("option", { value: "", text: t("any") }));
    for (const [value, count] of Object.entries(sources[key] || {})) {
      if (value === "(unknown)") continue;
      select.append(el("option", { value, text: count ? `${optionLabel(key, value)} (${num(count)})` : optionLabel(key, value) }));
    }
  }
}

function syncControls() {
  const f = state.filters;
  $("f-from").value = f.from || "";
  $("f-to").value = f.to || "";
  $("q").value = f.q || "";
  const types = new Set(f.type || []);
  for (const input of $("f-types").querySelectorAll("input")) input.checked = types.has(input.value);
  for (const key of SELECTS) {
    const select = $(`f-${key}`);
    if (f[key] && ![...select.options].some((o) => o.value === f[key])) {
      select.append(el("option", { value: f[key], text: optionLabel(key, f[key]) }));
    }
    select.value = f[key] || "";
  }
  $("f-view").value = f.view || "clusters";
  $("f-sort").value = f.sort || "-date";
  $("f-inview").checked = state.inview;
  $("f-background").checked = f.background === "true";
  $("f-review").value = f.review || "";
}

function readControls() {
  const f = {};
  if ($("f-from").value) f.from = $("f-from").value;
  if ($("f-to").value) f.to = $("f-to").value;
  const types = [...$("f-types").querySelectorAll("input:checked")].map((i) => i.value);
  if (types.length) f.type = types;
  for (const key of SELECTS) if ($(`f-${key}`).value) f[key] = $(`f-${key}`).value;
  if ($("q").value.trim()) f.q = $("q").value.trim();
  if ($("f-view").value !== "clusters") f.view = $("f-view").value;
  if ($("f-sort").value !== "-date") f.sort = $("f-sort").value;
  if ($("f-background").checked) {  // such records are single reports, never clustered
    f.background = "true";
    f.view = "reports";
  }
  if ($("f-review").value) f.review = $("f-review").value;
  if (state.inview && state.filters.bbox) f.bbox = state.filters.bbox;
  state.filters = f;
}

async function refresh(fit) {
  const seq = ++loadSeq;
  list.setLoading();
  try {
    const [events, days] = await Promise.all([
      allEvents(apiQuery(state), MAX_MARKERS, PAGE),
      getJSON(`/api/stats?${apiQuery(state, ["from", "to", "sort"])}`),
    ]);
    if (seq !== loadSeq) return;
    items = events.items;
    more = events.more;
    map.setItems(items, fit && !state.inview);
    list.setItems(items, more);
    timeline.setData(days.by_day_type || {}, state.filters.from, state.filters.to);
    if (state.event) {
      list.highlight(state.event, true);
      map.highlight(state.event, false);
    }
    document.body.dataset.loaded = String(seq);
  } catch (e) {
    if (seq === loadSeq) $("list-head").textContent = `${t("error")}: ${e.message}`;
  }
}

function changed(fit) {
  readControls();
  writeHash(state);
  refresh(fit);
}

function select(id, origin) {
  state.event = id;
  writeHash(state);
  document.body.classList.add("with-panel");
  map.invalidate();
  list.highlight(id, origin !== "list");
  map.highlight(id, origin === "list" || origin === "hash");
  panel.show(id);
}

function closePanel() {
  state.event = null;
  writeHash(state);
  panel.hide();
  list.highlight(null, false);
  map.highlight(null, false);
  document.body.classList.remove("with-panel");
  map.invalidate();
}

function onBrush(from, to) {
  $("f-from").value = from || "";
  $("f-to").value = to || "";
  changed(false);
}

function onMapMove(bbox) {
  if (!state.inview || state.filters.bbox === bbox) return;
  state.filters.bbox = bbox;
  writeHash(state);
  refresh(false);
}

function applyLang() {
  setLang(state.lang);
  map.relabel();
  buildControls();
  syncControls();
  list.setItems(items, more);
  timeline.render();
  if (state.event) panel.show(state.event);
}

function onHashChange() {
  const next = readHash();
  if (hashOf(next) === hashOf(state)) return;
  const langChanged = next.lang !== state.lang;
  state = next;
  if (langChanged) applyLang();
  syncControls();
  refresh(true);
  if (state.event) select(state.event, "hash");
  else closePanel();
}

function wire() {
  $("filters").addEventListener("change", (e) => {
    if (e.target.id === "f-inview") {
      state.inview = e.target.checked;
      if (state.inview) state.filters.bbox = map.bbox();
      else delete state.filters.bbox;
    }
    changed(e.target.id !== "f-inview");
  });
  $("filters").addEventListener("submit", (e) => e.preventDefault());
  $("search").addEventListener("submit", (e) => {
    e.preventDefault();
    changed(true);
  });
  $("reset").addEventListener("click", () => {
    state.filters = {};
    state.inview = false;
    syncControls();
    writeHash(state);
    refresh(true);
  });
  $("clear-dates").addEventListener("click", () => onBrush(null, null));
  $("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "ar" ? "en" : "ar";
    writeHash(state);
    applyLang();
  });
  $("permalink").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      toast(t("copied"));
    } catch (e) {
      toast(location.href);
    }
  });
  window.addEventListener("hashchange", onHashChange);
}

/** The next (+1) or previous (-1) event of the list, for the reviewer's keys. */
function step(delta) {
  if (!items.length) return;
  const at = items.findIndex((x) => x.id === state.event);
  const next = at < 0 ? (delta > 0 ? 0 : items.length - 1) : Math.max(0, Math.min(items.length - 1, at + delta));
  if (items[next].id !== state.event) select(items[next].id, "list");
}

async function onReviewed(id) {
  await refresh(false);
  document.body.dataset.reviewed = String(Number(document.body.dataset.reviewed || 0) + 1);
  if (state.event === id) panel.show(id);
}

function pickPoint(callback) {
  $("map").classList.add("picking");
  map.map.once("click", (e) => {
    $("map").classList.remove("picking");
    callback(e.latlng.lat, e.latlng.lng);
  });
}

function showReviewer() {
  const who = review.who;
  $("reviewer").hidden = !review.config.reviewable;
  $("reviewer-name").textContent = who ? `(${who.name} · ${who.role})` : "";
  $("login-form").hidden = Boolean(who);
  $("logout").hidden = !who;
}

function wireReview() {
  $("login-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await review.login($("review-token").value.trim());
      $("review-token").value = "";
      $("reviewer").open = false;
    } catch (err) {
      toast(err.message);
    }
    showReviewer();
    if (state.event) panel.show(state.event);
  });
  $("logout").addEventListener("click", () => {
    review.logout();
    showReviewer();
    if (state.event) panel.show(state.event);
  });
  document.addEventListener("keydown", (e) => review.onKey(e));
}

async function main() {
  await loadStrings();
  state = readHash();
  setLang(state.lang);
  const body = document.body.dataset;
  map = new EventMap($("map"), { tileUrl: body.tileUrl, tileAttribution: body.tileAttribution },
    { onSelect: select, onMove: onMapMove });
  new ResizeObserver(() => map.invalidate()).observe($("map"));
  list = new EventList($("event-list"), $("more"), $("list-head"), select);
  timeline = new Timeline($("timeline-svg"), onBrush);
  const config = await getJSON("/api/config");
  review = new Review(config, { onReviewed, pickPoint, step });
  await review.identify();
  panel = new Panel($("panel"), { onClose: closePanel, linkFor: (id) => hashOf(state, id),
    reviewBlock: (detail) => review.block(detail) });
  new SaveView(() => state.filters).enable();
  overall = await getJSON("/api/stats");
  buildControls();
  syncControls();
  wire();
  wireReview();
  showReviewer();
  await refresh(true);
  if (state.event) select(state.event, "hash");
  document.body.dataset.ready = "1";
}

main().catch((e) => {
  $("list-head").textContent = `${t("error")}: ${e.message}`;
});
