// Log streams: status and backlog, create, edit, pause and resume, delete.
import {api, segment} from '/console/api.js';
import {
  actions, alertBox, busy, confirmButton, field, fill, h, heading, select, statusBox, table, uid,
} from '/console/dom.js';

/** The categories a stream can filter on, and the formats of its sink (the OpenAPI enums). */
export const CATEGORIES = ['scim.event', 'group.event', 'user.event', 'auth.login.success', 'auth.login.fail',
  'management.event'];
const FORMATS = [['JSONARRAY', 'JSON array (JSONARRAY)'], ['JSONLINES', 'JSON lines (JSONLINES)'],
  ['JSONOBJECT', 'One JSON object per request (JSONOBJECT)']];

export async function render(container) {
  const alert = alertBox();
  const status = statusBox();
  const list = h('div', {class: 'list'});
  const formSection = h('section', {'aria-labelledby': 'stream-form-heading'});
  const refresh = h('button', {type: 'button', on: {click: () => busy(refresh, reload)}}, 'Refresh');
  fill(container, heading('Log streams'), alert, status,
    h('section', {'aria-labelledby': 'streams-heading'}, h('h2', {id: 'streams-heading'}, 'Streams'),
      h('div', {class: 'actions'}, refresh), list),
    formSection);

  const act = actions(container, alert, status, reload);

  async function reload() {
    const streams = await api('GET', '/log-streams');
    fill(list, table('Log streams', ['Name', 'Endpoint', 'Format', 'Categories', 'Status', 'Backlog',
      'Failures', 'Last error', 'Actions'], streams.map((stream) => {
      const path = `/log-streams/${segment(stream.id)}`;
      const paused = stream.status !== 'active';
      return [
        stream.name,
        stream.sink.httpEndpoint,
        stream.sink.httpContentFormat,
        stream.filters.length === 0 ? 'Every entry' : stream.filters.map((f) => f.name).join(', '),
        h('span', {class: `badge ${stream.status}`}, stream.status),
        String(stream.delivery.pending),
        String(stream.delivery.failures),
        stream.delivery.last_error ?? '—',
        h('span', {class: 'row-actions'},
          h('button', {type: 'button', on: {click: () => drawForm(stream)}}, 'Edit',
            h('span', {class: 'visually-hidden'}, ` ${stream.name}`)),
          ' ',
          h('button', {type: 'button', on: {click: () => act(() => api('PATCH', path,
            {status: paused ? 'active' : 'paused'}), `${paused ? 'Resumed' : 'Paused'} ${stream.name}.`)}},
          paused ? 'Resume' : 'Pause', h('span', {class: 'visually-hidden'}, ` ${stream.name}`)),
          ' ',
          confirmButton('Delete', 'Confirm delete', `Delete ${stream.name} and the entries waiting for it?`,
            () => act(() => api('DELETE', path), `Deleted ${stream.name}.`))),
      ];
    }), 'No log stream yet.'));
  }

  /** The create form, or the edit form of {@code stream}. */
  function drawForm(stream) {
    const editing = stream !== undefined;
    const name = h('input', {type: 'text', required: true, maxlength: '128', value: stream?.name ?? ''});
    const endpoint = h('input', {type: 'url', required: true, spellcheck: 'false',
      value: stream?.sink.httpEndpoint ?? ''});
    const format = select(FORMATS, {value: stream?.sink.httpContentFormat ?? 'JSONARRAY'});
    const authorization = h('input', {type: 'password', autocomplete: 'off', maxlength: '4096'});
    const removeAuthorization = h('input', {type: 'checkbox', id: uid('remove-authorization')});
    const chosen = new Set((stream?.filters ?? []).map((f) => f.name));
    const boxes = CATEGORIES.map((category) => h('input', {type: 'checkbox', value: category,
      checked: chosen.has(category), id: uid(`category-${category.replaceAll('.', '-')}`)}));
    const submit = h('button', {type: 'submit'}, editing ? 'Save log stream' : 'Create log stream');
    const title = h('h2', {id: 'stream-form-heading', tabindex: '-1'},
      editing ? `Edit ${stream.name}` : 'Create a log stream');
    fill(formSection, title, h('form', {class: 'form-grid', novalidate: true, on: {submit: async (event) => {
      event.preventDefault();
      const sink = {httpEndpoint: endpoint.value.trim(), httpContentFormat: format.value};
      if (authorization.value !== '') {
        sink.httpAuthorization = authorization.value;
      } else if (editing && removeAuthorization.checked) {
        sink.httpAuthorization = '';
      }
      const body = {name: name.value.trim(), sink,
        filters: boxes.filter((box) => box.checked).map((box) => ({type: 'category', name: box.value}))};
      if (!editing) {
        body.type = 'http';
      }
      await busy(submit, () => act(async () => {
        await api(editing ? 'PATCH' : 'POST', editing ? `/log-streams/${segment(stream.id)}` : '/log-streams',
          body);
        drawForm();
      }, `${editing ? 'Saved' : 'Created'} ${body.name}.`));
    }}},
    field('Name', name),
    field('Endpoint URL', endpoint, 'An absolute http or https URL that receives the entries.'),
    field('Format', format),
    field(editing ? 'New Authorization header value (optional)' : 'Authorization header value (optional)',
      authorization, editing ? (stream.sink.httpAuthorizationSet ? 'A value is set; leave empty to keep it.'
        : 'None is set.') : 'Sent with each delivery; never shown again.'),
    editing && stream.sink.httpAuthorizationSet ? h('span', {class: 'check'}, removeAuthorization,
      h('label', {for: removeAuthorization.id}, 'Remove the Authorization header value')) : null,
    h('fieldset', {class: 'categories'}, h('legend', null, 'Categories (none ticked: every entry)'),
      boxes.map((box) => h('span', {class: 'check'}, box, h('label', {for: box.id}, box.value)))),
    h('div', {class: 'actions'}, submit,
      editing ? h('button', {type: 'button', on: {click: () => drawForm()}}, 'Cancel edit') : null)));
    if (editing) {
      title.focus();
    }
  }

  drawForm();
  await reload();
}
