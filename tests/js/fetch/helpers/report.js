'use strict';
// Printing helpers shared by the fetch tests.

// Runs `fn` and prints its result or the error's name, code and message.
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message));
  }
}

// Awaits `promise` and prints its value or the error's name, code and message.
async function settle(label, promise) {
  try {
    console.log(label, 'ok', await promise);
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message));
  }
}

module.exports = { attempt, settle };
