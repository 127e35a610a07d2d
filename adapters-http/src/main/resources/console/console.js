// The console's entry: sign-in, the page frame (header, navigation, main) and the hash routes.
import {api, signIn, signOut, signedIn, whenRefused} from '/console/api.js';
import {alertBox, fill, h, showError} from '/console/dom.js';
import * as connections from '/console/connections.js';
import * as connection from '/console/connection.js';
import * as users from '/console/users.js';
import * as groups from '/console/groups.js';
import * as roles from '/console/roles.js';
import * as logs from '/console/logs.js';
import * as logStreams from '/console/log-streams.js';
import * as eventStreams from '/console/event-streams.js';

const app = document.getElementById('app');

const NAVIGATION = [
  ['#/connections', 'Connections', 'connections'],
  ['#/users', 'Users', 'users'],
  ['#/groups', 'Groups', 'groups'],
  ['#/roles', 'Roles', 'roles'],
  ['#/logs', 'Logs', 'logs'],
  ['#/log-streams', 'Log streams', 'log-streams'],
  ['#/event-streams', 'Event streams', 'event-streams'],
];

/** Routes as [pattern, page, names of the captured parts]; ids come back decoded. */
const ROUTES = [
  [/^\/connections$/, connections, []],
  [/^\/connections\/([^/]+)\/(provisioning|mapping|health)$/, connection, ['id', 'tab']],
  [/^\/users$/, users, []],
  [/^\/users\/([^/]+)$/, users, ['id']],
  [/^\/groups$/, groups, []],
  [/^\/groups\/([^/]+)$/, groups, ['id']],
  [/^\/roles$/, roles, []],
  [/^\/logs$/, logs, []],
  [/^\/log-streams$/, logStreams, []],
  [/^\/event-streams$/, eventStreams, []],
];

let main = null;
let nav = null;

function renderSignIn(message) {
  main = null;
  const alert = alertBox();
  const input = h('input', {type: 'password', id: 'admin-token', name: 'admin-token', autocomplete: 'off',
    required: true, spellcheck: 'false', 'aria-describedby': 'admin-token-hint'});
  const form = h('form', {class: 'signin-form', novalidate: true, on: {submit: async (event) => {
    event.preventDefault();
    const value = input.value.trim();
    input.value = '';
    if (value === '') {
      fill(alert, 'Enter the admin token.');
      input.focus();
      return;
    }
    signIn(value);
    try {
      // A cheap call that proves the token before any page is shown.
      await api('GET', '/connections?page=0&per_page=1');
    } catch (error) {
      if (error.status !== 401) {
        signOut();
        showError(alert, error);
        input.focus();
      }
      return;
    }
    renderFrame();
  }}},
  h('div', {class: 'field'},
    h('label', {for: 'admin-token'}, 'Admin token'),
    input,
    h('p', {id: 'admin-token-hint', class: 'hint'},
      'Kept in this tab\'s memory only: reloading or closing the tab, or signing out, forgets it.')),
  h('button', {type: 'submit'}, 'Sign in'));
  fill(app, h('main', {class: 'signin', id: 'main'},
    h('h1', null, 'Sign in to the Inbound SCIM Server console'),
    h('p', null, 'Sign in with the server\'s admin token to manage connections, their SCIM endpoints, users, '
      + 'groups, logs, log streams and event streams.'),
    alert, form));
  if (message) {
    fill(alert, message);
  }
  input.focus();
}

function renderFrame() {
  nav = h('nav', {class: 'main-nav', 'aria-label': 'Main'},
    h('ul', null, NAVIGATION.map(([href, text]) => h('li', null, h('a', {href}, text)))));
  main = h('main', {id: 'main', class: 'content'});
  const signOutButton = h('button', {type: 'button', class: 'sign-out', on: {click: () => {
    signOut();
    renderSignIn('You signed out; the admin token is forgotten.');
  }}}, 'Sign out');
  fill(app,
    h('header', {class: 'topbar'}, h('span', {class: 'brand'}, 'Inbound SCIM Server'), signOutButton),
    h('div', {class: 'frame'}, nav, main));
  route(false);
}

function route(moveFocus) {
  if (!signedIn() || main === null) {
    return;
  }
  const path = location.hash.replace(/^#/, '').replace(/\?.*$/, '') || '/connections';
  for (const link of nav.querySelectorAll('a')) {
    const current = path === link.getAttribute('href').slice(1)
      || path.startsWith(`${link.getAttribute('href').slice(1)}/`);
    if (current) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  // aria-busy until the page has its data: assistive technology waits, and so do the browser tests.
  const container = h('div', {class: 'page', 'data-route': path, 'aria-busy': 'true'});
  fill(main, container);
  const match = ROUTES.map(([pattern, page, names]) => [pattern.exec(path), page, names])
    .find(([found]) => found !== null);
  if (!match) {
    container.removeAttribute('aria-busy');
    fill(container, h('h1', {tabindex: '-1'}, 'Page not found'),
      h('p', null, 'This page does not exist. ', h('a', {href: '#/connections'}, 'Go to the connections.')));
  } else {
    const [found, page, names] = match;
    const params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1])]));
    page.render(container, params).catch((error) => {
      if (error?.status !== 401) {
        const alert = alertBox();
        container.querySelector('h1')?.after(alert);
        showError(alert, error);
      }
    }).finally(() => container.removeAttribute('aria-busy'));
  }
  if (moveFocus) {
    // A new page: move focus to its heading so keyboard and screen reader users start there.
    const heading = container.querySelector('h1');
    heading?.focus();
  }
}

whenRefused(renderSignIn);
window.addEventListener('hashchange', () => route(true));
renderSignIn();
