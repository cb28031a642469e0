// uptime(), umask(), and friends are numbers.
const u = process.uptime();
console.log('uptime:', typeof u, u >= 0, u < 20);
const mask = process.umask();
console.log('umask:', typeof mask, Number.isInteger(mask));
const old = process.umask(0o027);
console.log('umask(new) returns old:', old === mask, 'now:', process.umask().toString(8));
process.umask(mask);
console.log('cpuUsage:', typeof process.cpuUsage().user, typeof process.cpuUsage().system);
