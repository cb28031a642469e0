// fileURLToPathBuffer: raw bytes of the escapes, posix and Windows checks.
const url = require('url');
const t = (f) => { try { console.log(f()) } catch (e) { console.log(e.name, e.code, e.message) } };
t(() => url.fileURLToPathBuffer('file:///a%FF%C3%A9'));
t(() => url.fileURLToPathBuffer('file:///a%2F'));
t(() => url.fileURLToPathBuffer('file://h/a'));
t(() => url.fileURLToPathBuffer('file:///C:/a%FF', {windows: true}));
t(() => url.fileURLToPathBuffer('file://srv/s/a', {windows: true}));
t(() => url.fileURLToPathBuffer(5));
t(() => url.fileURLToPathBuffer('file:///C:/a%5Cb', {windows: true}));
t(() => url.fileURLToPathBuffer('file:///a', {windows: true}));
t(() => url.fileURLToPathBuffer('http://a'));
t(() => url.fileURLToPathBuffer('file://xn--9ca/s', {windows: true}));
t(() => url.fileURLToPathBuffer(new URL('file:///%E2%82%AC')));
t(() => url.fileURLToPathBuffer('file:///%zz'));
t(() => JSON.stringify(url.fileURLToPath('file:///a%00b')));
t(() => url.fileURLToPath('file:///C:/x%20y', {windows: true}));
t(() => url.fileURLToPath('file://h%C3%A9/x', {windows: true}));
