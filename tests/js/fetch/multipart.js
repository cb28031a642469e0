'use strict';
// multipart/form-data: FormData encoded as a body (boundary, escapes, line
// breaks, File parts) and parsed back by formData(), plus malformed bodies.
async function show(label, promise) {
  try {
    console.log(label, 'ok', await promise);
  } catch (err) {
    console.log(label, err.name, JSON.stringify(err.message), err.cause ? `${err.cause.name}: ${err.cause.message}` : '');
  }
}

(async () => {
  const fd = new FormData();
  fd.append('a', 'b');
  fd.append('lines', 'one\rtwo\nthree\r\nfour');
  fd.append('x\ny"', 'quoted name');
  fd.append('f', new Blob(['xyz'], { type: 'text/x' }), 'n.txt');
  fd.append('g', new File(['q'], 'q"\n.bin'));
  fd.append('empty', '');
  fd.append('bin', new Blob([new Uint8Array([0, 255, 13, 10, 45, 45])]), 'b.dat');

  const response = new Response(fd);
  const type = response.headers.get('content-type');
  const boundary = type.slice(type.indexOf('boundary=') + 9);
  console.log(type.startsWith('multipart/form-data; boundary='), boundary.length > 10);
  const raw = await response.text();
  console.log(JSON.stringify(raw.split(boundary).join('BOUNDARY')));

  const back = await new Response(raw, { headers: { 'content-type': type } }).formData();
  for (const [name, value] of back) {
    if (typeof value === 'string') {
      console.log(JSON.stringify(name), JSON.stringify(value));
    } else {
      console.log(JSON.stringify(name), value instanceof File, JSON.stringify(value.name), value.type, value.size,
        [...new Uint8Array(await value.arrayBuffer())]);
    }
  }

  // Round trip through a Request too.
  const req = new Request('http://a.test', { method: 'POST', body: fd });
  const again = await req.formData();
  console.log([...again.keys()]);

  const parse = (body, ct = 'multipart/form-data; boundary=B') =>
    new Response(body, { headers: { 'content-type': ct } }).formData().then((f) => JSON.stringify([...f]));
  await show('minimal', parse('--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--B--'));
  await show('preamble', parse('preamble\r\n--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--B--\r\n'));
  await show('unquoted', parse('--B\r\ncontent-disposition: form-data; name=a\r\n\r\nv\r\n--B--\r\n'));
  await show('escaped name', parse('--B\r\nContent-Disposition: form-data; name="a%22b"\r\n\r\nv\r\n--B--\r\n'));
  await show('quoted boundary', parse('--B C\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--B C--\r\n',
    'multipart/form-data; boundary="B C"'));
  await show('no parts', parse('--B--\r\n'));
  const fileOnly = await new Response('--B\r\nContent-Disposition: form-data; name="a"; filename="f.txt"\r\n\r\nv\r\n--B--\r\n',
    { headers: { 'content-type': 'multipart/form-data; boundary=B' } }).formData();
  console.log(fileOnly.get('a').name, fileOnly.get('a').type, await fileOnly.get('a').text());

  await show('unterminated', parse('--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n'));
  await show('no name', parse('--B\r\nContent-Disposition: form-data\r\n\r\nv\r\n--B--\r\n'));
  await show('no boundary in body', parse('garbage'));
  await show('empty body', parse(''));
  await show('missing boundary param', parse('x', 'MULTIPART/FORM-DATA'));
})();
