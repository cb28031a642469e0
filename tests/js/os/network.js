// networkInterfaces(): the shape of every address entry.
const os = require('os');

const all = os.networkInterfaces();
console.log(Object.getPrototypeOf(all) === Object.prototype);
let bad = 0;

for (const [name, list] of Object.entries(all)) {
  if (typeof name !== 'string' || !Array.isArray(list) || list.length === 0) bad++;
  for (const e of list) {
    const keys = Object.keys(e).join(',');
    const isV6 = e.family === 'IPv6';
    if (keys !== (isV6 ? 'address,netmask,family,mac,internal,cidr,scopeid' : 'address,netmask,family,mac,internal,cidr')) {
      bad++;
    }
    if (e.family !== 'IPv4' && e.family !== 'IPv6') bad++;
    if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac)) bad++;
    if (typeof e.internal !== 'boolean') bad++;
    if (isV6 && !Number.isInteger(e.scopeid)) bad++;
    if (e.cidr !== null && !e.cidr.startsWith(`${e.address}/`)) bad++;
    if (!isV6) {

      if (!/^\d+\.\d+\.\d+\.\d+$/.test(e.address) || !/^\d+\.\d+\.\d+\.\d+$/.test(e.netmask)) bad++;
      const bits = e.netmask.split('.').map((n) => (+n).toString(2).padStart(8, '0')).join('');
      if (e.cidr !== `${e.address}/${bits.indexOf('0') === -1 ? 32 : bits.indexOf('0')}`) bad++;
    }
    if (e.address === '127.0.0.1' && (!e.internal || e.cidr !== '127.0.0.1/8')) bad++;
  }
}
console.log('malformed entries:', bad);
