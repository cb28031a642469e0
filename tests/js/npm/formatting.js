// Formatting and data libraries from npm: chalk (colour detection through
// node:tty), ms, dayjs, date-fns, semver, qs, js-yaml, debug.
const chalk = require('chalk');
console.log(JSON.stringify(chalk.red('x')), chalk.level, JSON.stringify(new chalk.Instance({ level: 1 }).bold.green('ok')));
const ms = require('ms');
console.log(ms('2 days'), ms('1.5h'), ms(60000, { long: true }), ms(-3 * 60000), ms('nope'));
const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
dayjs.extend(utc);
console.log(dayjs.utc('2024-01-15T10:00:00Z').add(1, 'day').format('YYYY-MM-DD HH:mm'), dayjs('2024-02-30').isValid());
const { format, addDays, differenceInCalendarDays, parseISO } = require('date-fns');
console.log(format(addDays(new Date(2024, 0, 1), 3), 'yyyy-MM-dd EEEE'), differenceInCalendarDays(parseISO('2024-03-01'), parseISO('2024-02-01')));
const semver = require('semver');
console.log(semver.satisfies('1.2.3', '^1.0.0'), semver.inc('1.2.3', 'minor'), semver.coerce('v2').version,
  semver.maxSatisfying(['1.0.0', '1.5.2', '2.0.0'], '~1.5'), semver.valid('x.y'), semver.compare('1.0.0-beta', '1.0.0'));
const qs = require('qs');
console.log(qs.parse('a[b][c]=1&d[]=2&d[]=3&e=%20x'), qs.stringify({ a: { b: [1, 2] }, c: 'x y' }));
const yaml = require('js-yaml');
const doc = yaml.load('name: jolt\nlist:\n  - 1\n  - two\nnested: { a: true, b: null }\n');
console.log(doc, JSON.stringify(yaml.dump(doc)));
try {
  yaml.load('a: [1, 2');
} catch (e) {
  console.log(e.name, e.message.split('\n')[0]);
}
const debug = require('debug');
const log = debug('jolt:test');
console.log(typeof log, log.enabled, debug.enabled('jolt:test'));
