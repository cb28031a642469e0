'use strict';
// An unhandled 'error' with a non-Error value ends the process.
const EventEmitter = require('events');
new EventEmitter().emit('error', { reason: 'bad' });
