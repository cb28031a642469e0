export default class { hello() { return 'anonymous class'; } }
