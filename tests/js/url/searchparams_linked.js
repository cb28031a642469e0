// url.searchParams is live: changes flow both ways and an empty list
// removes the query.
const u = new URL('http://h/p?x=1#f');
const sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('x'));
sp.append('y', 'a b&c');
console.log(u.href, u.search);
u.search = '?z=9';
console.log([...sp], sp.size);
sp.delete('z');
console.log(u.href, JSON.stringify(u.search));
u.href = 'http://other/?k=v';
console.log([...sp]);
sp.sort();
u.hash = '';
console.log(u.href);
const opaque = new URL('sc:path  ?q');
opaque.searchParams.delete('q');
console.log(JSON.stringify(opaque.href));
// A query that itself starts with "?" keeps it in the linked params.
const q = new URL('http://h/file??a=b&c=d');
console.log(q.search, q.searchParams.toString());
q.href = 'http://h/file??x=y';
console.log(q.searchParams.toString(), [...q.searchParams]);
