// fetch wrapper for the GridPatrol API: same-origin cookies, no Basic challenge, problem+json errors.

import { t } from './i18n.js';
import { showToast } from './toast.js';

const LOGIN_PAGE = '/login.html';

/** An HTTP error answered by the server; detail comes from application/problem+json when present. */
export class ApiError extends Error {
  constructor(status, detail, problem = {}) {
    super(detail);
    this.status = status;
    this.detail = detail;
    this.problem = problem;
  }
}

let redirecting = false;

function goToLogin() {
  if (!redirecting) {
    redirecting = true;
    window.location.assign(LOGIN_PAGE);
  }
}

async function problemOf(response) {
  try {
    const body = await response.json();
    return body && typeof body === 'object' ? body : {};
  } catch (e) {
    return {}; // not JSON (proxy error page, empty body)
  }
}

/** One same-origin request; 401 goes to the login page, other failures become ApiError. */
async function request(url, init) {
  let response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      ...init,
      headers: { 'X-Requested-With': 'fetch', ...init.headers },
    });
  } catch (e) {
    if (e.name === 'AbortError') {
      throw e;
    }
    throw new ApiError(0, t('error.network'));
  }
  if (response.status === 401) {
    goToLogin();
    throw new ApiError(401, response.statusText || 'Unauthorized');
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    const detail = problem.detail || problem.title || t('error.generic', { status: response.status });
    throw new ApiError(response.status, detail, problem);
  }
  return response;
}

/**
 * GET a JSON document. Resolves to the parsed body; rejects with ApiError.
 * A 401 sends the browser to the login page.
 */
export async function getJson(url, { accept = 'application/json', signal } = {}) {
  const response = await request(url, { headers: { Accept: accept }, signal });
  return response.json();
}

/**
 * Sends body (omitted when undefined) as JSON with the given method. Resolves to the parsed answer,
 * or null when the server answers without one (204); rejects like getJson.
 */
export function sendJson(method, url, body, { signal } = {}) {
  return sendBody(method, url, body === undefined ? undefined : JSON.stringify(body), 'application/json', { signal });
}

/** Sends a body already encoded as contentType (e.g. text/csv); answers like sendJson. */
export async function sendBody(method, url, body, contentType, { signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
  }
  const response = await request(url, { method, headers, body, signal });
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** "field: detail" for a problem that names a field, else the detail. */
export function problemText(error) {
  const field = error?.problem?.field;
  const detail = error?.detail || error?.message || String(error);
  return field ? t('editor.problem', { field, detail }) : detail;
}

/** Shows the error as a toast, unless it is a cancelled request or the 401 redirect. */
export function reportError(error) {
  if (error?.name === 'AbortError' || error?.status === 401) {
    return;
  }
  showToast(error?.detail || error?.message || String(error));
}
