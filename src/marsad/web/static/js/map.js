// The map: Leaflet with the offline country outlines (world-atlas TopoJSON, always there) and an
// optional raster tile layer from the server's configuration; events as circle markers coloured
// by type, clustered when dense (leaflet.markercluster, cluster icons show the type mix).

import { el } from "./dom.js";
import { countryLabel, num, subTypeLabel, t, TYPE_ORDER, typeColor, typeLabel } from "./i18n.js";

const OUTLINES = "/static/vendor/world-atlas/countries-50m.json";
const START = { center: [34.5, 39.0], zoom: 6 };
const REVEAL_ZOOM = 9;
const FIT_MAX_ZOOM = 7.5; // the first view of the events keeps their countries' borders in sight
const LABEL_ZOOMS = [4, 9]; // country names show between these zooms

/** A point inside a country for its name: the centre of its largest ring's bounding box. */
function labelPoint(feature) {
  const geom = feature.geometry;
  if (!geom) return null;
  const polys = geom.type === "Polygon" ? [geom.coordinates] : geom.type === "MultiPolygon" ? geom.coordinates : [];
  let best = null;
  let bestArea = 0;
  for (const poly of polys) {
    const ring = poly[0];
    let [w, s, e, n] = [180, 90, -180, -90];
    for (const [x, y] of ring) {
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
    }
    const area = (e - w) * (n - s);
    if (area > bestArea) {
      bestArea = area;
      best = [(s + n) / 2, (w + e) / 2];
    }
  }
  return bestArea > 0.05 ? best : null; // islands and city states stay unnamed
}

