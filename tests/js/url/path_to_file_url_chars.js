// pathToFileURL(): every printable ASCII character, posix and Windows, and
// Windows \\?\ long paths.
const url = require('url');
let all = '';
for (let i = 32; i < 127; i++) all += String.fromCharCode(i);
console.log(url.pathToFileURL(`/${all.replace('/', '')}`).href);
console.log(url.pathToFileURL(`C:\\${all.replace(/[/\\]/g, '')}`, { windows: true }).href);
for (const p of ['\\\\?\\C:\\path\\to\\file.txt', '\\\\?\\UNC\\server\\share\\x', '\\\\?\\', '\\\\?\\UNC\\s', '\\\\?\\C:',
  '\\\\?\\relative\\x', '\\\\\\s', '\\\\server\\sh[are\\x y']) {
  try {
    console.log(JSON.stringify(p), url.pathToFileURL(p, { windows: true }).href);
  } catch (e) {
    console.log(JSON.stringify(p), e.code, e.message);
  }
}
