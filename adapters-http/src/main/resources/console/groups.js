// Groups: the list (with a connection filter) and a group's page with its members, a page at a time.
import {api, query, segment} from '/console/api.js';
import {byId, connectionFilter, connectionLabel, listConnections} from '/console/connections.js';
import {groupSection} from '/console/roles.js';
import {
  alertBox, busy, facts, field, fill, h, heading, loading, showError, table, when,
} from '/console/dom.js';

const PAGE_SIZE = 50;
const MEMBERS_PAGE_SIZE = 20;
const filter = {connectionId: '', page: 0};

export async function render(container, {id}) {
  return id === undefined ? renderList(container) : renderGroup(container, id);
}

async function renderList(container) {
  const alert = alertBox();
  const results = h('div', {class: 'list'});
  const formHolder = h('div');
  fill(container, heading('Groups'), alert, formHolder, results);
  const connections = await listConnections();
  const names = byId(connections);
  const connection = connectionFilter(connections, filter.connectionId);
  const submit = h('button', {type: 'submit'}, 'Show groups');
  fill(formHolder, h('form', {class: 'form-grid', novalidate: true, on: {submit: (event) => {
    event.preventDefault();
    filter.connectionId = connection.value;
    filter.page = 0;
    busy(submit, reload);
  }}}, field('Connection', connection), h('div', {class: 'actions'}, submit)));

  async function reload() {
    return loading(results, async () => {
      try {
        const page = await api('GET', `/groups${query({connection_id: filter.connectionId, page: filter.page,
          per_page: PAGE_SIZE, include_totals: true})}`);
        fill(alert);
        const buttons = [];
        if (page.start > 0) {
          buttons.push(h('button', {type: 'button', on: {click: () => move(-1)}}, 'Previous page'));
        }
        if (page.start + page.length < page.total) {
          buttons.push(h('button', {type: 'button', on: {click: () => move(1)}}, 'Next page'));
        }
        fill(results, h('p', {class: 'count', role: 'status'}, page.total === 0 ? 'No group.'
          : `Groups ${page.start + 1}–${page.start + page.length} of ${page.total}`),
        table('Groups', ['Display name', 'Connection', 'Members'], page.groups.map((group) => [
          h('a', {href: `#/groups/${segment(group.id)}`}, group.display_name),
          connectionLabel(names.get(group.connection_id)),
          String(group.members_count),
        ]), ''),
        buttons.length === 0 ? null : h('div', {class: 'actions pager'}, buttons));
      } catch (error) {
        showError(alert, error);
      }
    });
  }

  function move(delta) {
    filter.page += delta;
    return reload();
  }
  await reload();
}

async function renderGroup(container, id) {
  const title = heading('Group');
  const alert = alertBox();
  const details = h('div');
  const members = h('div');
  const roles = groupSection(id);
  fill(container, h('p', {class: 'breadcrumb'}, h('a', {href: '#/groups'}, 'Groups')), title, alert, details,
    roles.section,
    h('section', {'aria-labelledby': 'group-members'}, h('h2', {id: 'group-members'}, 'Members'), members));
  const path = `/groups/${segment(id)}`;
  const [group, connections] = await Promise.all([api('GET', path), listConnections()]);
  fill(title, `Group ${group.display_name}`);
  const connection = byId(connections).get(group.connection_id);
  fill(details, facts([
    ['Group id', group.id],
    ['Connection', connection ? h('a', {href: `#/connections/${segment(connection.id)}/provisioning`},
      connectionLabel(connection)) : group.connection_id],
    ['External id', group.external_id ?? '—'],
    ['Members', String(group.members_count)],
    ['Created', when(group.created_at)],
    ['Updated', when(group.updated_at)],
  ]));

  /** Member pages go forward by the server's checkpoint (next); "First page" starts over. */
  async function show(from, position) {
    return loading(members, async () => {
      try {
        const page = await api('GET', `${path}/members${query({take: MEMBERS_PAGE_SIZE, from})}`);
        fill(alert);
        const buttons = [];
        if (from) {
          buttons.push(h('button', {type: 'button', on: {click: () => show('', 0)}}, 'First page'));
        }
        if (page.next) {
          buttons.push(h('button', {type: 'button', on: {click: () => show(page.next, position
            + page.members.length)}}, 'Next page'));
        }
        fill(members, h('p', {class: 'count', role: 'status'}, page.members.length === 0 ? 'No member.'
          : `Members ${position + 1}–${position + page.members.length} of ${page.total}`),
        table('Members', ['User id', 'Display'], page.members.map((member) => [
          h('a', {href: `#/users/${segment(member.user_id)}`}, member.user_id),
          member.display ?? '—',
        ]), ''),
        buttons.length === 0 ? null : h('div', {class: 'actions pager'}, buttons));
      } catch (error) {
        showError(alert, error);
      }
    });
  }
  await Promise.all([show('', 0), roles.load()]);
}
