export default class {
  static who() { return this.name; }
}
