// checker(where) -> check(label, fn): runs fn and prints the label with
// where(err) for what it threw.
module.exports = function checker(where) {
  return function check(label, fn) {
    try {
      fn();
      console.log(label, 'no throw');
    } catch (err) {
      console.log(label.padEnd(14), where(err));
    }
  };
};
