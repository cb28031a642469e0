// Plausibility of the machine facts (never their values, which vary).
const os = require('os');

const cpus = os.cpus();
console.log('cpus array', Array.isArray(cpus), cpus.length >= 1);
console.log('cpu fields', cpus.every((c) => typeof c.model === 'string' && Number.isInteger(c.speed) && c.speed >= 0 &&
  JSON.stringify(Object.keys(c)) === '["model","speed","times"]' &&
  JSON.stringify(Object.keys(c.times)) === '["user","nice","sys","idle","irq"]' &&
  Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0)));
const par = os.availableParallelism();
console.log('availableParallelism', Number.isInteger(par), par >= 1);

const load = os.loadavg();
console.log('loadavg', load.length, load.every((n) => typeof n === 'number' && n >= 0));
console.log('memory', os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem(),
  Number.isInteger(os.totalmem()));
const up = os.uptime();
console.log('uptime', typeof up, up > 0);

console.log('hostname', typeof os.hostname(), os.hostname().length > 0);
console.log('type', os.type(), 'platform', os.platform(), 'machine', typeof os.machine(), os.machine().length > 0);
console.log('release', typeof os.release(), /^\d+\.\d+/.test(os.release()), 'version', typeof os.version());
console.log('arch', os.arch() === process.arch, 'endianness', os.endianness());
console.log('homedir', os.homedir() === process.env.HOME);

// tmpdir: TMPDIR, then TMP, then TEMP, then /tmp; one trailing slash goes.
const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
const tries = [
  [{}, '/tmp'], [{ TMPDIR: '/a/b/' }, '/a/b'], [{ TMPDIR: '/' }, '/'], [{ TMP: '/t//' }, '/t/'],
  [{ TEMP: '/e' }, '/e'], [{ TMPDIR: '', TMP: '/x' }, '/x'], [{ TMPDIR: 'rel/' }, 'rel'],
];
for (const [env, expected] of tries) {
  delete process.env.TMPDIR;
  delete process.env.TMP;
  delete process.env.TEMP;
  Object.assign(process.env, env);
  console.log('tmpdir', JSON.stringify(env), os.tmpdir() === expected ? 'ok' : `got ${os.tmpdir()}`);
}
for (const [k, v] of Object.entries(saved)) {
  if (v === undefined) delete process.env[k];
  else process.env[k] = v;
}
