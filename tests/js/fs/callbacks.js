'use strict';
// Callback forms: results, errors on the callback, callbacks never called
// synchronously, and the order node guarantees (a chain runs in order; the
// callback comes after the current synchronous code and its nextTicks).
const fs = require('fs');
require('./helpers/tmp');

const log = [];
const step = (name) => (...args) => {
  log.push(name);
  return args;
};

fs.writeFile('a.txt', 'abc', (err, ...rest) => {
  console.log('writeFile', err, rest.length);
  fs.readFile('a.txt', 'utf8', (err2, data) => {
    console.log('readFile', err2, data);
    fs.appendFile('a.txt', 'def', (err3) => {
      console.log('appendFile', err3);
      fs.readFile('a.txt', (err4, buf) => {
        console.log('readFile buffer', err4, buf);
        openChain();
      });
    });
  });
});
step('sync after writeFile')();
process.nextTick(() => log.push('tick'));

function openChain() {
  fs.open('b.txt', 'w+', (err, fd) => {
    console.log('open', err, typeof fd);
    fs.write(fd, 'hello', (err2, written, str) => {
      console.log('write string', err2, written, str);
      fs.write(fd, Buffer.from('XY'), 0, 2, 0, (err3, n, b) => {
        console.log('write buffer', err3, n, b);
        const buf = Buffer.alloc(8);
        fs.read(fd, buf, 0, 8, 0, (err4, bytes, same) => {
          console.log('read', err4, bytes, same === buf, buf.toString('utf8', 0, bytes));
          fs.read(fd, { buffer: Buffer.alloc(3), position: 1 }, (err5, bytes2, b2) => {
            console.log('read options', err5, bytes2, b2.toString());
            fs.fstat(fd, (err6, st) => {
              console.log('fstat', err6, st.size, st.isFile());
              fs.writev(fd, [Buffer.from('1'), Buffer.from('2')], 5, (err7, n7, list) => {
                console.log('writev', err7, n7, list.length);
                fs.readv(fd, [Buffer.alloc(2), Buffer.alloc(10)], 0, (err8, n8, bufs) => {
                  console.log('readv', err8, n8, bufs[0].toString(), bufs[1].toString('utf8', 0, n8 - 2));
                  fs.ftruncate(fd, 2, (err9) => {
                    fs.fsync(fd, (err10) => {
                      fs.close(fd, (err11) => {
                        console.log('ftruncate fsync close', err9, err10, err11);
                        fs.close(fd, (err12) => {
                          console.log('close again', err12.code, err12.syscall);
                          dirChain();
                        });
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

function dirChain() {
  fs.mkdir('d/e/f', { recursive: true }, (err, first) => {
    console.log('mkdir -p', err, first);
    fs.mkdir('d', (err2) => {
      console.log('mkdir exists', err2.code, err2.message);
      fs.readdir('d', { recursive: true }, (err3, names) => {
        console.log('readdir', err3, names);
        fs.readdir('d', { withFileTypes: true }, (err4, ents) => {
          console.log('dirents', err4, ents.map((e) => [e.name, e.isDirectory()]));
          fs.rename('a.txt', 'd/a.txt', (err5) => {
            fs.copyFile('d/a.txt', 'c.txt', (err6) => {
              fs.symlink('c.txt', 'l', (err7) => {
                fs.readlink('l', (err8, target) => {
                  console.log('rename copy symlink readlink', err5, err6, err7, err8, target);
                  fs.lstat('l', (err9, st) => {
                    fs.stat('l', { bigint: true }, (err10, st2) => {
                      console.log('lstat stat', err9, st.isSymbolicLink(), err10, st2.size);
                      fs.realpath('l', (err11, p) => {
                        console.log('realpath', err11, p.endsWith('/c.txt'));
                        lastChain();
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

function lastChain() {
  fs.access('missing', (err) => {
    console.log('access', err.code, err.message);
    fs.exists('c.txt', (yes) => {
      fs.exists('missing', (no) => {
        console.log('exists', yes, no);
        fs.chmod('c.txt', 0o600, (err2) => {
          fs.truncate('c.txt', 1, (err4) => {
            fs.utimes('c.txt', 10, 20, (err3) => {
              console.log('chmod utimes truncate', err2, err3, err4, fs.statSync('c.txt').mtimeMs, fs.statSync('c.txt').size);
              fs.unlink('l', (err5) => {
                fs.rm('d', { recursive: true }, (err6) => {
                  fs.rm('d', (err7) => {
                    fs.rm('d', { force: true }, (err8) => {
                      fs.rmdir('missing', (err9) => {
                        console.log('unlink rm', err5, err6, err7.code, err8, err9.code);
                        fs.mkdtemp('t-', (err10, p) => {
                          console.log('mkdtemp', err10, p.startsWith('t-'));
                          fs.statfs('.', (err11, s) => {
                            console.log('statfs', err11, s.bsize > 0);
                            fs.readFile('missing', (err12, data) => {
                              console.log('readFile missing', err12.code, err12.message, data);
                              console.log(log.join(' '));
                            });
                          });
                        });
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}
