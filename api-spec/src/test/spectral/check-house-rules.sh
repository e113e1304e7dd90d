#!/usr/bin/env bash
# Shows that each house rule of api-spec/.spectral.yaml can fail: lints house-rules-broken.yaml with that ruleset
# and expects exactly the planted violations (and that a broken example is caught by Spectral's own rules).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
# exits non-zero because of the planted errors; a run that produced no report fails below instead
npx --yes "@stoplight/spectral-cli@${SPECTRAL_VERSION:-6.16.3}" lint "$here/house-rules-broken.yaml" \
  --ruleset "$here/../../../.spectral.yaml" --format json --output "$report" --quiet || true
node - "$report" <<'JS'
const fs = require('fs');
const results = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const checked = r => r.code.startsWith('cockpit-') || r.code === 'oas3-valid-media-example';
const found = results.filter(checked).map(r => `${r.code} ${r.path.join('.')}`).sort();
const expected = [
  'cockpit-request-example paths./broken.post.requestBody.content.application/json',
  'cockpit-success-example paths./broken.post.responses.201.content.application/json',
  'cockpit-default-problem paths./broken.post.responses',
  'cockpit-error-is-problem paths./broken.post.responses.404',
  'cockpit-error-is-problem paths./broken.post.responses.409',
  'cockpit-error-is-problem paths./broken.post.responses.422',
  'cockpit-error-is-problem paths./broken.post.responses.500',
  'oas3-valid-media-example paths./broken.post.responses.200.content.application/json.example.name',
].sort();
const missing = expected.filter(e => !found.includes(e));
const extra = found.filter(f => !expected.includes(f));
if (missing.length || extra.length) {
  console.error('house rules fixture: the lint did not find exactly the planted violations');
  missing.forEach(m => console.error('  not found: ' + m));
  extra.forEach(x => console.error('  unexpected: ' + x));
  process.exit(1);
}
console.error(`house rules fixture: all ${expected.length} planted violations found`);
JS
