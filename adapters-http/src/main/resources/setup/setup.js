// The customer's IT admin's page: everything comes from /setup/api with the ticket's secret, rendered as text only.
const secret = decodeURIComponent(location.pathname.split('/')[2] || '');
const main = document.getElementById('setup');
const status = document.getElementById('status');

/** An element with text children only: API values never become HTML. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** An instant as "2026-12-01 20:58:19 UTC" in a time element; absent as a dash. */
function when(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return h('time', { datetime: date.toISOString() },
    date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'));
}

/** Seconds as "30 days" when they are whole days, else as seconds. */
function lifetime(seconds) {
  if (seconds % 86400 === 0) return seconds === 86400 ? '1 day' : seconds / 86400 + ' days';
  return seconds + ' seconds';
}

async function call(method, path) {
  const response = await fetch('/setup/api/' + path, {
    method,
    headers: { Authorization: 'Bearer ' + secret, Accept: 'application/json' },
    cache: 'no-store',
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(response.status === 404
      ? 'This setup link is not valid any more: it expired or was revoked. Ask your identity admin for a new one.'
      : body.message || 'The server answered ' + response.status + '.');
  }
  return body;
}

/** Marks the page busy (aria-busy) while an action runs: assistive technology waits, and so do browser tests. */
async function busy(action) {
  main.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    main.removeAttribute('aria-busy');
  }
}

function copyField(id, label, value, hint) {
  const input = h('input', { id, type: 'text', readonly: '', spellcheck: 'false', value,
    'aria-describedby': hint ? id + '-hint' : null });
  const note = h('span', { class: 'note', role: 'status' });
  const button = h('button', { type: 'button' }, 'Copy');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      note.textContent = 'Copied';
    } catch {
      input.focus();
      input.select();
      note.textContent = 'Selected: press Ctrl+C (⌘C) to copy';
    }
  });
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('div', { class: 'row' }, input, button, note),
    hint ? h('p', { id: id + '-hint', class: 'note' }, hint) : null);
}

function tokenState(token) {
  if (!token) return 'No token has been created from this page yet.';
  return ['A token created here exists: ', h('code', {}, token.token_id), ', created ', when(token.created_at),
    token.valid_until ? [', valid until ', when(token.valid_until)] : ', no expiry',
    token.last_used_at ? [', last used ', when(token.last_used_at)] : ', never used', '.'];
}

function tokenSection(ticket) {
  const state = h('p', { id: 'token-state' }, tokenState(ticket.token));
  const result = h('div', { id: 'token-result' });
  const button = h('button', { type: 'button', id: 'issue-token' }, ticket.token ? 'Rotate token' : 'Create token');
  button.addEventListener('click', () => busy(async () => {
    button.disabled = true;
    result.replaceChildren();
    try {
      const issued = await call('POST', 'token');
      result.append(copyField('new-token', 'New token', issued.token,
        'Shown only this once: copy it into your identity provider now. It cannot be read again.'));
      state.replaceChildren('The token below replaces any token created here before, which no longer works.');
      button.textContent = 'Rotate token';
      result.querySelector('input').focus();
    } catch (error) {
      result.append(h('p', { role: 'alert' }, error.message));
    } finally {
      button.disabled = false;
    }
  }));
  return h('section', { 'aria-labelledby': 'token-heading' }, h('h2', { id: 'token-heading' }, 'Token'), state,
    h('p', {}, 'Scopes: ' + ticket.scopes.join(', ') + '. ' + (ticket.token_lifetime === null
      ? 'The token never expires.' : 'The token works for ' + lifetime(ticket.token_lifetime) + '.')),
    h('p', { class: 'note' }, 'Rotating creates a new token and revokes the one created here before at once: '
      + 'paste the new one into your identity provider straight away.'),
    button, result);
}

function requestsTable(requests) {
  if (requests.length === 0) return h('p', {}, 'No SCIM request has reached this connection yet.');
  return h('div', { class: 'scroll' }, h('table', { id: 'requests' },
    h('caption', {}, 'The last ' + requests.length + ' SCIM requests, newest first (no request bodies)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Time'), h('th', { scope: 'col' }, 'Operation'),
      h('th', { scope: 'col' }, 'Status'))),
    h('tbody', {}, requests.map(r => h('tr', {}, h('td', {}, when(r.date)), h('td', {}, r.operation || '—'),
      h('td', {}, String(r.status)))))));
}

function requestsSection(requests) {
  const holder = h('div', {}, requestsTable(requests));
  const button = h('button', { type: 'button', id: 'refresh-requests' }, 'Refresh requests');
  button.addEventListener('click', () => busy(async () => {
    button.disabled = true;
    try {
      holder.replaceChildren(requestsTable((await call('GET', 'requests')).requests));
    } catch (error) {
      holder.replaceChildren(h('p', { role: 'alert' }, error.message));
    } finally {
      button.disabled = false;
    }
  }));
  return h('section', { 'aria-labelledby': 'requests-heading' },
    h('h2', { id: 'requests-heading' }, 'Last SCIM requests'),
    h('p', { class: 'note' }, 'What your identity provider sent to this connection and how it went.'),
    h('div', { class: 'row' }, button), holder);
}

async function show() {
  try {
    const [ticket, requests] = await Promise.all([call('GET', 'ticket'), call('GET', 'requests')]);
    const connection = ticket.connection;
    status.replaceChildren('Connection ', h('strong', {}, connection.display_name || connection.name),
      ` (${connection.name}, ${connection.strategy}). This link works until `, when(ticket.expires_at), '.');
    main.append(
      h('section', { 'aria-labelledby': 'endpoint-heading' }, h('h2', { id: 'endpoint-heading' }, 'SCIM endpoint'),
        copyField('scim-endpoint', 'SCIM endpoint URL', ticket.scim_endpoint,
          'The tenant URL (or base URL) to enter in your identity provider\'s SCIM provisioning settings.')),
      tokenSection(ticket),
      requestsSection(requests.requests));
  } catch (error) {
    status.textContent = error.message;
    status.setAttribute('role', 'alert');
  }
}

busy(show);
