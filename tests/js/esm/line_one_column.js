const first = new Error('made on line 1'); const frame = first.stack.split('\n').find((l) => /line_one_column\.js:1:\d+\)?$/.test(l));
// A stack frame on line 1 of a ES module gives the column in the file's
// own text (the prologue Jolt puts in front of it is not counted):
// the Error above is made well within the first 40 columns.
const column = Number(/:1:(\d+)\)?$/.exec(frame)[1]);
console.log(typeof frame, column > 0 && column < 40);
