// Percent-encode sets: path, query (special and not), fragment, userinfo,
// C0 controls in opaque paths, lone surrogates and non-ASCII.
const all = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const chars = all.replace(/[#?/\\]/g, '');
console.log(new URL(`http://h/${chars}`).pathname);
console.log(new URL(`http://h/?${all.replace('#', '')}`).search);
console.log(new URL(`sc://h/?${all.replace('#', '')}`).search);
console.log(new URL(`http://h/#${all}`).hash);
const u = new URL('http://h/');
u.username = all;
u.password = '\u00e9:@';
console.log(u.username, u.password);
console.log(new URL('sc:a\u0001b\u007fc\u00e9 d').pathname);
console.log(new URL('http://h/\ud800/\u00e9/%zz/%41').pathname);
console.log(new URL('sc: x ?q').href, new URL('sc: x  #f').href);