function escapeText(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function clusterIcon(cluster) {
  const counts = new Map();
  for (const m of cluster.getAllChildMarkers()) {
    counts.set(m.options.eventType, (counts.get(m.options.eventType) || 0) + 1);
  }
  const total = cluster.getChildCount();
  const stops = [];
  let acc = 0;
  const types = [...counts.keys()].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
  for (const type of types) {
    const start = (acc / total) * 360;
    acc += counts.get(type);
    stops.push(`${typeColor(type)} ${start.toFixed(1)}deg ${((acc / total) * 360).toFixed(1)}deg`);
  }
  const size = total < 10 ? 32 : total < 100 ? 40 : 48;
  const ring = el("div", { class: "mc-ring" }, el("span", { class: "mc-count", text: num(total) }));
  ring.style.background = `conic-gradient(${stops.join(", ")})`;
  return L.divIcon({ html: ring, className: "mc-icon", iconSize: L.point(size, size) });
}

function tooltip(item) {
  return el("div", { class: "tip", dir: "auto" },
    el("strong", { text: typeLabel(item.event_type) }), " · ", subTypeLabel(item.sub_event_type),
    el("br"), item.event_date || "", " · ", item.location || "",
    item.fatalities ? ` · ${num(item.fatalities)} ${t("fatalities_short")}` : "");
}

export class EventMap {
  constructor(container, config, handlers) {
    this.handlers = handlers;
    this.markers = new Map();
    this.selected = null;
    this.map = L.map(container, { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 17 })
      .setView(START.center, START.zoom);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Leaflet");
    this.outlines = null;
    this.tiles = Boolean(config.tileUrl);
    this.loadOutlines();
    if (config.tileUrl) {
      L.tileLayer(config.tileUrl, { attribution: escapeText(config.tileAttribution || ""), maxZoom: 19 }).addTo(this.map);
      container.classList.add("with-tiles");
    }
    this.cluster = L.markerClusterGroup({
      showCoverageOnHover: false, maxClusterRadius: 45, spiderfyOnMaxZoom: true, chunkedLoading: true,
      iconCreateFunction: clusterIcon,
    });
    this.map.addLayer(this.cluster);
    this.map.on("moveend", () => this.handlers.onMove && this.handlers.onMove(this.bbox()));
  }

  async loadOutlines() {
    const response = await fetch(OUTLINES);
    const topo = await response.json();
    const land = topojson.feature(topo, topo.objects.countries);
    const borders = topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b);
    const coast = topojson.mesh(topo, topo.objects.countries, (a, b) => a === b);
    // The outlines lie in a pane of their own under the tile pane (a configured tile layer covers
    // them, and they show through where tiles fail); the country names above them, under markers.
    this.map.createPane("outlines").style.zIndex = "150";
    const style = (s) => ({ interactive: false, pane: "outlines", style: s });
    this.outlines = L.layerGroup([
      L.geoJSON(land, style({ stroke: false, fillColor: "#f4f1ea", fillOpacity: 1 })),
      L.geoJSON(coast, style({ color: "#7f9aab", weight: 1, opacity: 1, fill: false })),
      L.geoJSON(borders, style({ color: "#5f5a52", weight: 1.4, opacity: 1, dashArray: "5 3", fill: false })),
    ]);
    this.outlines.addTo(this.map);
    this.map.createPane("countryLabels").style.zIndex = "350"; // above the outlines, under the markers
    this.labels = L.layerGroup();
    for (const feature of land.features) {
      const at = labelPoint(feature);
      const name = feature.properties && feature.properties.name;
      if (!at || !name) continue;
      const label = el("span", { class: "country-label", text: countryLabel(name), "data-name": name });
      this.labels.addLayer(L.marker(at, {
        icon: L.divIcon({ html: label, className: "country-label-icon", iconSize: null }),
        interactive: false, keyboard: false, pane: "countryLabels",
      }));
    }
    const showLabels = () => {
      const z = this.map.getZoom();
      const on = !this.tiles && z >= LABEL_ZOOMS[0] && z <= LABEL_ZOOMS[1]; // tiles name places themselves
      if (on && !this.map.hasLayer(this.labels)) this.labels.addTo(this.map);
      if (!on && this.map.hasLayer(this.labels)) this.labels.remove();
    };
    this.map.on("zoomend", showLabels);
    showLabels();
    this.map.attributionControl.addAttribution(escapeText(t("map_outlines")));
    this.map.getContainer().dataset.outlines = "ready";
  }

  /** Name the countries again (after a change of language). */
  relabel() {
    if (!this.labels) return;
    this.labels.eachLayer((marker) => {
      const node = marker.getElement && marker.getElement();
      const span = node && node.querySelector(".country-label");
      if (span && span.dataset.name) span.textContent = countryLabel(span.dataset.name);
    });
  }

  /** Replace the markers by those of `items` (events without coordinates are left out). */
  setItems(items, fit) {
    this.cluster.clearLayers();
    this.markers.clear();
    const layers = [];
    for (const item of items) {
      if (item.latitude === null || item.longitude === null || item.latitude === undefined) continue;
      const marker = L.circleMarker([item.latitude, item.longitude], {
        radius: 7 + Math.min(4, Math.sqrt(item.n_reports || 1) - 1), weight: 1.5, color: "#ffffff",
        fillColor: typeColor(item.event_type), fillOpacity: 0.92, eventType: item.event_type, eventId: item.id,
        className: "event-marker",
      });
      marker.bindTooltip(tooltip(item), { direction: "top", offset: [0, -6] });
      marker.on("click", () => this.handlers.onSelect(item.id, "map"));
      this.markers.set(item.id, marker);
      layers.push(marker);
    }
    this.cluster.addLayers(layers);
    if (fit && layers.length) {
      const bounds = L.latLngBounds(layers.map((m) => m.getLatLng()));
      this.map.fitBounds(bounds.pad(0.2), { maxZoom: FIT_MAX_ZOOM, animate: false });
    }
    if (this.selected) this.highlight(this.selected, false);
    this.map.getContainer().dataset.markers = String(layers.length);
  }

  /** Mark the event's marker; with `reveal`, zoom until it is out of its cluster. */
  highlight(id, reveal) {
    const previous = this.markers.get(this.selected);
    if (previous) previous.setStyle({ color: "#ffffff", weight: 1.5 });
    this.selected = id;
    const marker = this.markers.get(id);
    if (!marker) return;
    marker.setStyle({ color: "#111111", weight: 3.5 });
    if (reveal) {
      // Centre it at a working zoom (no animation, so clusters are recomputed at once), then
      // open the cluster still holding it, if any.
      this.map.setView(marker.getLatLng(), Math.max(this.map.getZoom(), REVEAL_ZOOM), { animate: false });
      const parent = this.cluster.getVisibleParent(marker);
      if (parent && parent !== marker && typeof parent.spiderfy === "function") parent.spiderfy();
      if (this.map.hasLayer(marker)) {
        marker.bringToFront();
        marker.openTooltip();
      }
    }
  }

  bbox() {
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180),
      clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(4)).join(",");
  }

  invalidate() {
    this.map.invalidateSize();
  }
}
