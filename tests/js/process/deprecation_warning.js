// DeprecationWarning is a warning type with a code; the same code warns once
// only when emitted via util.deprecate, but emitWarning always prints.
process.on('warning', (w) => console.log('warning event:', w.name, w.code));
process.emitWarning('old thing', 'DeprecationWarning', 'DEP0999');
