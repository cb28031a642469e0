// A throw in a module: the stack names the file by URL, with the line and
// column of the original source.
import { one } from './basic/lib.js';

function fail() {
  throw new Error(`failed after ${one}`);
}
     fail();
