// URLSearchParams decodes like querystring: without a valid escape the text
// stays, with a broken one the other characters count as single bytes.
for (const s of ['a=\u00e9%41', 'a=%\u00e9%41', 'a=%zz\u00e9%41', 'a=%\u00e9', '%\u200d%2e=1', 'a=%4\u00e9%41',
  'a=%E2%82', 'a=%FF%41', 'a=\ud83d\ude00%zz%41']) {
  console.log(JSON.stringify(s), JSON.stringify([...new URLSearchParams(s)]));
}
