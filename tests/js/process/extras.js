'use strict';
// The less common process methods: credentials, resource usage, builtin
// lookup, .env files, the uncaught-exception capture callback, _rawDebug,
// allowedNodeEnvironmentFlags, finalization, ref/unref; their argument errors.
const os = require('os');
const fs = require('fs');
const path = require('path');
const me = os.userInfo();
console.log(process.getuid() === me.uid, process.getgid() === me.gid, typeof process.geteuid(), typeof process.getegid(),
            process.getgroups().includes(process.getegid()));
const ru = process.resourceUsage(); console.log(Object.keys(ru).length, ru.maxRSS > 0, typeof ru.userCPUTime);
console.log(process.constrainedMemory() > 0, process.availableMemory() > 0);
const t = process.threadCpuUsage(); console.log(Object.keys(t), typeof t.user);
console.log(process.getBuiltinModule('fs') === require('fs'), process.getBuiltinModule('nope'), process.getBuiltinModule('node:path') === require('path'), process.getBuiltinModule('test'));
for (const f of [() => process.getBuiltinModule(1), () => process.setuid({}), () => process.setuid('nosuchuserx'), () => process.setgid('nosuchgrp'), () => process.setuid(-1), () => process.setuid(1.5), () => process.setgroups('x'), () => process.setgroups([{}]), () => process.setgroups(['nosuchgrp']), () => process.initgroups({}, 0), () => process.initgroups('x'), () => process.initgroups(99999, 0), () => process.initgroups(0, 'nosuchgrp'), () => process.setUncaughtExceptionCaptureCallback(1), () => process.loadEnvFile('/nonexistent/.env'), () => process.loadEnvFile(1), () => process.setSourceMapsEnabled(1), () => process.threadCpuUsage({ user: 1 }), () => process.threadCpuUsage({ user: 1, system: -1 }), () => process.cpuUsage(1), () => process.cpuUsage({ user: -1, system: 0 }), () => process.finalization.register(1, () => {}), () => process.setuid(process.getuid()), () => process.ref(1), () => process.ref({ ref() { console.log('ref called'); } }), () => process.unref({ [Symbol.for('nodejs.unref')]() { console.log('sym unref'); }, unref() {} })]) {
  try { console.log('ok', f()); } catch (e) { console.log(e.code, e.name, e.message); }
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jolt-env-'));
fs.writeFileSync(path.join(dir, 't.env'), 'A=1\nB="two words"\n# comment\nEXISTING=new\n');
process.env.EXISTING = 'old';
process.loadEnvFile(path.join(dir, 't.env'));
fs.rmSync(dir, { recursive: true });
console.log(process.env.A, process.env.B, process.env.EXISTING);
process._rawDebug('raw %s', 'debug', { a: 1 });
const fl = process.allowedNodeEnvironmentFlags;
console.log(fl.has('--require'), fl.has('-r'), fl.has('require'), fl.has('--no_warnings'), fl.has('--require=x'), fl.has('--bogus'), Object.isFrozen(fl));
fl.add('--bogus'); console.log(fl.has('--bogus'));
console.log(process.sourceMapsEnabled, process.debugPort, process.hasUncaughtExceptionCaptureCallback(), Object.keys(process.finalization));
process.setSourceMapsEnabled(true); console.log(process.sourceMapsEnabled);
const o = {}; process.finalization.register(o, (obj, ev) => console.log('finalize', obj === o, ev));
process.finalization.registerBeforeExit(o, (obj, ev) => console.log('finalize', ev));
const p = {}; process.finalization.register(p, () => console.log('unregistered ran')); process.finalization.unregister(p);
process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.code, e.message); }
process.on('uncaughtExceptionMonitor', (e) => console.log('monitor', e.message));
process.on('uncaughtException', (e) => console.log('listener (not expected)', e.message));
setTimeout(() => { throw new Error('boom'); }, 1);
setTimeout(() => Promise.reject(new Error('rej')), 5);
setTimeout(() => { process.setUncaughtExceptionCaptureCallback(null); console.log(process.hasUncaughtExceptionCaptureCallback()); }, 20);
