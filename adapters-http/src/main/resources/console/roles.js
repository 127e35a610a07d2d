// Roles (SPEC §12): the list with create and delete, and the role sections of the group and user pages.
import {api, query, segment} from '/console/api.js';
import {
  alertBox, busy, confirmButton, field, fill, h, heading, hiddenText, loading, select, showError, statusBox, table,
} from '/console/dom.js';

const PAGE_SIZE = 50;
const ALL_ROLES = 100;
let page = 0;

export async function render(container) {
  const alert = alertBox();
  const status = statusBox();
  const results = h('div', {class: 'list'});
  const name = h('input', {type: 'text', name: 'role-name', required: true, maxlength: 128, autocomplete: 'off'});
  const description = h('input', {type: 'text', name: 'role-description', maxlength: 255, autocomplete: 'off'});
  const create = h('button', {type: 'submit'}, 'Create role');
  const form = h('form', {class: 'form-grid', novalidate: true, on: {submit: (event) => {
    event.preventDefault();
    busy(create, async () => {
      try {
        const role = await api('POST', '/roles', description.value.trim() === ''
          ? {name: name.value.trim()} : {name: name.value.trim(), description: description.value.trim()});
        name.value = '';
        description.value = '';
        fill(alert);
        fill(status, `Created ${role.name}.`);
        await reload();
      } catch (error) {
        fill(status);
        showError(alert, error);
      }
    });
  }}}, field('Name', name, 'Unique, ignoring case; what logins and the SCIM /Roles endpoint call it.'),
  field('Description', description), h('div', {class: 'actions'}, create));
  fill(container, heading('Roles'), alert, status,
    h('section', {'aria-labelledby': 'roles-new'}, h('h2', {id: 'roles-new'}, 'New role'), form),
    h('section', {'aria-labelledby': 'roles-list'}, h('h2', {id: 'roles-list'}, 'The roles'), results));

  async function reload() {
    return loading(results, async () => {
      const answer = await api('GET', `/roles${query({page, per_page: PAGE_SIZE, include_totals: true})}`);
      const buttons = [];
      if (answer.start > 0) {
        buttons.push(h('button', {type: 'button', on: {click: () => move(-1)}}, 'Previous page'));
      }
      if (answer.start + answer.length < answer.total) {
        buttons.push(h('button', {type: 'button', on: {click: () => move(1)}}, 'Next page'));
      }
      fill(results, h('p', {class: 'count', role: 'status'}, answer.total === 0 ? 'No role.'
        : `Roles ${answer.start + 1}–${answer.start + answer.length} of ${answer.total}`),
      table('Roles', ['Name', 'Description', 'Role id', ''], answer.roles.map((role) => [
        role.name,
        role.description ?? '—',
        h('code', null, role.id),
        confirmButton(h('span', null, 'Delete', hiddenText(role.name)), 'Confirm delete',
          `Delete ${role.name} and every assignment of it?`, async () => {
            try {
              await api('DELETE', `/roles/${segment(role.id)}`);
              fill(status, `Deleted ${role.name}.`);
              await reload();
            } catch (error) {
              showError(alert, error);
            }
          }),
      ]), ''),
      buttons.length === 0 ? null : h('div', {class: 'actions pager'}, buttons));
    });
  }

  function move(delta) {
    page += delta;
    return reload();
  }
  await reload();
}

/** The Roles section of a group's page: its tenant-level roles, with assign and remove. */
export function groupSection(groupId) {
  const path = `/groups/${segment(groupId)}/roles`;
  const alert = alertBox();
  const list = h('div');
  const form = h('div');
  const section = h('section', {'aria-labelledby': 'group-roles'}, h('h2', {id: 'group-roles'}, 'Roles'),
    h('p', {class: 'hint'}, 'Every member holds these roles (source group). Membership comes from the identity '
      + 'provider, so a member it removes loses them at once.'), alert, list, form);

  async function reload() {
    const [assigned, all] = await Promise.all([api('GET', path),
      api('GET', `/roles${query({per_page: ALL_ROLES})}`)]);
    fill(list, table('Roles of the group', ['Role', 'Description', ''], assigned.map((role) => [
      role.name,
      role.description ?? '—',
      h('button', {type: 'button', on: {click: (event) => busy(event.currentTarget, () => change('DELETE',
        role.id))}}, 'Remove', hiddenText(role.name)),
    ]), 'The group holds no role.'));
    const held = new Set(assigned.map((role) => role.id));
    const choices = all.filter((role) => !held.has(role.id));
    if (choices.length === 0) {
      fill(form);
      return;
    }
    const choice = select(choices.map((role) => [role.id, role.name]), {name: 'group-role'});
    const assign = h('button', {type: 'submit'}, 'Assign role');
    fill(form, h('form', {class: 'form-grid', novalidate: true, on: {submit: (event) => {
      event.preventDefault();
      busy(assign, () => change('POST', choice.value));
    }}}, field('Role to assign', choice), h('div', {class: 'actions'}, assign)));
  }

  async function change(method, roleId) {
    try {
      await api(method, path, {roles: [roleId]});
      fill(alert);
      await reload();
    } catch (error) {
      showError(alert, error);
    }
  }
  return {section, load: reload};
}

/** The Roles section of a user's page: its effective tenant-level roles, each with where it comes from. */
export async function userSection(userId) {
  const roles = await api('GET', `/users/${segment(userId)}/roles`);
  return h('section', {'aria-labelledby': 'user-roles'}, h('h2', {id: 'user-roles'}, 'Roles'),
    h('p', {class: 'hint'}, 'The roles the user holds now, as its next login answers them: assigned directly, '
      + 'synchronised from its SCIM roles, or inherited from its groups.'),
    table('Roles of the user', ['Role', 'Sources'], roles.map((role) => [
      role.name,
      h('ul', {class: 'sources'}, role.sources.map((source) => h('li', null, sourceLabel(source)))),
    ]), 'The user holds no role.'));
}

function sourceLabel(source) {
  if (source.startsWith('group:')) {
    const id = source.slice('group:'.length);
    return h('span', null, 'Group ', h('a', {href: `#/groups/${segment(id)}`}, id));
  }
  return source === 'scim' ? 'SCIM roles attribute' : 'Assigned directly';
}
