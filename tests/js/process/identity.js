// pid, ppid, platform, arch, version, versions.node, title, release.
console.log('pid:', typeof process.pid, Number.isInteger(process.pid) && process.pid > 0);
console.log('ppid:', typeof process.ppid, Number.isInteger(process.ppid) && process.ppid > 0);
console.log('pid != ppid:', process.pid !== process.ppid);
console.log('platform:', process.platform);
console.log('arch:', process.arch);
console.log('version starts with v24.:', process.version.startsWith('v24.'), /^v\d+\.\d+\.\d+$/.test(process.version));
console.log('versions.node matches:', 'v' + process.versions.node === process.version);
console.log('typeof title:', typeof process.title);
console.log('process toString:', Object.prototype.toString.call(process));
