// url.format(URL, options): each option, null options, URL-like receivers.
const url = require('url');
const t = (f) => { try { console.log(f()) } catch (e) { console.log(e.name, e.code, e.message) } };
const u = new URL('http://u:p@[::1]:8/p?q#f');
t(() => url.format(u, null));
t(() => url.format(u, {}));
t(() => url.format(u, { unicode: true, auth: 0, fragment: '' }));
t(() => url.format(new URL('sc:/.//p?q')));
t(() => url.format(new URL('http://xn--9ca.com/'), { unicode: true }));
t(() => url.format(new URL('file:///x'), { unicode: true }));
t(() => url.format(Object.assign(Object.create(URL.prototype), {})));
t(() => url.format({ href: 'ignored', pathname: '/x' }));
t(() => url.format([]));
t(() => url.format(() => {}));
