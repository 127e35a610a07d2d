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

async function call(method, path) {
  const response = await fetch('/setup/api/' + path, {
    method,
    headers: { Authorization: 'Bearer ' + secret, Accept: 'application/json' },
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message || 'The server answered ' + response.status);
  return body;
}

function copyField(id, label, value) {
  const input = h('input', { id, type: 'text', readonly: '', value });
  const note = h('span', { class: 'note', role: 'status' });
  const button = h('button', { type: 'button' }, 'Copy');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      note.textContent = 'Copied';
    } catch {
      input.select();
      note.textContent = 'Selected: press Ctrl+C to copy';
    }
  });
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('div', { class: 'row' }, input, button, note));
}

function tokenSection(ticket) {
  const section = h('section', { 'aria-labelledby': 'token-heading' }, h('h2', { id: 'token-heading' }, 'Token'));
  const current = ticket.token;
  section.append(h('p', { id: 'token-state' }, current
    ? `A token issued here exists (created ${current.created_at}${current.valid_until ? ', valid until '
      + current.valid_until : ', no expiry'}${current.last_used_at ? ', last used ' + current.last_used_at : ''}).`
    : 'No token has been created from this page yet.'));
  section.append(h('p', {}, 'Scopes: ' + ticket.scopes.join(', ')));
  const result = h('div', { id: 'token-result' });
  const button = h('button', { type: 'button', id: 'issue-token' }, current ? 'Rotate token' : 'Create token');
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.replaceChildren();
    try {
      const issued = await call('POST', 'token');
      result.append(copyField('new-token', 'New token (shown once: copy it into your identity provider now)',
        issued.token));
      section.querySelector('#token-state').textContent = 'The token below replaces any token issued here before.';
      button.textContent = 'Rotate token';
    } catch (error) {
      result.append(h('p', { role: 'alert' }, error.message));
    } finally {
      button.disabled = false;
    }
  });
  section.append(button, result);
  return section;
}

function requestsSection(requests) {
  const rows = requests.map(r => h('tr', {}, h('td', {}, r.date), h('td', {}, r.operation), h('td', {}, r.status)));
  return h('section', { 'aria-labelledby': 'requests-heading' },
    h('h2', { id: 'requests-heading' }, 'Last SCIM requests'),
    rows.length === 0 ? h('p', {}, 'No SCIM request has reached this connection yet.')
      : h('div', { class: 'scroll' }, h('table', { id: 'requests' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Time'), h('th', { scope: 'col' }, 'Operation'),
          h('th', { scope: 'col' }, 'Status'))),
        h('tbody', {}, rows))));
}

async function show() {
  try {
    const ticket = await call('GET', 'ticket');
    const requests = await call('GET', 'requests');
    status.textContent = `Connection ${ticket.connection.display_name || ticket.connection.name} `
      + `(${ticket.connection.strategy}); this link works until ${ticket.expires_at}.`;
    main.append(
      h('section', { 'aria-labelledby': 'endpoint-heading' }, h('h2', { id: 'endpoint-heading' }, 'SCIM endpoint'),
        copyField('scim-endpoint', 'SCIM endpoint URL (the tenant URL / base URL in your identity provider)',
          ticket.scim_endpoint)),
      tokenSection(ticket),
      requestsSection(requests.requests));
  } catch (error) {
    status.textContent = error.message;
    status.setAttribute('role', 'alert');
  }
}

show();
