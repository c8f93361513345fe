// "Save this view": the current filters (exactly the parameters of /api/events) saved under a
// name with POST /api/views, which needs the server's write token; the dialog then links to the
// view's Atom feed. The button shows only on a writable server. The token stays in this tab's
// sessionStorage (never in the URL, never in localStorage).

import { getJSON } from "./api.js";
import { setHref, toast } from "./dom.js";
import { t } from "./i18n.js";

const TOKEN_KEY = "marsad-token";
const $ = (id) => document.getElementById(id);

export class SaveView {
  /** `filters()` returns the page's current filters (state.filters). */
  constructor(filters) {
    this.filters = filters;
    this.button = $("save-view");
    this.dialog = $("save-dialog");
    this.form = $("save-form");
    this.button.addEventListener("click", () => this.open());
    $("sv-cancel").addEventListener("click", () => this.dialog.close());
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.save();
    });
  }

  async enable() {
    try {
      const config = await getJSON("/api/config");
      this.button.hidden = !config.writable;
    } catch (e) {
      this.button.hidden = true;
    }
  }

  open() {
    $("sv-status").textContent = "";
    $("sv-feed").hidden = true;
    $("sv-token").value = sessionStorage.getItem(TOKEN_KEY) || "";
    this.dialog.showModal();
    $("sv-name").focus();
  }

  async save() {
    const name = $("sv-name").value.trim();
    const title = $("sv-title").value.trim();
    const token = $("sv-token").value.trim();
    const body = { name, filters: { ...this.filters() } };
    if (title) body.title = title;
    const status = $("sv-status");
    status.textContent = "…";
    try {
      const response = await fetch("/api/views", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      const answer = await response.json();
      if (!response.ok) throw new Error((answer.error && answer.error.message) || String(response.status));
      sessionStorage.setItem(TOKEN_KEY, token);
      status.textContent = t("view_saved", { name: answer.name });
      const feed = $("sv-feed");
      setHref(feed, `/feeds/${encodeURIComponent(answer.name)}.atom`);
      feed.hidden = false;
      toast(t("view_saved", { name: answer.name }));
    } catch (e) {
      status.textContent = `${t("view_error")}: ${e.message}`;
    }
  }
}
