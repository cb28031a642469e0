// process.env reads, writes (coerced to strings) and deletes.
console.log('PATH is a string:', typeof process.env.PATH);
console.log('HOME is a string:', typeof process.env.HOME);
console.log('unset variable:', process.env.JOLT_TEST_UNSET_VARIABLE);
process.env.JOLT_TEST_VAR = 42;
console.log('written number reads back as:', typeof process.env.JOLT_TEST_VAR, process.env.JOLT_TEST_VAR);
process.env.JOLT_TEST_VAR = undefined;
console.log('undefined becomes:', JSON.stringify(process.env.JOLT_TEST_VAR));
process.env.JOLT_TEST_VAR = true;
console.log('in:', 'JOLT_TEST_VAR' in process.env, '| keys include it:', Object.keys(process.env).includes('JOLT_TEST_VAR'));
console.log('names are case-sensitive:', process.env.jolt_test_var);
delete process.env.JOLT_TEST_VAR;
console.log('after delete:', 'JOLT_TEST_VAR' in process.env, process.env.JOLT_TEST_VAR);
console.log('delete of missing is true:', delete process.env.JOLT_TEST_NEVER_SET);
const copy = { ...process.env };
console.log('spreads to a plain object with PATH:', typeof copy.PATH);
console.log('JSON has PATH:', 'PATH' in JSON.parse(JSON.stringify(process.env)));
