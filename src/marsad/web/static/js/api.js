// The JSON API, with errors turned into exceptions carrying the server's message.

export class ApiError extends Error {}

export async function getJSON(path, signal, token) {
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { signal, headers });
  return answer(response);
}

/** POST a JSON body with the reviewer's bearer token. */
export async function postJSON(path, data, token) {
  const response = await fetch(path, {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(data),
  });
  return answer(response);
}

async function answer(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError(`${response.status} ${response.statusText}`);
  }
  if (!response.ok) throw new ApiError((body && body.error && body.error.message) || String(response.status));
  return body;
}

/** Every page of /api/events for `query`, up to `max` items (newest pages first). */
export async function allEvents(query, max, pageSize, signal) {
  const items = [];
  let cursor = null;
  do {
    const q = query + (query ? "&" : "") + `limit=${pageSize}` + (cursor ? `&cursor=${encodeURIComponent(cursor)}` : "");
    const page = await getJSON(`/api/events?${q}`, signal);
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && items.length < max);
  return { items, more: Boolean(cursor) };
}
