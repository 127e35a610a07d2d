// One connection: its facts and its tabs (Provisioning, Mapping, Health).
import {api, segment} from '/console/api.js';
import {connectionLabel} from '/console/connections.js';
import {alertBox, facts, fill, h, heading, when} from '/console/dom.js';
import * as health from '/console/health.js';
import * as mapping from '/console/mapping.js';
import * as provisioning from '/console/provisioning.js';

const TABS = [['provisioning', 'Provisioning'], ['mapping', 'Mapping'], ['health', 'Health']];
const PAGES = {provisioning, mapping, health};

export async function render(container, {id, tab}) {
  const title = heading('Connection');
  const alert = alertBox();
  const body = h('div', {class: 'tab-body'});
  fill(container,
    h('p', {class: 'breadcrumb'}, h('a', {href: '#/connections'}, 'Connections')),
    title, alert,
    h('nav', {class: 'tabs', 'aria-label': 'Connection'}, h('ul', null, TABS.map(([name, text]) => h('li', null,
      h('a', {href: `#/connections/${segment(id)}/${name}`, 'aria-current': name === tab ? 'page' : null},
        text))))),
    body);
  const connection = await api('GET', `/connections/${segment(id)}`);
  fill(title, `Connection ${connectionLabel(connection)}`);
  const summary = facts([
    ['Id', connection.id],
    ['Name', connection.name],
    ['Strategy', connection.strategy],
    ['Display name', connection.display_name ?? '—'],
    ['Created', when(connection.created_at)],
  ]);
  title.after(summary);
  const page = PAGES[tab] ?? provisioning;
  await page.render(body, connection, alert);
}
