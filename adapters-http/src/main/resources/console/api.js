// The Management API client. The admin token lives only in this module's variable: never in storage, a cookie or
// the URL, so it is gone when the tab closes or reloads (SPEC §8).

let token = null;
let onRefused = () => {};

/** A failed call: the server's status, its message (safe to show: it never quotes a secret) and errorCode. */
export class ApiError extends Error {
  constructor(status, message, errorCode) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.errorCode = errorCode;
  }
}

export function signIn(adminToken) {
  token = adminToken;
}

export function signOut() {
  token = null;
}

export function signedIn() {
  return token !== null;
}

/** What to do when the server refuses the token (401): the console returns to sign-in with the message. */
export function whenRefused(listener) {
  onRefused = listener;
}

/** Query text from an object, leaving out empty values: query({q: 'x', page: 0}) → "?q=x&page=0". */
export function query(parameters) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, String(value));
    }
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** One path segment from an id (user ids hold "|"). */
export function segment(id) {
  return encodeURIComponent(id);
}

/** Calls /api/v2 with the admin token; resolves to the parsed answer (null for 204), rejects with an ApiError. */
export async function api(method, path, body) {
  if (token === null) {
    throw new ApiError(401, 'Sign in first.', 'invalid_token');
  }
  const headers = {Authorization: `Bearer ${token}`, Accept: 'application/json'};
  const init = {method, headers, cache: 'no-store', credentials: 'omit', redirect: 'error'};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(`/api/v2${path}`, init);
  } catch {
    throw new ApiError(0, 'The server could not be reached.', 'network_error');
  }
  const document = await parse(response);
  if (response.ok) {
    return document;
  }
  const message = typeof document?.message === 'string' ? document.message
    : `The server answered ${response.status}.`;
  const error = new ApiError(response.status, message, document?.errorCode);
  if (response.status === 401) {
    token = null;
    onRefused(`The server refused the admin token: ${message} Sign in again.`);
  }
  throw error;
}

async function parse(response) {
  if (response.status === 204) {
    return null;
  }
  const text = await response.text();
  if (text === '') {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
