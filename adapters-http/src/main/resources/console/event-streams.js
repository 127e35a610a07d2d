// Event streams (SPEC §11): status and backlog, create, edit, pause, resume (a suspended stream too), delete, and a
// stream's recent deliveries with redelivery.
import {api, segment} from '/console/api.js';
import {
  actions, alertBox, busy, confirmButton, field, fill, h, heading, hiddenText, loading, select, showError, statusBox,
  table, uid, when,
} from '/console/dom.js';

/** The event types a stream subscribes to (docs/events.md). */
export const EVENT_TYPES = ['user.created', 'user.updated', 'user.deactivated', 'user.restored', 'user.deleted',
  'group.created', 'group.updated', 'group.member.added', 'group.member.deleted', 'group.deleted',
  'user.role.assigned', 'user.role.deleted', 'group.role.assigned', 'group.role.deleted'];
const FORMATS = [['cloudevents', 'CloudEvents 1.0 (cloudevents)'],
  ['set', 'Signed SETs, RFC 9967 (set)']];
const DESTINATIONS = [['webhook', 'Webhook: the server pushes'], ['poll', 'Poll: the receiver polls (RFC 8936)']];

export async function render(container) {
  const alert = alertBox();
  const status = statusBox();
  const list = h('div', {class: 'list'});
  const formSection = h('section', {'aria-labelledby': 'event-stream-form-heading'});
  const deliveriesSection = h('section', {'aria-labelledby': 'deliveries-heading'});
  const refresh = h('button', {type: 'button', on: {click: () => busy(refresh, reload)}}, 'Refresh');
  fill(container, heading('Event streams'), alert, status,
    h('section', {'aria-labelledby': 'event-streams-heading'},
      h('h2', {id: 'event-streams-heading'}, 'Streams'), h('div', {class: 'actions'}, refresh), list),
    deliveriesSection, formSection);

  const act = actions(container, alert, status, reload);

  async function reload() {
    const streams = await api('GET', '/event-streams');
    fill(list, table('Event streams', ['Name', 'Destination', 'Format', 'Event types', 'Status', 'Backlog',
      'Failures', 'Last error', 'Actions'], streams.map((stream) => {
      const path = `/event-streams/${segment(stream.id)}`;
      // A suspended stream resumes like a paused one: PATCH {status: active} clears its failures.
      const stopped = stream.status !== 'active';
      return [
        stream.name,
        // A poller needs the endpoint it polls (RFC 8936), with the admin token.
        stream.destination.type === 'poll' ? `Poll: POST /api/v2${path}/poll` : stream.destination.url,
        stream.format,
        stream.subscriptions.map((s) => s.event_type).join(', '),
        h('span', {class: `badge ${stream.status}`}, stream.status),
        String(stream.delivery.pending),
        String(stream.delivery.failures),
        stream.delivery.last_error ?? '—',
        h('span', {class: 'row-actions'},
          h('button', {type: 'button', on: {click: () => drawForm(stream)}}, 'Edit', hiddenText(stream.name)),
          ' ',
          h('button', {type: 'button', on: {click: () => act(() => api('PATCH', path,
            {status: stopped ? 'active' : 'paused'}), `${stopped ? 'Resumed' : 'Paused'} ${stream.name}.`)}},
          stopped ? 'Resume' : 'Pause', hiddenText(stream.name)),
          ' ',
          h('button', {type: 'button', on: {click: () => loading(container, () => showDeliveries(stream)
            .catch((error) => showError(alert, error)))}}, 'Deliveries', hiddenText(stream.name)),
          ' ',
          confirmButton('Delete', 'Confirm delete', `Delete ${stream.name}, the events waiting for it and its `
            + 'delivery history?', () => act(async () => {
            await api('DELETE', path);
            fill(deliveriesSection);
          }, `Deleted ${stream.name}.`))),
      ];
    }), 'No event stream yet.'));
  }

  /** The stream's newest delivery records, and redelivery by event ids or by a time range. */
  async function showDeliveries(stream) {
    const path = `/event-streams/${segment(stream.id)}`;
    const records = await api('GET', `${path}/deliveries?take=50`);
    const ids = h('input', {type: 'text', spellcheck: 'false', autocomplete: 'off'});
    const from = h('input', {type: 'datetime-local', step: '1'});
    const to = h('input', {type: 'datetime-local', step: '1'});
    const submit = h('button', {type: 'submit'}, 'Redeliver');
    const title = h('h2', {id: 'deliveries-heading', tabindex: '-1'}, `Deliveries of ${stream.name}`);
    fill(deliveriesSection, title,
      table(`Deliveries of ${stream.name}`, ['Attempted', 'Outcome', 'Status', 'Events', 'First event',
        'Last event', 'Detail'], records.map((record) => [
        when(record.attempted_at),
        h('span', {class: `badge ${record.outcome}`}, record.outcome),
        record.status === undefined ? '—' : String(record.status),
        String(record.events),
        record.event_id,
        record.last_event_id ?? '—',
        record.detail ?? '—',
      ]), 'No delivery yet.'),
      h('h3', null, 'Redeliver'),
      h('form', {class: 'form-grid', novalidate: true, on: {submit: async (event) => {
        event.preventDefault();
        const eventIds = ids.value.split(/[\s,]+/).filter((id) => id !== '');
        let body;
        if (eventIds.length > 0) {
          body = {event_ids: eventIds};
        } else if (from.value !== '' && to.value !== '') {
          // datetime-local is the operator's local time; the API takes instants.
          body = {from: new Date(from.value).toISOString(), to: new Date(to.value).toISOString()};
        } else {
          fill(alert, 'Enter event ids, or both ends of a time range.');
          ids.focus();
          return;
        }
        await busy(submit, () => act(() => api('POST', `${path}/redeliver`, body),
          (answer) => `Queued ${answer.queued} event${answer.queued === 1 ? '' : 's'} for ${stream.name}.`));
      }}},
      field('Event ids', ids, 'evt_… ids, separated by spaces or commas; they go again with the same ids.'),
      field('From (your local time)', from, 'Or a time range: the stream\'s events from this time, inclusive,'),
      field('To (your local time)', to, '… to this one, exclusive.'),
      h('div', {class: 'actions'}, submit)));
    title.focus();
  }

  /** The create form, or the edit form of {@code stream}. */
  function drawForm(stream) {
    const editing = stream !== undefined;
    const webhook = stream?.destination.type !== 'poll';
    const name = h('input', {type: 'text', required: true, maxlength: '128', value: stream?.name ?? ''});
    const format = select(FORMATS, {value: stream?.format ?? 'cloudevents', disabled: editing});
    const destination = select(DESTINATIONS, {value: webhook ? 'webhook' : 'poll'});
    const url = h('input', {type: 'url', spellcheck: 'false', value: webhook ? stream?.destination.url ?? '' : ''});
    const authorization = h('input', {type: 'password', autocomplete: 'off', maxlength: '4096'});
    const removeAuthorization = h('input', {type: 'checkbox', id: uid('remove-event-authorization')});
    const batch = h('input', {type: 'checkbox', id: uid('batch'), checked: stream?.destination.batch === true});
    const audience = h('input', {type: 'text', spellcheck: 'false', value: stream?.audience ?? ''});
    const chosen = new Set((stream?.subscriptions ?? []).map((s) => s.event_type));
    const boxes = EVENT_TYPES.map((type) => h('input', {type: 'checkbox', value: type, checked: chosen.has(type),
      id: uid(`event-type-${type.replaceAll('.', '-')}`)}));
    const authorizationSet = editing && webhook && stream.destination.authorization_set;
    const webhookFields = h('div', {class: 'field-group'},
      field('Webhook URL', url, 'An absolute http or https URL that receives the events.'),
      field(editing ? 'New Authorization header value (optional)' : 'Authorization header value (optional)',
        authorization, authorizationSet ? 'A value is set; leave empty to keep it.'
          : 'Sent with each push; never shown again.'),
      authorizationSet ? h('span', {class: 'check'}, removeAuthorization,
        h('label', {for: removeAuthorization.id}, 'Remove the Authorization header value')) : null,
      h('span', {class: 'check'}, batch, h('label', {for: batch.id},
        'Batched: up to 100 events per request (CloudEvents\' batched content mode)')));
    const batchOption = batch.parentElement;
    function showDestination() {
      webhookFields.hidden = destination.value !== 'webhook';
      batchOption.hidden = format.value !== 'cloudevents';
    }
    destination.addEventListener('change', showDestination);
    format.addEventListener('change', showDestination);
    showDestination();
    const submit = h('button', {type: 'submit'}, editing ? 'Save event stream' : 'Create event stream');
    const title = h('h2', {id: 'event-stream-form-heading', tabindex: '-1'},
      editing ? `Edit ${stream.name}` : 'Create an event stream');
    fill(formSection, title, h('form', {class: 'form-grid', novalidate: true, on: {submit: async (event) => {
      event.preventDefault();
      const target = {type: destination.value};
      if (destination.value === 'webhook') {
        target.url = url.value.trim();
        if (authorization.value !== '') {
          target.authorization = authorization.value;
        } else if (authorizationSet && removeAuthorization.checked) {
          target.authorization = '';
        }
        if (format.value === 'cloudevents') {
          target.batch = batch.checked;
        }
      }
      const body = {name: name.value.trim(), destination: target,
        subscriptions: boxes.filter((box) => box.checked).map((box) => ({event_type: box.value}))};
      if (audience.value.trim() !== '') {
        body.audience = audience.value.trim();
      } else if (editing && stream.audience !== undefined) {
        body.audience = '';
      }
      if (!editing) {
        body.format = format.value;
      }
      authorization.value = '';
      await busy(submit, () => act(async () => {
        await api(editing ? 'PATCH' : 'POST', editing ? `/event-streams/${segment(stream.id)}` : '/event-streams',
          body);
        drawForm();
      }, `${editing ? 'Saved' : 'Created'} ${body.name}.`));
    }}},
    field('Name', name),
    field('Format', format, editing ? 'A stream\'s format cannot change; create another stream.' : null),
    field('Destination', destination, editing ? null : 'A poll destination needs the set format.'),
    webhookFields,
    field('Audience (optional)', audience, 'The SETs\' aud; empty: the webhook URL, or the poll endpoint.'),
    h('fieldset', {class: 'categories'}, h('legend', null, 'Event types (at least one)'),
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
