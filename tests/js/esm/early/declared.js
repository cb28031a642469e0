var v1;
for (var v2 = 0, v3; v2 < 1; v2++) ;
{ var v4 = 4; }
for (var v5 in { k: 1 }) ;
let [v6, { v7 }] = [6, { v7: 7 }];
const { v8 = 8, ...v9 } = {};
function v10() {}
class v11 {}
function* v12() {}
async function v13() {}
import { ok as v14 } from "./return_ok.js";
export { v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14 };
