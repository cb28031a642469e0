// A JSON syntax error is a SyntaxError whose message starts with the file name.
const path = require('path');
const file = path.join(__dirname, '..', 'fixtures', 'errors', 'bad.json');
for (let i = 0; i < 2; i++) {
  try {
    require('../fixtures/errors/bad.json');
    console.log('no error (wrong)');
  } catch (e) {
    console.log('name:', e.name, '| instanceof SyntaxError:', e instanceof SyntaxError);
    console.log('message starts with "<file>: ":', e.message.startsWith(file + ': '));
    console.log('message prefix:', path.relative(__dirname, e.message.slice(0, file.length)) + ':');
  }
}
console.log('left in cache:', file in require.cache);
