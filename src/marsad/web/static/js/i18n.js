// Interface strings in Arabic and English (static/i18n.json), type colours and labels.

let data = null;
let lang = "ar";

export async function loadStrings() {
  const response = await fetch("/static/i18n.json");
  data = await response.json();
}

export function setLang(value) {
  lang = value === "en" ? "en" : "ar";
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === "ar" ? "rtl" : "ltr";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
    node.setAttribute("placeholder", t(node.dataset.i18nPlaceholder));
  }
}

export function getLang() {
  return lang;
}

export function t(key, vars) {
  if (!data) return key;
  let s = (data[lang] && data[lang][key]) || data.en[key] || key;
  for (const [k, v] of Object.entries(vars || {})) s = s.replace("{" + k + "}", v);
  return s;
}

export const TYPE_ORDER = ["Battles", "Explosions/Remote violence", "Violence against civilians",
  "Protests", "Riots", "Strategic developments"];

export function typeColor(type) {
  const entry = data.types[type];
  return entry ? entry.color : "#546e7a";
}

export function typeLabel(type) {
  if (!type) return "";
  const entry = data.types[type];
  return lang === "ar" && entry ? entry.ar : type;
}

export function subTypeLabel(sub) {
  if (!sub) return "";
  return lang === "ar" && data.sub_types[sub] ? data.sub_types[sub] : sub;
}

/** A country as the outlines name it (Natural Earth), in the page's language where known. */
export function countryLabel(name) {
  return lang === "ar" && data && data.countries && data.countries[name] ? data.countries[name] : name;
}

export function modalityLabel(m) {
  return m ? t("modality_" + m) : "";
}

export function num(n) {
  return n === null || n === undefined ? "" : new Intl.NumberFormat(lang === "ar" ? "ar" : "en").format(n);
}
