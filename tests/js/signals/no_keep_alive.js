'use strict';
// Signal listeners never keep the process alive: neither one added and
// removed, nor one still attached when the script ends.
function onInt() { console.log('SIGINT?'); }
process.on('SIGINT', onInt);
process.off('SIGINT', onInt);
process.on('SIGHUP', () => console.log('SIGHUP?'));
process.once('SIGWINCH', () => console.log('SIGWINCH?'));
console.log('counts', process.listenerCount('SIGINT'), process.listenerCount('SIGHUP'),
            process.listenerCount('SIGWINCH'));
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (code) => console.log('exit', code));
