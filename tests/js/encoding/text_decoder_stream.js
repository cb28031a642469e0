'use strict';
// TextDecoder with {stream: true}: characters split across chunks, the
// final flush, BOM across chunks and reuse after a flush.
function esc(s) {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function run(label, decoder, chunks) {
  const out = [];
  try {
    for (const c of chunks) out.push(decoder.decode(new Uint8Array(c), { stream: true }));
    out.push(decoder.decode());
    console.log(label, out.map(esc).join(' '));
  } catch (e) {
    console.log(label, out.map(esc).join(' '), 'threw', e.name, e.code, e.message);
  }
}
const euro = [0xe2, 0x82, 0xac];
const smile = [0xf0, 0x9f, 0x98, 0x80];
run('euro split 1+2', new TextDecoder(), [euro.slice(0, 1), euro.slice(1)]);
run('euro split 2+1', new TextDecoder(), [euro.slice(0, 2), euro.slice(2)]);
run('euro byte by byte', new TextDecoder(), euro.map((b) => [b]));
run('smile byte by byte', new TextDecoder(), smile.map((b) => [b]));
run('smile 3+1 with text', new TextDecoder(), [[0x61, ...smile.slice(0, 3)], [smile[3], 0x62]]);
run('empty chunks', new TextDecoder(), [[], euro.slice(0, 1), [], euro.slice(1)]);
run('truncated at end', new TextDecoder(), [[0x61, 0xe2, 0x82]]);
run('broken by ascii', new TextDecoder(), [[0xe2, 0x82], [0x41]]);
run('invalid second byte waits not', new TextDecoder(), [[0xed, 0xa0], [0x80]]);
run('bom split', new TextDecoder(), [[0xef], [0xbb], [0xbf, 0x41]]);
run('bom after empty', new TextDecoder(), [[], [0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf]]);
run('fatal truncated', new TextDecoder('utf-8', { fatal: true }), [[0x61, 0xe2, 0x82]]);
run('fatal split ok', new TextDecoder('utf-8', { fatal: true }), [[0xe2], [0x82, 0xac]]);
run('fatal invalid mid-stream', new TextDecoder('utf-8', { fatal: true }), [[0x61], [0xff]]);
run('utf-16le split unit', new TextDecoder('utf-16le'), [[0x61], [0x00, 0x62], [0x00]]);
run('utf-16le split pair', new TextDecoder('utf-16le'), [[0x3d, 0xd8], [0x00, 0xde]]);
run('utf-16le pair byte by byte', new TextDecoder('utf-16le'), [[0x3d], [0xd8], [0x00], [0xde]]);
run('utf-16le lone high at end', new TextDecoder('utf-16le'), [[0x41, 0x00, 0x3d, 0xd8]]);
run('utf-16le odd at end', new TextDecoder('utf-16le'), [[0x41, 0x00, 0x42]]);
run('utf-16be split', new TextDecoder('utf-16be'), [[0xd8], [0x3d, 0xde], [0x00]]);
run('windows-1252 chunks', new TextDecoder('windows-1252'), [[0x80], [0x41]]);
const reuse = new TextDecoder();
console.log('reuse', esc(reuse.decode(new Uint8Array([0xe2]), { stream: true })), esc(reuse.decode()),
  esc(reuse.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))), esc(reuse.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x43]))));
const mixed = new TextDecoder();
console.log('stream then non-stream', esc(mixed.decode(new Uint8Array([0xe2, 0x82]), { stream: true })),
  esc(mixed.decode(new Uint8Array([0xac]))));
