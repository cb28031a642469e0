// fileURLToPath and pathToFileURL, posix and { windows: true }.
const url = require('url');
const show = (fn) => {
  try {
    const r = fn();
    console.log(JSON.stringify(typeof r === 'string' ? r : r.href));
  } catch (e) {
    console.log(e.name, e.code, e.message, e.input instanceof URL);
  }
};
show(() => url.fileURLToPath('file:///a/b%20c/%C3%A9'));
show(() => url.fileURLToPath(new URL('file://localhost/etc')));
show(() => url.fileURLToPath('file://host/a'));
show(() => url.fileURLToPath('file:///a%2fb'));
show(() => url.fileURLToPath('http://a/'));
show(() => url.fileURLToPath(5));
show(() => url.fileURLToPath({ href: 'file:///a' }));
show(() => url.fileURLToPath('nope'));
show(() => url.fileURLToPath('file:///C:/a/b', { windows: true }));
show(() => url.fileURLToPath('file://server/share/x', { windows: true }));
show(() => url.fileURLToPath('file:///a/b', { windows: true }));
show(() => url.fileURLToPath('file:///C:/a%5Cb', { windows: true }));
show(() => url.pathToFileURL('/a/b c/%#?\u00e9\\x'));
show(() => url.pathToFileURL('/a/b/'));
show(() => url.pathToFileURL('/a/b/..'));
show(() => url.pathToFileURL('/a/\n\t'));
show(() => url.pathToFileURL('C:\\a\\b c', { windows: true }));
show(() => url.pathToFileURL('C:\\a\\', { windows: true }));
show(() => url.pathToFileURL('\\\\server\\share\\x', { windows: true }));
show(() => url.pathToFileURL('\\\\server', { windows: true }));
show(() => url.pathToFileURL(5));
console.log(url.pathToFileURL('rel').href === url.pathToFileURL(`${process.cwd()}/rel`).href);
console.log(url.fileURLToPath(url.pathToFileURL(__filename)) === __filename);
