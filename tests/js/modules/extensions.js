// Extension resolution: the exact name first, then .js, .json, (.node).
console.log(require('../fixtures/ext/only_js'));
console.log(require('../fixtures/ext/only_json'));
console.log(require('../fixtures/ext/both'), '(.js wins over .json)');
console.log(require('../fixtures/ext/exact'), '(an existing file without extension wins)');
console.log(require('../fixtures/ext/data.txt'), '(unknown extension loads as JS)');
