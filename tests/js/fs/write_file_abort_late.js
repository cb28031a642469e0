// fs.writeFile() with an AbortSignal aborted after the call (before the
// write completes) fails with an AbortError, as in node; fs.exists() calls
// back false for paths it cannot use.
'use strict';
const fs = require('fs'); const path = require('path'); const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jolt-fx-'));
fs.exists(new URL('https://foo'), (y) => console.log('exists https url', y));
fs.exists({}, (y) => console.log('exists {}', y));
fs.exists(__filename, (y) => console.log('exists self', y));
const controller = new AbortController();
fs.writeFile(path.join(dir, 'a.txt'), 'x'.repeat(10000), { signal: controller.signal }, (err) => {
  console.log('writeFile aborted before start:', err && err.name, err && err.code, fs.existsSync(path.join(dir, 'a.txt')));
  setTimeout(() => fs.rmSync(dir, { recursive: true }), 20);
});
controller.abort();
