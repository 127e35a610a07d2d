// A connection's Health tab: its SCIM traffic over a window (requests, error rate, rate-limited seconds) and the
// state of its tokens, from GET /connections/{id}/health.
import {api, segment} from '/console/api.js';
import {busy, facts, field, fill, h, loading, select, showError, when} from '/console/dom.js';

/** The windows the operator may pick, in seconds (the API takes 60–604800). */
const WINDOWS = [['3600', 'Last hour'], ['86400', 'Last 24 hours'], ['604800', 'Last 7 days']];
/** The window of this tab, kept while the operator visits other pages. */
let chosen = '3600';

/** An error rate (0–1, or null without requests) as a percentage: "25 %", "33.3 %", "no requests". */
export function percentage(rate) {
  if (rate === null || rate === undefined) {
    return 'no requests';
  }
  return `${Number((rate * 100).toFixed(1))} %`;
}

export async function render(body, connection, alert) {
  const path = `/connections/${segment(connection.id)}/health`;
  const windowSelect = select(WINDOWS, {value: chosen});
  const refresh = h('button', {type: 'button', on: {click: () => busy(refresh, reload)}}, 'Refresh');
  const traffic = h('div');
  const tokens = h('div');
  windowSelect.addEventListener('change', () => {
    chosen = windowSelect.value;
    // The page is busy from this very event, so whoever waits for the new figures never reads the old ones.
    loading(body.closest('.page') ?? body, reload);
  });
  fill(body,
    h('div', {class: 'form-grid'},
      field('Window', windowSelect, 'How far back the SCIM requests are counted.'),
      h('div', {class: 'actions'}, refresh)),
    h('section', {'aria-labelledby': 'traffic-heading'}, h('h2', {id: 'traffic-heading'}, 'SCIM traffic'), traffic),
    h('section', {'aria-labelledby': 'health-tokens-heading'},
      h('h2', {id: 'health-tokens-heading'}, 'Tokens'), tokens));

  async function reload() {
    try {
      const health = await api('GET', `${path}?window=${encodeURIComponent(chosen)}`);
      fill(alert);
      const label = WINDOWS.find(([value]) => value === chosen)?.[1] ?? `${chosen} seconds`;
      fill(traffic,
        h('p', {class: 'hint window-range'}, `${label}: from `, when(health.from), ' to ', when(health.to), '.'),
        facts([
          ['Requests', String(health.requests)],
          ['Errors', String(health.errors)],
          ['Error rate', percentage(health.error_rate)],
          ['Rate-limited seconds', String(health.rate_limited_seconds)],
        ]),
        h('p', {class: 'hint'}, 'Requests and errors count what the log holds (sscim and fscim entries); '
          + 'reads are logged in batches, so the last moments may be missing. A rate-limited second is one in '
          + 'which the connection\'s rate limit refused requests.'));
      fill(tokens,
        facts([
          ['Tokens', String(health.tokens.total)],
          ['Expiring within 14 days', String(health.tokens.expiring_within_14_days)],
          ['Expired', String(health.tokens.expired)],
        ]),
        health.tokens.expiring_within_14_days + health.tokens.expired > 0
          ? h('p', null, 'Create replacements and revoke the old tokens on the ',
            h('a', {href: `#/connections/${segment(connection.id)}/provisioning`}, 'Provisioning tab'), '.')
          : null);
    } catch (error) {
      showError(alert, error);
    }
  }
  await reload();
}
