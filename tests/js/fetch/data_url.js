'use strict';
// fetch() of data: and blob: URLs, and the errors fetch gives without
// touching the network: bad URLs, schemes, methods, and aborts.
async function show(label, promise) {
  try {
    const r = await promise;
    console.log(label, 'ok', r.status, r.statusText, JSON.stringify([...r.headers]), r.url, r.type, r.redirected,
      JSON.stringify(await r.text()));
  } catch (err) {
    console.log(label, err.name, JSON.stringify(err.message), err.code,
      err.cause ? `cause: ${err.cause.name} ${JSON.stringify(err.cause.message)} ${err.cause.code}` : '');
  }
}

(async () => {
  console.log(typeof fetch, fetch.length, fetch.name, Object.getOwnPropertyDescriptor(globalThis, 'fetch').enumerable);
  console.log(Object.getPrototypeOf(fetch) === Function.prototype, fetch('data:,') instanceof Promise);
  for (const name of ['Headers', 'Request', 'Response', 'FormData']) {
    const type = typeof globalThis[name];
    const d = Object.getOwnPropertyDescriptor(globalThis, name);
    console.log(name, type, d.enumerable, d.writable, d.configurable);
  }
  await show('base64', fetch('data:text/plain;base64,aGVsbG8='));
  await show('base64 spaced', fetch('data:;Base64 ,aGVs bG8'));
  await show('percent', fetch('data:,a%20b%E2%82%AC'));
  await show('charset', fetch('data:text/html;charset=utf-8,<b>x</b>#frag'));
  await show('bad type', fetch('data:bad type,x'));
  await show('params', fetch('data:;charset=UTF-8,x'));
  await show('bad base64', fetch('data:text/plain;base64,@@@'));
  await show('no comma', fetch('data:text/plain'));
  await show('POST', fetch('data:,x', { method: 'POST', body: 'y' }));
  await show('HEAD', fetch('data:,x', { method: 'HEAD' }));
  console.log((await fetch('data:,x', { method: 'HEAD' })).body);
  await show('Request input', fetch(new Request('data:,req')));
  const bytes = await (await fetch('data:application/octet-stream;base64,AP8=')).bytes();
  console.log([...bytes]);

  const url = URL.createObjectURL(new Blob(['blob body'], { type: 'A/B' }));
  const fromBlob = await fetch(url);
  console.log(fromBlob.url === url, fromBlob.status, [...fromBlob.headers], await fromBlob.text());
  await show('blob POST', fetch(url, { method: 'POST', body: 'x' }));
  URL.revokeObjectURL(url);
  await show('blob revoked', fetch(url));

  await show('relative', fetch('/x'));
  await show('no input', fetch());
  await show('ftp', fetch('ftp://a.test/'));
  await show('about', fetch('about:blank'));
  await show('file', fetch('file:///etc/hostname'));
  await show('bad port', fetch('http://127.0.0.1:1/'));
  await show('bad port 10080', fetch('http://127.0.0.1:10080/'));
  await show('CONNECT', fetch('data:,x', { method: 'CONNECT' }));
  await show('GET body', fetch('data:,x', { body: 'x' }));

  const ac = new AbortController();
  ac.abort();
  await show('aborted', fetch('data:,x', { signal: ac.signal }));
  const ac2 = new AbortController();
  ac2.abort(new Error('mine'));
  await show('aborted reason', fetch('data:,x', { signal: ac2.signal }));
  await show('timeout signal', fetch('data:,x', { signal: AbortSignal.abort('r') }).catch((r) => { throw new Error(r); }));
})();
