// origin for special, file, blob and opaque URLs.
for (const s of ['http://h:80/x', 'https://h:444/', 'ws://h', 'wss://h:443', 'ftp://h:21', 'file:///x',
  'blob:https://h:443/x', 'blob:ftp://h/x', 'blob:foo', 'sc://h/', 'data:,x', 'http://[::1]:8/', 'http://\u00e9.com/']) {
  console.log(s, new URL(s).origin);
}
