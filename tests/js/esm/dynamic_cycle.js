// import() of a module of the graph being evaluated (a cycle back to an
// importer) waits for that module to finish; import() never runs a module
// within the caller's own code, even one already loaded.
import { order } from './dynamic_cycle/log.js';
import './dynamic_cycle/first.js';

order.push('main');
const again = import('./dynamic_cycle/log.js');
order.push('after import() of a loaded module');
await again;
const ns = await import('./dynamic_cycle/first.js');
console.log(order.join('\n'));
console.log('first.value', ns.value, 'from second:', (await import('./dynamic_cycle/second.js')).seen);
