// Logs: filters (type, status, operation, user, request id, connection, time range), the entries newest first, and
// one entry's details as JSON text.
import {api, query} from '/console/api.js';
import {byId, connectionFilter, connectionLabel, listConnections} from '/console/connections.js';
import {
  alertBox, busy, field, fill, h, heading, json, loading, select, showError, table, when,
} from '/console/dom.js';

/** The log types (the OpenAPI enum of LogEntry.type) with what they mean. */
export const TYPES = [
  ['sscim', 'SCIM request succeeded'],
  ['fscim', 'SCIM request failed'],
  ['group.created', 'Group created'],
  ['group.updated', 'Group updated'],
  ['group.deleted', 'Group deleted'],
  ['group.member.added', 'Group member added'],
  ['group.member.deleted', 'Group member removed'],
  ['user.deactivated', 'User deactivated'],
  ['user.deleted', 'User deleted'],
  ['s', 'Login succeeded'],
  ['f', 'Login failed'],
  ['sapi', 'Management API write succeeded'],
  ['fapi', 'Management API write failed'],
];
const PAGE_SIZE = 50;
/** The filters of this tab, kept while the operator visits other pages. */
const filters = {type: '', status: '', operation: '', userId: '', requestId: '', connectionId: '', dateFrom: '',
  dateTo: ''};

export async function render(container) {
  const alert = alertBox();
  const formHolder = h('div');
  const results = h('div', {class: 'list'});
  const details = h('section', {'aria-labelledby': 'log-details', class: 'details', hidden: true});
  fill(container, heading('Logs'), alert, formHolder, results, details);
  const connections = await listConnections();
  const names = byId(connections);
  const controls = {
    type: select([['', 'Any type'], ...TYPES.map(([type, meaning]) => [type, `${type} — ${meaning}`])],
      {value: filters.type}),
    status: h('input', {type: 'number', min: '100', max: '599', step: '1', value: filters.status}),
    operation: h('input', {type: 'text', value: filters.operation, spellcheck: 'false'}),
    userId: h('input', {type: 'text', value: filters.userId, spellcheck: 'false'}),
    requestId: h('input', {type: 'text', value: filters.requestId, spellcheck: 'false'}),
    connectionId: connectionFilter(connections, filters.connectionId),
    dateFrom: h('input', {type: 'datetime-local', step: '1', value: filters.dateFrom}),
    dateTo: h('input', {type: 'datetime-local', step: '1', value: filters.dateTo}),
  };
  const apply = h('button', {type: 'submit'}, 'Apply filters');
  const clear = h('button', {type: 'button', on: {click: () => {
    for (const [name, control] of Object.entries(controls)) {
      control.value = '';
      filters[name] = '';
    }
    busy(clear, () => show(''));
  }}}, 'Clear filters');
  fill(formHolder, h('form', {class: 'form-grid filters', novalidate: true, on: {submit: (event) => {
    event.preventDefault();
    for (const [name, control] of Object.entries(controls)) {
      filters[name] = control.value.trim();
    }
    busy(apply, () => show(''));
  }}},
  field('Type', controls.type),
  field('Status', controls.status, 'An HTTP status, such as 201 or 401.'),
  field('Operation', controls.operation, 'Such as POST Users or POST /api/v2/connections.'),
  field('User id', controls.userId),
  field('Request id', controls.requestId),
  field('Connection', controls.connectionId),
  field('Date from', controls.dateFrom, 'Your local time; inclusive.'),
  field('Date to', controls.dateTo, 'Your local time; exclusive.'),
  h('div', {class: 'actions'}, apply, clear)));

  async function show(from) {
    return loading(results, async () => {
      try {
        const entries = await api('GET', `/logs${query({type: filters.type, status: filters.status,
          operation: filters.operation, user_id: filters.userId, request_id: filters.requestId,
          connection_id: filters.connectionId, date_from: instant(filters.dateFrom),
          date_to: instant(filters.dateTo), take: PAGE_SIZE, from})}`);
        fill(alert);
        const buttons = [];
        if (from) {
          buttons.push(h('button', {type: 'button', on: {click: () => show('')}}, 'Newest entries'));
        }
        if (entries.length === PAGE_SIZE) {
          buttons.push(h('button', {type: 'button', on: {click: () => show(entries.at(-1).log_id)}},
            'Older entries'));
        }
        fill(results, h('p', {class: 'count', role: 'status'}, entries.length === 0 ? 'No entry matches.'
          : `${entries.length} entries, newest first`),
        table('Log entries', ['Date', 'Type', 'Status', 'Description', 'Connection', 'User', 'Details'],
          entries.map((entry) => [
            when(entry.date),
            entry.type,
            entry.details?.status === undefined ? '—' : String(entry.details.status),
            entry.description ?? '—',
            entry.connection_id ? connectionLabel(names.get(entry.connection_id)) : '—',
            entry.user_id ?? '—',
            h('button', {type: 'button', class: 'details-button', on: {click: () => showDetails(entry)}}, 'Details',
              h('span', {class: 'visually-hidden'}, ` of entry ${entry.log_id}`)),
          ]), ''),
        buttons.length === 0 ? null : h('div', {class: 'actions pager'}, buttons));
      } catch (error) {
        showError(alert, error);
      }
    });
  }

  function showDetails(entry) {
    const title = h('h2', {id: 'log-details', tabindex: '-1'}, `Entry ${entry.log_id}`);
    fill(details, title, json(entry));
    details.hidden = false;
    title.focus();
  }
  await show('');
}

/** A datetime-local value (the operator's local time) as an ISO instant; empty stays empty. */
function instant(local) {
  if (!local) {
    return '';
  }
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}
