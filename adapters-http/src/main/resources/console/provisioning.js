// A connection's Provisioning tab: SCIM on/off, the endpoint URL, its tokens (list, create shown once, revoke), its
// OAuth clients (oauth-clients.js), federated credentials (federated-credentials.js) and setup tickets
// (setup-tickets.js).
import {ApiError, api, segment} from '/console/api.js';
import {
  busy, confirmButton, copyField, field, fill, h, showError, statusBox, table, uid, when,
} from '/console/dom.js';
import * as federatedCredentials from '/console/federated-credentials.js';
import * as oauthClients from '/console/oauth-clients.js';
import * as setupTickets from '/console/setup-tickets.js';

/** Every scope a SCIM token can carry (the OpenAPI enum of IssueScimTokenRequest.scopes). */
export const SCOPES = ['get:users', 'post:users', 'put:users', 'patch:users', 'delete:users',
  'get:groups', 'post:groups', 'put:groups', 'patch:groups', 'delete:groups'];

export async function render(body, connection, alert) {
  const path = `/connections/${segment(connection.id)}/scim-configuration`;
  const status = statusBox();
  const scim = h('section', {'aria-labelledby': 'scim-heading'});
  const tokens = h('section', {'aria-labelledby': 'tokens-heading'});
  const clients = h('section', {'aria-labelledby': 'oauth-heading'});
  const federated = h('section', {'aria-labelledby': 'federated-heading'});
  const tickets = h('section', {'aria-labelledby': 'tickets-heading'});
  fill(body, status, scim, tokens, clients, federated, tickets);

  async function draw(focusOn) {
    const enabled = await api('GET', path).then(() => true, (error) => {
      if (error instanceof ApiError && error.status === 404) {
        return false;
      }
      throw error;
    });
    const toggle = enabled
      ? confirmButton('Turn SCIM off', 'Confirm: turn SCIM off',
        'Turn SCIM off? The endpoint stops answering, and every token, OAuth client, federated credential and '
          + 'setup ticket of this connection is deleted.',
        () => change('DELETE', 'SCIM is off.'))
      : h('button', {type: 'button', on: {click: (event) => busy(event.currentTarget,
        () => change('POST', 'SCIM is on.'))}}, 'Turn SCIM on');
    fill(scim, h('h2', {id: 'scim-heading'}, 'SCIM endpoint'),
      h('p', {class: enabled ? 'state on' : 'state off'}, enabled
        ? 'SCIM is on: the identity provider provisions users and groups at this URL with a token below.'
        : 'SCIM is off: the endpoint answers 404 until it is turned on.'),
      enabled ? copyField('SCIM endpoint URL', connection.scim_endpoint) : null,
      h('div', {class: 'actions'}, toggle));
    if (enabled) {
      await drawTokens(tokens, `${path}/tokens`, alert, status);
      await oauthClients.render(clients, `${path}/clients`, connection, alert, status);
      await federatedCredentials.render(federated, `${path}/federated-credentials`, alert, status);
      await setupTickets.render(tickets, `${path}/setup-tickets`, alert, status);
    } else {
      fill(tokens);
      fill(clients);
      fill(federated);
      fill(tickets);
    }
    if (focusOn === 'toggle') {
      (toggle.tagName === 'BUTTON' ? toggle : toggle.querySelector('button'))?.focus();
    }
  }

  async function change(method, done) {
    try {
      await api(method, path, method === 'POST' ? {} : undefined);
      fill(alert);
      fill(status, done);
      await draw('toggle');
    } catch (error) {
      showError(alert, error);
    }
  }

  await draw();
}

async function drawTokens(section, path, alert, status) {
  const issued = h('div', {class: 'issued'});
  const list = h('div');
  fill(section, h('h2', {id: 'tokens-heading'}, 'Tokens'), list, issued, tokenForm(path, alert, status, issued,
    reload));

  async function reload() {
    const tokens = await api('GET', path);
    fill(list, table('SCIM tokens', ['Token id', 'Scopes', 'Created', 'Valid until', 'Last used', 'Actions'],
      tokens.map((token) => [
        h('code', null, token.token_id),
        token.scopes.length === SCOPES.length ? `All ${SCOPES.length} scopes` : token.scopes.join(', '),
        when(token.created_at),
        token.valid_until ? when(token.valid_until) : 'Never expires',
        token.last_used_at ? when(token.last_used_at) : 'Never used',
        confirmButton('Revoke', 'Confirm revoke', `Revoke ${token.token_id}? It stops working at once.`,
          async () => {
            try {
              await api('DELETE', `${path}/${segment(token.token_id)}`);
              fill(alert);
              fill(status, `Revoked ${token.token_id}.`);
              await reload();
            } catch (error) {
              showError(alert, error);
            }
          }),
      ]), 'No token yet: the identity provider needs one to call the endpoint.'));
  }
  await reload();
}

function tokenForm(path, alert, status, issued, reload) {
  const boxes = SCOPES.map((scope) => h('input', {type: 'checkbox', value: scope, checked: true,
    id: uid(`scope-${scope.replace(':', '-')}`)}));
  const lifetime = h('input', {type: 'number', min: '900', max: '316224000', step: '1', inputmode: 'numeric'});
  const submit = h('button', {type: 'submit'}, 'Create token');
  return h('form', {class: 'token-form', novalidate: true, on: {submit: async (event) => {
    event.preventDefault();
    const body = {scopes: boxes.filter((box) => box.checked).map((box) => box.value)};
    if (lifetime.value.trim() !== '') {
      body.token_lifetime = Number(lifetime.value);
    }
    await busy(submit, async () => {
      try {
        const token = await api('POST', path, body);
        fill(alert);
        fill(status, `Created ${token.token_id}.`);
        // The list first, so the secret shows in a settled page; a failed refresh must not hide the secret.
        await reload().catch((error) => showError(alert, error));
        fill(issued, h('h3', null, 'Token created'),
          copyField(`Token ${token.token_id}`, token.token,
            'Copy it now: it is shown only this once and cannot be read again.'));
        issued.querySelector('input')?.focus();
      } catch (error) {
        showError(alert, error);
      }
    });
  }}},
  h('h3', null, 'New token'),
  h('fieldset', {class: 'scopes'}, h('legend', null, 'Scopes'),
    boxes.map((box) => h('span', {class: 'check'}, box, h('label', {for: box.id}, box.value)))),
  field('Lifetime in seconds (optional)', lifetime, 'From 900 to 316224000; empty: the token never expires.'),
  h('div', {class: 'actions'}, submit));
}
