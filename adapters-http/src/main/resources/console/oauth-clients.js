// The Provisioning tab's OAuth clients (SPEC §9): the token endpoint URL, the clients of the connection's SCIM
// endpoint with their secrets, a client created with its first secret shown once, a secret added (shown once) or
// deleted, a client deleted. The list never holds a secret; a new one lives only in its read-only field.
import {api, segment} from '/console/api.js';
import {
  alertBox, busy, confirmButton, copyField, facts, field, fill, h, hiddenText, select, showError, table, uid, when,
} from '/console/dom.js';
import {SCOPES} from '/console/provisioning.js';

/** A secret's lifetime in seconds (the API takes 31536000–94608000; two years when absent). */
const SECRET_LIFETIMES = [['31536000', '1 year'], ['63072000', '2 years'], ['94608000', '3 years']];
const DEFAULT_SECRET_LIFETIME = '63072000';
const SHOWN_ONCE = 'Copy it now: it is shown only this once and cannot be read again.';

export async function render(section, path, connection, alert, status) {
  const problem = alertBox();
  const issued = h('div', {class: 'issued'});
  const list = h('div', {class: 'clients'});
  /** What the issued box shows: the client and secret ids of the secret shown once, or null. */
  let shown = null;
  fill(section, h('h2', {id: 'oauth-heading'}, 'OAuth clients'),
    h('p', null, 'For an identity provider that authenticates with OAuth 2.0 client credentials, such as '
      + 'Microsoft Entra ID\'s "OAuth 2 client credentials grant": enter the SCIM endpoint URL above, this token '
      + 'endpoint URL, a client id and its client secret there. The identity provider then obtains short-lived '
      + 'access tokens with the client\'s scopes; deleting a secret or the client stops them at once. A federated '
      + 'credential (below) uses this token endpoint URL too.'),
    copyField('Token endpoint URL', `${connection.scim_endpoint}/oauth/token`),
    problem, list, issued, clientForm());

  /**
   * Runs an API call of this section and reloads the list: on failure the server's message, and null; on success
   * the status, and {value: the answer} (null for a 204).
   */
  async function act(call, done) {
    try {
      const result = await call();
      fill(alert);
      fill(problem);
      fill(status, done(result));
      // The list first, so a new secret shows in a settled page; a failed refresh must not hide the secret.
      await reload().catch((error) => showError(problem, error));
      return {value: result};
    } catch (error) {
      showError(problem, error);
      // The refusal may come of what the page did not show yet (a secret added elsewhere, a client deleted).
      await reload().catch(() => {});
      return null;
    }
  }

  function showSecret(title, clientId, secret, extra) {
    shown = {clientId, secretId: secret.secret_id};
    const secretField = copyField(`Client secret ${secret.secret_id}`, secret.client_secret, SHOWN_ONCE);
    fill(issued, h('h3', null, title), extra, secretField,
      h('p', null, `The secret ${secret.secret_id} works until `, when(secret.valid_until), '.'));
    secretField.querySelector('input').focus();
  }

  function forget(clientId, secretId) {
    if (shown !== null && shown.clientId === clientId && (secretId === undefined || shown.secretId === secretId)) {
      shown = null;
      fill(issued);
    }
  }

  async function addSecret(client) {
    const added = await act(() => api('POST', `${path}/${segment(client.client_id)}/secrets`, {}),
      (secret) => `Added ${secret.secret_id} to ${client.client_id}.`);
    if (added !== null) {
      showSecret(`New secret of ${client.client_id}`, client.client_id, added.value, h('p', null, 'The client\'s '
        + 'other secrets keep working until you delete them, so the identity provider can switch without a gap.'));
    }
  }

  function secretRow(client, secret, now) {
    return [
      h('code', null, secret.secret_id),
      when(secret.created_at),
      [when(secret.valid_until), Date.parse(secret.valid_until) <= now ? ' (expired)' : null],
      confirmButton(['Delete secret', hiddenText(secret.secret_id)],
        ['Confirm delete secret', hiddenText(secret.secret_id)],
        `Delete ${secret.secret_id}? Its access tokens stop working at once.`, async () => {
          const deleted = await act(() => api('DELETE',
            `${path}/${segment(client.client_id)}/secrets/${segment(secret.secret_id)}`),
          () => `Deleted ${secret.secret_id} of ${client.client_id}: its access tokens no longer work.`);
          if (deleted !== null) {
            forget(client.client_id, secret.secret_id);
          }
        }),
    ];
  }

  /** One client as a box: its id and description, scopes, dates, its secrets' table and its actions. */
  function clientBox(client, now) {
    const headingId = uid('client');
    return h('section', {class: 'client', 'aria-labelledby': headingId},
      h('h3', {id: headingId}, h('code', null, client.client_id),
        client.description ? ` — ${client.description}` : null),
      facts([
        ['Scopes', client.scopes.length === SCOPES.length ? `All ${SCOPES.length} scopes` : client.scopes.join(', ')],
        ['Created', when(client.created_at)],
        ['Last used', client.last_used_at ? when(client.last_used_at) : 'Never used'],
      ]),
      table(`Secrets of ${client.client_id}`, ['Secret id', 'Created', 'Valid until', 'Actions'],
        client.secrets.map((secret) => secretRow(client, secret, now)),
        'No secret: the identity provider cannot obtain a token until you add one.'),
      h('div', {class: 'actions'},
        h('button', {type: 'button', on: {click: (event) => busy(event.currentTarget, () => addSecret(client))}},
          'Add secret', hiddenText(client.client_id)),
        confirmButton(['Delete client', hiddenText(client.client_id)], ['Confirm delete client',
          hiddenText(client.client_id)], `Delete ${client.client_id} and its secrets? Its access tokens stop working `
          + 'at once.', async () => {
          const deleted = await act(() => api('DELETE', `${path}/${segment(client.client_id)}`),
            () => `Deleted ${client.client_id}: its access tokens no longer work.`);
          if (deleted !== null) {
            forget(client.client_id);
          }
        })));
  }

  async function reload() {
    const clients = await api('GET', path);
    const now = Date.now();
    fill(list, clients.length === 0
      ? h('p', {class: 'empty'}, 'No OAuth client: the identity provider authenticates with a token above.')
      : clients.map((client) => clientBox(client, now)));
  }

  function clientForm() {
    const boxes = SCOPES.map((scope) => h('input', {type: 'checkbox', value: scope, checked: true,
      id: uid(`client-scope-${scope.replace(':', '-')}`)}));
    const description = h('input', {type: 'text', maxlength: '255'});
    const lifetime = select(SECRET_LIFETIMES, {value: DEFAULT_SECRET_LIFETIME});
    const submit = h('button', {type: 'submit'}, 'Create OAuth client');
    return h('form', {class: 'client-form', novalidate: true, on: {submit: async (event) => {
      event.preventDefault();
      const body = {scopes: boxes.filter((box) => box.checked).map((box) => box.value),
        secret_lifetime: Number(lifetime.value)};
      if (description.value.trim() !== '') {
        body.description = description.value.trim();
      }
      await busy(submit, async () => {
        const created = await act(() => api('POST', path, body), (client) => `Created ${client.client_id}.`);
        if (created !== null) {
          const client = created.value;
          description.value = '';
          showSecret('OAuth client created', client.client_id, client,
            copyField('Client id', client.client_id, 'The identity provider\'s client identifier.'));
        }
      });
    }}},
    h('h3', null, 'New OAuth client'),
    h('fieldset', {class: 'client-scopes'}, h('legend', null, 'Scopes of its access tokens'),
      boxes.map((box) => h('span', {class: 'check'}, box, h('label', {for: box.id}, box.value)))),
    h('div', {class: 'form-grid'},
      field('Description (optional)', description, 'For you to recognise the client, such as the identity '
        + 'provider\'s name; at most 255 characters.'),
      field('Secret lifetime', lifetime, 'How long its first secret works; Add secret adds one that '
        + 'works for two years.')),
    h('div', {class: 'actions'}, submit));
  }

  await reload();
}
