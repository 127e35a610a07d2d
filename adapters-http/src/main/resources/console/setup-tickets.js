// The Provisioning tab's setup tickets: a link for the customer's IT admin, who opens it with no other credential to
// read the SCIM endpoint, create or rotate one token and see the last SCIM requests. The link holds the ticket's
// secret and is shown once, here; the list never has it.
import {api, segment} from '/console/api.js';
import {
  busy, confirmButton, copyField, field, fill, h, select, showError, table, uid, when,
} from '/console/dom.js';
import {SCOPES} from '/console/provisioning.js';

/** How long a link works, in seconds (the API takes 300–604800; five days when absent). */
const LINK_LIFETIMES = [['3600', '1 hour'], ['86400', '1 day'], ['259200', '3 days'], ['432000', '5 days'],
  ['604800', '7 days']];
const DEFAULT_LINK_LIFETIME = '432000';
const DAY = 86400;
/** The longest token lifetime the API takes (316224000 seconds), in days. */
const MAX_TOKEN_DAYS = 3660;

/** A lifetime in seconds as the operator reads it: "30 days", "900 seconds", or "Never expires" for none. */
export function lifetime(seconds) {
  if (seconds === null || seconds === undefined) {
    return 'Never expires';
  }
  if (seconds % DAY === 0) {
    return seconds === DAY ? '1 day' : `${seconds / DAY} days`;
  }
  return `${seconds} seconds`;
}

export async function render(section, path, alert, status) {
  const issued = h('div', {class: 'issued'});
  const list = h('div');
  fill(section, h('h2', {id: 'tickets-heading'}, 'Setup tickets'),
    h('p', null, 'A setup ticket is a link for the customer\'s IT admin: with it alone they see the SCIM endpoint '
      + 'URL, create (or rotate) one token with the ticket\'s scopes, and see the connection\'s last SCIM '
      + 'requests. Revoke it when the set-up is done; a token it created keeps working until you revoke that '
      + 'under Tokens.'),
    list, issued, ticketForm(path, alert, status, issued, reload));

  async function reload() {
    const tickets = await api('GET', path);
    const now = Date.now();
    fill(list, table('Setup tickets', ['Ticket id', 'Scopes', 'Token lifetime', 'Created', 'Link works until',
      'Token', 'Actions'], tickets.map((ticket) => [
      h('code', null, ticket.ticket_id),
      ticket.scopes.length === SCOPES.length ? `All ${SCOPES.length} scopes` : ticket.scopes.join(', '),
      lifetime(ticket.token_lifetime),
      when(ticket.created_at),
      [when(ticket.expires_at), Date.parse(ticket.expires_at) <= now ? ' (expired)' : null],
      ticket.token_id ? ['Created ', h('code', null, ticket.token_id)] : 'None yet',
      confirmButton('Revoke ticket', 'Confirm revoke ticket',
        `Revoke ${ticket.ticket_id}? Its link stops working at once.`, async () => {
          try {
            await api('DELETE', `${path}/${segment(ticket.ticket_id)}`);
            fill(alert);
            fill(issued);
            fill(status, `Revoked ${ticket.ticket_id}: its link no longer opens.`);
            await reload();
          } catch (error) {
            showError(alert, error);
          }
        }),
    ]), 'No setup ticket.'));
  }
  await reload();
}

function ticketForm(path, alert, status, issued, reload) {
  const boxes = SCOPES.map((scope) => h('input', {type: 'checkbox', value: scope, checked: true,
    id: uid(`ticket-scope-${scope.replace(':', '-')}`)}));
  const linkLifetime = select(LINK_LIFETIMES, {value: DEFAULT_LINK_LIFETIME});
  const tokenDays = h('input', {type: 'number', min: '1', max: String(MAX_TOKEN_DAYS), step: '1',
    inputmode: 'numeric'});
  const submit = h('button', {type: 'submit'}, 'Create setup ticket');
  return h('form', {class: 'ticket-form', novalidate: true, on: {submit: async (event) => {
    event.preventDefault();
    const body = {scopes: boxes.filter((box) => box.checked).map((box) => box.value),
      ttl_sec: Number(linkLifetime.value)};
    const days = tokenDays.value.trim();
    if (days !== '') {
      if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > MAX_TOKEN_DAYS) {
        fill(alert, `Token lifetime: a whole number of days from 1 to ${MAX_TOKEN_DAYS}, or empty.`);
        tokenDays.focus();
        return;
      }
      body.token_lifetime = Number(days) * DAY;
    }
    await busy(submit, async () => {
      try {
        const ticket = await api('POST', path, body);
        fill(alert);
        fill(status, `Created ${ticket.ticket_id}.`);
        // The list first, so the link shows in a settled page; a failed refresh must not hide the link.
        await reload().catch((error) => showError(alert, error));
        fill(issued, h('h3', null, 'Setup ticket created'),
          copyField(`Setup link of ${ticket.ticket_id}`, ticket.ticket_url,
            'Copy it now: it is shown only this once and cannot be read again. Anyone with this link can create '
            + 'a token for this connection until it expires or is revoked, so send it to the customer\'s IT '
            + 'admin only.'));
        issued.querySelector('input')?.focus();
      } catch (error) {
        showError(alert, error);
      }
    });
  }}},
  h('h3', null, 'New setup ticket'),
  h('fieldset', {class: 'ticket-scopes'}, h('legend', null, 'Scopes of the token it creates'),
    boxes.map((box) => h('span', {class: 'check'}, box, h('label', {for: box.id}, box.value)))),
  h('div', {class: 'form-grid'},
    field('Link works for', linkLifetime, 'From the moment it is created; five days unless you choose.'),
    field('Token lifetime in days (optional)', tokenDays,
      `From 1 to ${MAX_TOKEN_DAYS}; empty: the token it creates never expires.`)),
  h('div', {class: 'actions'}, submit));
}
