import fs from "node:fs";
module.exports = fs;
