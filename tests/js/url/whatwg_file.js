// file: URLs: hosts, localhost, Windows drive letters, '..' not above the
// drive, and resolution against file bases.
for (const [input, base] of [['file:///C:/a/../../b'], ['file:C|/x'], ['file://localhost/x'], ['file://LOCALHOST/x'],
  ['file://host/x'], ['file:/x'], ['file:x'], ['file:\\\\h\\x'], ['file://C:/x'], ['file:///C|/x'], ['/C:/x'],
  ['x', 'file:///C:/a/b'], ['/y', 'file:///C:/a/b'], ['..', 'file:///C:/'], ['//h/p', 'file:///x'],
  ['D:', 'file:///C:/a'], ['?q', 'file:///a/b'], ['file:', 'file:///a?b'], ['file:.', 'file:///a/b']]) {
  try {
    const u = new URL(input, base);
    console.log(JSON.stringify(input), base || '', u.href, JSON.stringify(u.host), u.origin);
  } catch (e) {
    console.log(JSON.stringify(input), base || '', e.code);
  }
}
