// With process.throwDeprecation, emitWarning() of a DeprecationWarning
// returns normally and the warning is thrown on the next tick (an
// uncaught exception), as node does.
'use strict';
process.throwDeprecation = true;
process.on('uncaughtException', (e) => console.log('uncaught', String(e), e.code));
try { process.emitWarning('old api', 'DeprecationWarning', 'DEP0999'); console.log('emitWarning returned'); } catch (e) { console.log('threw sync', String(e)); }
process.nextTick(() => console.log('tick after'));
