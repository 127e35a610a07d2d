// A connection's Mapping tab: the SCIM ↔ profile pairs as editable rows. Nothing is saved until the server accepts
// the whole mapping; its validation message is shown next to the pair it names.
import {ApiError, api, segment} from '/console/api.js';
import {alertBox, busy, facts, fill, h, showError, statusBox, uid, when} from '/console/dom.js';

export async function render(body, connection, alert) {
  const path = `/connections/${segment(connection.id)}/scim-configuration`;
  let configuration;
  try {
    configuration = await api('GET', path);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      fill(body, h('p', null, 'SCIM is off for this connection, so it has no mapping yet. Turn it on in the ',
        h('a', {href: `#/connections/${segment(connection.id)}/provisioning`}, 'Provisioning tab'),
        ' first.'));
      return;
    }
    throw error;
  }
  const editor = new MappingEditor();
  const status = statusBox();
  const save = h('button', {type: 'button', class: 'primary', on: {click: () => busy(save, async () => {
    const mapping = editor.pairs();
    editor.clearErrors();
    fill(status);
    try {
      configuration = await api('PATCH', path, {mapping});
      fill(alert);
      editor.draw(configuration.mapping);
      fill(status, 'Saved');
    } catch (error) {
      if (error.status === 401) {
        return;
      }
      const row = error instanceof ApiError && error.status === 400 ? editor.rowNamedBy(error.message, mapping) : -1;
      if (row >= 0) {
        editor.showRowError(row, error.message);
        fill(alert, `Nothing was saved: row ${row + 1} is not valid (see the message under it).`);
      } else {
        editor.showError(error);
        fill(alert, 'Nothing was saved.');
      }
    }
  })}}, 'Save mapping');
  const reset = h('button', {type: 'button', on: {click: () => busy(reset, async () => {
    try {
      const defaults = await api('GET', `${path}/default-mapping`);
      editor.draw(defaults.mapping);
      fill(alert);
      fill(status, `Loaded the default mapping of ${connection.strategy}: not saved yet.`);
    } catch (error) {
      showError(alert, error);
    }
  })}}, 'Reset to the strategy\'s default');
  const add = h('button', {type: 'button', on: {click: () => editor.addRow()}}, 'Add row');
  fill(body, h('section', {'aria-labelledby': 'mapping-heading'},
    h('h2', {id: 'mapping-heading'}, 'Attribute mapping'),
    h('p', null, 'Each row maps a SCIM attribute path (such as emails[primary eq true].value) to a profile path (a '
      + 'root attribute such as email, or a path inside app_metadata or user_metadata). Nothing is saved until '
      + 'the server accepts the whole mapping.'),
    facts([['User id attribute', configuration.user_id_attribute], ['Last changed', when(configuration.updated_on)]]),
    editor.element,
    h('div', {class: 'actions'}, add, reset, save),
    status));
  editor.draw(configuration.mapping);
}

/** The rows of pairs, their inputs and the messages shown beside them. */
class MappingEditor {
  constructor() {
    this.error = alertBox();
    this.rows = h('tbody');
    this.element = h('div', null, this.error, h('div', {class: 'table-wrap'}, h('table', {class: 'mapping'},
      h('caption', {class: 'visually-hidden'}, 'Mapping pairs'),
      h('thead', null, h('tr', null, h('th', {scope: 'col'}, '#'), h('th', {scope: 'col'}, 'SCIM attribute (scim)'),
        h('th', {scope: 'col'}, 'Profile attribute (auth0)'), h('th', {scope: 'col'}, 'Actions'))),
      this.rows)));
  }

  /** The pairs as the inputs hold them now. */
  pairs() {
    return [...this.rows.querySelectorAll('tr.pair')].map((row) => ({
      scim: row.querySelector('input.scim').value.trim(),
      auth0: row.querySelector('input.auth0').value.trim(),
    }));
  }

  draw(pairs) {
    this.clearErrors();
    fill(this.rows, pairs.map((pair, index) => this.row(pair, index)));
  }

  row(pair, index) {
    const number = index + 1;
    const scim = h('input', {type: 'text', class: 'scim', value: pair.scim, id: uid('scim'), spellcheck: 'false',
      autocomplete: 'off'});
    const auth0 = h('input', {type: 'text', class: 'auth0', value: pair.auth0, id: uid('auth0'),
      spellcheck: 'false', autocomplete: 'off'});
    const remove = h('button', {type: 'button', on: {click: () => this.removeRow(index)}}, 'Remove',
      h('span', {class: 'visually-hidden'}, ` row ${number}`));
    return h('tr', {class: 'pair'},
      h('td', {class: 'number'}, String(number)),
      h('td', null, h('label', {for: scim.id, class: 'visually-hidden'}, `SCIM attribute, row ${number}`), scim),
      h('td', null, h('label', {for: auth0.id, class: 'visually-hidden'}, `Profile attribute, row ${number}`),
        auth0),
      h('td', null, remove));
  }

  addRow() {
    const pairs = [...this.pairs(), {scim: '', auth0: ''}];
    this.draw(pairs);
    this.rows.querySelector('tr.pair:last-of-type input.scim').focus();
  }

  removeRow(index) {
    const pairs = this.pairs();
    pairs.splice(index, 1);
    this.draw(pairs);
    const buttons = this.rows.querySelectorAll('tr.pair button');
    buttons[Math.min(index, buttons.length - 1)]?.focus();
  }

  clearErrors() {
    fill(this.error);
    for (const row of this.rows.querySelectorAll('tr.row-error')) {
      row.remove();
    }
    for (const input of this.rows.querySelectorAll('input[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }

  showError(error) {
    showError(this.error, error);
  }

  /**
   * The row a validation message names, or -1. The server words it "mapping pair {scim: "…", auth0: "…"}: reason"
   * (the domain's RawMappingPair.describe) and checks pairs in order, so the first row that matches is the one,
   * except for a duplicate: then it names the later of two equal pairs.
   */
  rowNamedBy(message, pairs) {
    const matches = pairs.map((pair, index) => [index, `mapping pair ${describe(pair)}: `])
      .filter(([, prefix]) => message.startsWith(prefix)).map(([index]) => index);
    if (matches.length === 0) {
      return -1;
    }
    return message.includes('is already mapped by') && matches.length > 1 ? matches[1] : matches[0];
  }

  showRowError(index, message) {
    const row = this.rows.querySelectorAll('tr.pair')[index];
    const id = uid('mapping-error');
    row.after(h('tr', {class: 'row-error'}, h('td'), h('td', {colspan: '3'},
      h('p', {id, class: 'field-error'}, message))));
    for (const input of row.querySelectorAll('input')) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', id);
    }
    row.querySelector('input.scim').focus();
  }
}

/** A pair as the server's messages quote it (RawMappingPair.describe: at most 200 characters of each path). */
function describe(pair) {
  return `{scim: ${quote(pair.scim)}, auth0: ${quote(pair.auth0)}}`;
}

function quote(text) {
  if (text === null || text === undefined) {
    return 'null';
  }
  return `"${text.length > 200 ? `${text.substring(0, 200)}…` : text}"`;
}
