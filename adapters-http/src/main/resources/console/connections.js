// Connections: the list, create and delete (with a confirmation step in the page).
import {api, segment} from '/console/api.js';
import {
  alertBox, busy, confirmButton, field, fill, h, heading, select, showError, statusBox, table,
} from '/console/dom.js';

/** The strategies the API accepts (the OpenAPI enum of CreateConnectionRequest.strategy). */
export const STRATEGIES = [
  ['okta', 'Okta (okta)'],
  ['waad', 'Microsoft Entra ID (waad)'],
  ['samlp', 'SAML (samlp)'],
  ['oidc', 'OpenID Connect (oidc)'],
];

/** Every connection, by name. */
export async function listConnections() {
  return api('GET', '/connections');
}

/** How a connection is named on the pages: its display name when it has one, with its name. */
export function connectionLabel(connection) {
  if (!connection) {
    return '—';
  }
  return connection.display_name ? `${connection.display_name} (${connection.name})` : connection.name;
}

/** A select of every connection, with "All connections" first. */
export function connectionFilter(list, selected) {
  const options = [['', 'All connections'], ...list.map((c) => [c.id, connectionLabel(c)])];
  return select(options, {value: selected ?? ''});
}

/** Connection ids to connections, for tables that show a connection by name. */
export function byId(list) {
  return new Map(list.map((c) => [c.id, c]));
}

export async function render(container) {
  const alert = alertBox();
  const status = statusBox();
  const list = h('div', {class: 'list'});
  fill(container, heading('Connections'), alert, status,
    h('section', {'aria-labelledby': 'connections-list'}, h('h2', {id: 'connections-list'}, 'All connections'),
      list),
    createForm(alert, status, reload));

  async function reload() {
    const connections = await listConnections();
    fill(list, table('Connections', ['Name', 'Strategy', 'Display name', 'SCIM', 'Actions'],
      connections.map((c) => [
        h('a', {href: `#/connections/${segment(c.id)}/provisioning`}, c.name),
        c.strategy,
        c.display_name ?? '—',
        c.scim_enabled ? 'On' : 'Off',
        confirmButton('Delete', 'Confirm delete', `Delete ${c.name}, its users, groups and tokens?`, async () => {
          try {
            await api('DELETE', `/connections/${segment(c.id)}`);
            fill(alert);
            fill(status, `Deleted the connection ${c.name}.`);
            await reload();
          } catch (error) {
            showError(alert, error);
          }
        }),
      ]), 'No connection yet: create one below.'));
  }
  await reload();
}

function createForm(alert, status, reload) {
  const name = h('input', {type: 'text', required: true, autocomplete: 'off', spellcheck: 'false',
    pattern: '[A-Za-z0-9][A-Za-z0-9\\-]{0,126}[A-Za-z0-9]'});
  const strategy = select(STRATEGIES, {value: 'okta'});
  const displayName = h('input', {type: 'text', autocomplete: 'off'});
  const submit = h('button', {type: 'submit'}, 'Create connection');
  return h('section', {'aria-labelledby': 'connection-create'},
    h('h2', {id: 'connection-create'}, 'Create a connection'),
    h('form', {class: 'form-grid', novalidate: true, on: {submit: async (event) => {
      event.preventDefault();
      const body = {name: name.value.trim(), strategy: strategy.value};
      if (displayName.value.trim() !== '') {
        body.display_name = displayName.value.trim();
      }
      await busy(submit, async () => {
        try {
          const created = await api('POST', '/connections', body);
          fill(alert);
          fill(status, `Created the connection ${created.name}.`);
          name.value = '';
          displayName.value = '';
          await reload();
        } catch (error) {
          showError(alert, error);
        }
      });
    }}},
    field('Name', name, 'Letters, digits and inner hyphens, 2 to 128 characters; unique.'),
    field('Strategy', strategy),
    field('Display name (optional)', displayName),
    h('div', {class: 'actions'}, submit)));
}
