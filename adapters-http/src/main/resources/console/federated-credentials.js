// The Provisioning tab's federated credentials (SPEC §9; Entra ID's workload identity federation, RFC 7523): what
// an identity provider's signed assertions must say (issuer, subject, audience) and where their keys are (JWKS URL).
// The identity provider exchanges such an assertion at the token endpoint for an access token; nothing secret is
// stored or shown. Created, listed and deleted here.
import {api, segment} from '/console/api.js';
import {
  alertBox, busy, confirmButton, facts, field, fill, h, hiddenText, showError, uid, when,
} from '/console/dom.js';
import {SCOPES} from '/console/provisioning.js';

/** The API's limit on each of the four values. */
const MAX_LENGTH = '1024';

/** Text with the <tenant id> placeholder of Entra's URLs, as code that may wrap on a phone. */
function entraUrl(text) {
  return h('code', {class: 'wrap'}, text);
}

export async function render(section, path, alert, status) {
  const problem = alertBox();
  const list = h('div', {class: 'credentials'});
  fill(section, h('h2', {id: 'federated-heading'}, 'Federated credentials'),
    h('p', null, 'For Microsoft Entra ID\'s workload identity federation: instead of a client secret, Entra signs a '
      + 'short-lived assertion (a JWT) for the enterprise application\'s service principal and exchanges it at the '
      + 'token endpoint URL above for an access token with the credential\'s scopes. Nothing secret is stored: '
      + 'the server checks the assertion\'s issuer, subject and audience against the values below and its '
      + 'signature against the keys it fetches from the JWKS URL. In Entra, enter the SCIM endpoint URL and the '
      + 'token endpoint URL above.'),
    problem, list, credentialForm());

  /** Runs an API call of this section and reloads the list; true when it succeeded, else its message is shown. */
  async function act(call, done) {
    try {
      const result = await call();
      fill(alert);
      fill(problem);
      fill(status, done(result));
      await reload().catch((error) => showError(problem, error));
      return true;
    } catch (error) {
      showError(problem, error);
      // The refusal may come of what the page did not show yet (a credential deleted elsewhere).
      await reload().catch(() => {});
      return false;
    }
  }

  /** One credential as a box: its id, the four values, scopes, dates and Delete. */
  function credentialBox(credential) {
    const headingId = uid('credential');
    const id = credential.credential_id;
    return h('section', {class: 'credential', 'aria-labelledby': headingId},
      h('h3', {id: headingId}, h('code', null, id)),
      facts([
        ['Issuer', credential.issuer],
        ['Subject', credential.subject],
        ['Audience', credential.audience],
        ['JWKS URL', credential.jwks_uri],
        ['Scopes', credential.scopes.length === SCOPES.length ? `All ${SCOPES.length} scopes`
          : credential.scopes.join(', ')],
        ['Created', when(credential.created_at)],
        ['Last used', credential.last_used_at ? when(credential.last_used_at) : 'Never used'],
      ]),
      h('div', {class: 'actions'},
        confirmButton(['Delete credential', hiddenText(id)], ['Confirm delete credential', hiddenText(id)],
          `Delete ${id}? Its access tokens stop working at once.`,
          () => act(() => api('DELETE', `${path}/${segment(id)}`),
            () => `Deleted ${id}: its access tokens no longer work.`))));
  }

  async function reload() {
    const credentials = await api('GET', path);
    fill(list, credentials.length === 0
      ? h('p', {class: 'empty'}, 'No federated credential: the identity provider authenticates with a token or '
        + 'an OAuth client above.')
      : credentials.map(credentialBox));
  }

  function credentialForm() {
    const text = () => h('input', {type: 'text', maxlength: MAX_LENGTH, autocomplete: 'off', spellcheck: 'false'});
    const inputs = {issuer: text(), subject: text(), audience: text(), jwks_uri: text()};
    const boxes = SCOPES.map((scope) => h('input', {type: 'checkbox', value: scope, checked: true,
      id: uid(`federated-scope-${scope.replace(':', '-')}`)}));
    const submit = h('button', {type: 'submit'}, 'Create federated credential');
    return h('form', {class: 'federated-form', novalidate: true, on: {submit: async (event) => {
      event.preventDefault();
      const body = Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.value.trim()]));
      body.scopes = boxes.filter((box) => box.checked).map((box) => box.value);
      await busy(submit, async () => {
        if (await act(() => api('POST', path, body), (credential) => `Created ${credential.credential_id}.`)) {
          Object.values(inputs).forEach((input) => { input.value = ''; });
        }
      });
    }}},
    h('h3', null, 'New federated credential'),
    h('div', {class: 'form-grid'},
      field('Issuer', inputs.issuer, ['The assertions\' iss. Entra: ',
        entraUrl('https://login.microsoftonline.com/<tenant id>/v2.0'), ', with your tenant (directory) id.']),
      field('Subject', inputs.subject, 'The assertions\' sub. Entra: the object id of the enterprise '
        + 'application\'s service principal (Enterprise applications → the application → Object ID).'),
      field('Audience', inputs.audience, 'A value the assertions\' aud must hold: the audience set for the '
        + 'federation in Entra.'),
      field('JWKS URL', inputs.jwks_uri, ['Where the server fetches the signing keys (https). Entra: ',
        entraUrl('https://login.microsoftonline.com/<tenant id>/discovery/v2.0/keys'), '.'])),
    h('fieldset', {class: 'federated-scopes'}, h('legend', null, 'Scopes of its access tokens'),
      boxes.map((box) => h('span', {class: 'check'}, box, h('label', {for: box.id}, box.value)))),
    h('div', {class: 'actions'}, submit));
  }

  await reload();
}
