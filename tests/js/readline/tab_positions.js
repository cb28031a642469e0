// Where the cursor is on screen (getCursorPos) with tabs, which move to
// the next multiple of tabSize counted along the whole wrapped line,
// wide characters, which take two columns and do not straddle the right
// edge, and line breaks.
const readline = require('readline');
const { EventEmitter } = require('events');

class FakeTerminal extends EventEmitter {
  resume() {}
  pause() {}
  write() {}
  end() {}
}

function pos(text, options, columns) {
  const fi = new FakeTerminal();
  fi.columns = columns;
  const rl = new readline.Interface({ input: fi, output: fi, terminal: true, prompt: '', ...options });
  fi.emit('data', text);
  const p = rl.getCursorPos();
  console.log(JSON.stringify(text), JSON.stringify(options), columns, '->', rl.cursor, JSON.stringify(p));
  rl.write(null, { name: 'left' });
  console.log('  one left', JSON.stringify(rl.getCursorPos()));
  rl.close();
}

pos('multi-line text', {}, 10);
pos('multi-line\ttext \t', { tabSize: 16 }, 10);
pos('a\tb\tc', {}, 80);
pos('a\tb\tc', { tabSize: 4 }, 80);
pos('abcdefg\t', { tabSize: 4 }, 10);
pos('\t\t\t', {}, 20);
pos('abcdefghi\u3042x', {}, 10);
pos('\u3042\u3042\u3042\u3042\u3042', {}, 9);
pos('ab\ud83d\ude00c', {}, 80);
