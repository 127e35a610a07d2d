// Users: search (q and a connection filter), the list, and a user's page (profile, SCIM view, groups, sessions,
// delete).
import {ApiError, api, query, segment} from '/console/api.js';
import {byId, connectionFilter, connectionLabel, listConnections} from '/console/connections.js';
import {userSection} from '/console/roles.js';
import {
  alertBox, busy, confirmButton, facts, field, fill, h, heading, json, loading, showError, statusBox, table,
  when,
} from '/console/dom.js';

const PAGE_SIZE = 25;
/** The search of this tab, kept while the operator visits a user and comes back. */
const search = {q: '', connectionId: '', page: 0};

export async function render(container, {id}) {
  return id === undefined ? renderList(container) : renderUser(container, id);
}

/** A profile value as text: strings as they are, anything else as JSON. */
export function text(value) {
  if (value === undefined || value === null || value === '') {
    return '—';
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function renderList(container) {
  const alert = alertBox();
  const results = h('div', {class: 'list'});
  const q = h('input', {type: 'search', value: search.q, autocomplete: 'off', spellcheck: 'false',
    maxlength: '1024'});
  const connectionHolder = h('div');
  const submit = h('button', {type: 'submit'}, 'Search');
  fill(container, heading('Users'), alert,
    h('form', {class: 'form-grid search', role: 'search', novalidate: true, on: {submit: (event) => {
      event.preventDefault();
      search.q = q.value.trim();
      search.connectionId = connectionHolder.querySelector('select').value;
      search.page = 0;
      busy(submit, reload);
    }}},
    field('Search users', q, 'Words the profile or id contains, or email:, user_id: or name: terms.'),
    connectionHolder,
    h('div', {class: 'actions'}, submit)),
    results);
  const connections = await listConnections();
  const names = byId(connections);
  fill(connectionHolder, field('Connection', connectionFilter(connections, search.connectionId)));

  async function reload() {
    return loading(results, async () => {
      try {
        const page = await api('GET', `/users${query({q: search.q, connection_id: search.connectionId,
          page: search.page, per_page: PAGE_SIZE, include_totals: true})}`);
        fill(alert);
        fill(results, h('p', {class: 'count', role: 'status'}, page.total === 0 ? 'No user matches.'
          : `Users ${page.start + 1}–${page.start + page.length} of ${page.total}`),
        table('Users', ['User id', 'Email', 'Name', 'Connection'], page.users.map((user) => [
          h('a', {href: `#/users/${segment(user.user_id)}`}, user.user_id),
          text(user.email),
          text(user.name),
          connectionLabel(names.get(user.connection_id)),
        ]), ''),
        pager(page, (delta) => {
          search.page += delta;
          return reload();
        }));
      } catch (error) {
        showError(alert, error);
      }
    });
  }
  await reload();
}

/** The user's SCIM document as JSON text, or the server's message when it has none (no SCIM configuration). */
async function scimView(path) {
  try {
    return json(await api('GET', `${path}/scim`));
  } catch (error) {
    if (error instanceof ApiError && error.status !== 401) {
      return h('p', {class: 'empty'}, error.message);
    }
    throw error;
  }
}

/** Previous and Next buttons for page/per_page answers. */
function pager(page, move) {
  const buttons = [];
  if (page.start > 0) {
    buttons.push(h('button', {type: 'button', on: {click: () => move(-1)}}, 'Previous page'));
  }
  if (page.start + page.length < page.total) {
    buttons.push(h('button', {type: 'button', on: {click: () => move(1)}}, 'Next page'));
  }
  return buttons.length === 0 ? null : h('div', {class: 'actions pager'}, buttons);
}

async function renderUser(container, id) {
  const title = heading('User');
  const alert = alertBox();
  const status = statusBox();
  const details = h('div');
  fill(container, h('p', {class: 'breadcrumb'}, h('a', {href: '#/users'}, 'Users')), title, alert, status,
    details);
  const path = `/users/${segment(id)}`;
  const [user, groups, sessions, connections, scim, roles] = await Promise.all([api('GET', path),
    api('GET', `${path}/groups`), api('GET', `${path}/sessions`), listConnections(), scimView(path),
    userSection(id)]);
  fill(title, `User ${typeof user.name === 'string' && user.name !== '' ? user.name : user.user_id}`);
  const connection = byId(connections).get(user.connection_id);
  fill(details,
    facts([
      ['User id', user.user_id],
      ['Connection', connection ? h('a', {href: `#/connections/${segment(connection.id)}/provisioning`},
        connectionLabel(connection)) : user.connection_id],
      ['Email', text(user.email)],
      ['Blocked', user.blocked ? 'Yes (deactivated by SCIM)' : 'No'],
      ['Created', when(user.created_at)],
      ['Updated', when(user.updated_at)],
    ]),
    h('section', {'aria-labelledby': 'user-groups'}, h('h2', {id: 'user-groups'}, 'Groups'),
      table('Groups of the user', ['Group', 'Group id'], groups.map((group) => [
        h('a', {href: `#/groups/${segment(group.group_id)}`}, group.display_name),
        h('code', null, group.group_id),
      ]), 'The user belongs to no group.')),
    roles,
    h('section', {'aria-labelledby': 'user-sessions'}, h('h2', {id: 'user-sessions'}, 'Sessions'),
      table('Sessions of the user', ['Session id', 'Created', 'Last login', 'Clients'],
        sessions.sessions.map((session) => [
          h('code', null, session.id),
          when(session.created_at),
          when(session.last_interacted_at),
          session.clients.map((client) => client.client_id).join(', ') || '—',
        ]), 'No session.')),
    h('section', {'aria-labelledby': 'user-profile'}, h('h2', {id: 'user-profile'}, 'Profile'), json(user)),
    h('section', {'aria-labelledby': 'user-scim'}, h('h2', {id: 'user-scim'}, 'SCIM view'),
      h('p', {class: 'hint'}, 'The user as the connection\'s SCIM endpoint answers it to the identity provider '
        + '(GET …/Users/{id}), through the connection\'s current mapping.'),
      scim),
    h('section', {'aria-labelledby': 'user-delete'}, h('h2', {id: 'user-delete'}, 'Delete'),
      h('p', null, 'Deleting the user ends its sessions and tells its clients. If the identity provider still '
        + 'assigns the user, it may provision it again.'),
      confirmButton('Delete user', 'Confirm delete', `Delete ${user.user_id}?`, async () => {
        try {
          await api('DELETE', path);
          location.hash = '#/users';
        } catch (error) {
          showError(alert, error);
        }
      })));
}
