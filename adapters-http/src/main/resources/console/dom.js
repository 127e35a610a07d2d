// Building the page from data. Every value reaches the DOM as text (createElement, text nodes, setAttribute on
// plain attributes): nothing here parses HTML, so a value from the API can never become markup or script.

/** Attributes h() refuses: event handlers and inline styles (the CSP forbids them, and data must never set them). */
const FORBIDDEN = /^(on|style$|srcdoc$|formaction$)/i;
/** URLs an element may point at: the routes and the console's own files, never a script URL or another origin. */
const SAFE_URL = /^(#|\/console(\/|$))/;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'xlink:href']);
/** Set as properties after the children exist (a select's value needs its options first). */
const PROPERTIES = new Set(['value', 'checked']);

/**
 * An element: h('a', {href: '#/users'}, 'Users'). Children are nodes or text (strings, numbers); null and false are
 * skipped and arrays are flattened. attrs.on maps event names to listeners.
 */
export function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  const properties = [];
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (name === 'on') {
      for (const [event, listener] of Object.entries(value)) {
        element.addEventListener(event, listener);
      }
    } else if (FORBIDDEN.test(name)) {
      throw new Error(`h(): the attribute ${name} is not allowed`);
    } else if (PROPERTIES.has(name)) {
      properties.push([name, value]);
    } else if (value !== undefined && value !== null && value !== false) {
      if (URL_ATTRIBUTES.has(name) && !SAFE_URL.test(String(value))) {
        throw new Error(`h(): ${name} must be a route or a console file`);
      }
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  for (const [name, value] of properties) {
    if (value !== undefined && value !== null) {
      element[name] = name === 'checked' ? Boolean(value) : String(value);
    }
  }
  return element;
}

/** Appends children as h() does: nodes as they are, anything else as a text node. */
export function append(element, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces an element's children. */
export function fill(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

let counter = 0;

/** A fresh element id, for label-for and aria-describedby. */
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A control with its visible label: label first, then the control (given an id here). */
export function field(labelText, control, hint) {
  const id = control.id || uid('field');
  control.id = id;
  const parts = [h('label', {for: id}, labelText)];
  if (hint) {
    const hintId = uid('hint');
    control.setAttribute('aria-describedby', hintId);
    parts.push(control, h('p', {id: hintId, class: 'hint'}, hint));
  } else {
    parts.push(control);
  }
  return h('div', {class: 'field'}, parts);
}

/** Text only screen readers read, so that repeated buttons ("Delete secret") say which one they act on. */
export function hiddenText(text) {
  return h('span', {class: 'visually-hidden'}, ` ${text}`);
}

/** A select of [value, text] options. */
export function select(options, attrs) {
  return h('select', attrs, options.map(([value, text]) => h('option', {value}, text)));
}

/** The element where a page shows what went wrong; empty (and hidden by CSS) until then. */
export function alertBox() {
  return h('div', {role: 'alert', class: 'alert'});
}

/** The element where a page confirms what it did ("Saved", "Copied"). */
export function statusBox() {
  return h('div', {role: 'status', class: 'status'});
}

/** Shows an error's message (the server's own for API errors) in an alert box. */
export function showError(box, error) {
  fill(box, error instanceof Error ? error.message : String(error));
}

/** A table in a horizontally scrolling container; cells are nodes or text. */
export function table(caption, headers, rows, emptyText) {
  if (rows.length === 0) {
    return h('p', {class: 'empty'}, emptyText ?? 'Nothing to show.');
  }
  return h('div', {class: 'table-wrap'},
    h('table', null,
      h('caption', {class: 'visually-hidden'}, caption),
      h('thead', null, h('tr', null, headers.map((text) => h('th', {scope: 'col'}, text)))),
      h('tbody', null, rows.map((cells) => h('tr', null, cells.map((cell) => h('td', null, cell)))))));
}

/** A definition list of [term, value] pairs, each pair in its own box so that they flow in columns. */
export function facts(pairs) {
  return h('dl', {class: 'facts'},
    pairs.map(([term, value]) => h('div', {class: 'fact'}, h('dt', null, term), h('dd', null, value))));
}

/** A JSON document as pretty-printed text. */
export function json(value) {
  return h('pre', {class: 'json'}, JSON.stringify(value, null, 2));
}

/** An instant as a time element reading "2026-12-01 20:58:19 UTC"; absent as a dash. */
export function when(iso) {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return String(iso);
  }
  return h('time', {datetime: date.toISOString()}, date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'));
}

/**
 * A destructive button with a confirmation step in the page: the first press shows "Confirm …" and "Cancel", only
 * the confirmation runs the action.
 */
export function confirmButton(label, confirmLabel, question, action) {
  const holder = h('span', {class: 'confirm'});
  const start = h('button', {type: 'button', class: 'danger', on: {click: ask}}, label);
  function reset() {
    fill(holder, start);
  }
  function ask() {
    const cancel = h('button', {type: 'button', on: {click: () => { reset(); start.focus(); }}}, 'Cancel');
    const confirm = h('button', {type: 'button', class: 'danger', on: {click: async () => {
      confirm.disabled = true;
      cancel.disabled = true;
      try {
        await loading(holder.closest('.page') ?? holder, action);
      } finally {
        if (holder.isConnected) {
          reset();
        }
      }
    }}}, confirmLabel);
    fill(holder, h('span', {class: 'question'}, question), ' ', confirm, ' ', cancel);
    cancel.focus();
  }
  reset();
  return holder;
}

/**
 * A read-only text field with a Copy button: the clipboard when the browser allows it, else the text is selected
 * for the operator to copy.
 */
export function copyField(labelText, value, hint) {
  const input = h('input', {type: 'text', readonly: true, value, class: 'copy-input', spellcheck: 'false'});
  const status = statusBox();
  const button = h('button', {type: 'button', on: {click: async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      fill(status, 'Copied');
    } catch {
      input.focus();
      input.select();
      fill(status, 'Selected: press Ctrl+C (⌘C) to copy');
    }
  }}}, 'Copy');
  input.id = uid('copy');
  const parts = [h('label', {for: input.id}, labelText), h('span', {class: 'copy-row'}, input, ' ', button)];
  if (hint) {
    const hintId = uid('hint');
    input.setAttribute('aria-describedby', hintId);
    parts.push(h('p', {id: hintId, class: 'hint'}, hint));
  }
  return h('div', {class: 'field copy-field'}, parts, status);
}

/** A page's heading; focusable from script only, so a new page can move focus to it. */
export function heading(text) {
  return h('h1', {tabindex: '-1'}, text);
}

/**
 * Disables a button while its action runs, so a double press sends nothing twice, and marks its page busy until the
 * action (with the refresh it causes) is done.
 */
export async function busy(button, action) {
  button.disabled = true;
  try {
    return await loading(button.closest('.page') ?? button, action);
  } finally {
    button.disabled = false;
  }
}

/**
 * Marks an element busy (aria-busy) while an action refreshes it: assistive technology waits for the new content,
 * and so do the browser tests. The mark is set before the first await, so it is there as soon as a press returns.
 */
export async function loading(element, action) {
  element.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    element.removeAttribute('aria-busy');
  }
}

/**
 * A page's way of acting through the API: act(call, done) runs the call with the page busy; on success it clears
 * the alert, shows done (a text, or a function of the call's answer) in the status box and refreshes the page with
 * reload; on failure it shows the server's message in the alert.
 */
export function actions(page, alert, status, reload) {
  return (call, done) => loading(page, async () => {
    try {
      const result = await call();
      fill(alert);
      fill(status, typeof done === 'function' ? done(result) : done);
      await reload();
    } catch (error) {
      showError(alert, error);
    }
  });
}
