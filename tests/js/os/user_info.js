// userInfo(): the passwd entry, with options.encoding applied.
const os = require('os');

const info = os.userInfo();
console.log(Object.getPrototypeOf(info), Object.keys(info));
console.log(Number.isInteger(info.uid) && info.uid >= 0, Number.isInteger(info.gid) && info.gid >= 0);
console.log(typeof info.username, info.username.length > 0, typeof info.homedir, typeof info.shell);

const buf = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(buf.username), Buffer.isBuffer(buf.homedir), Buffer.isBuffer(buf.shell), typeof buf.uid);
console.log(buf.username.toString() === info.username, buf.homedir.toString() === info.homedir);

const hex = os.userInfo({ encoding: 'hex' });
console.log(hex.username === Buffer.from(info.username).toString('hex'));
// Unknown encodings and non-object options fall back to UTF-8 strings.
for (const options of [{ encoding: 'bogus' }, 'x', null, 5, {}]) {
  const u = os.userInfo(options);
  console.log(JSON.stringify(options), u.username === info.username);
}
