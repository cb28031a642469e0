// The position of a syntax error is the original source's.
import "./positions/bad.js";
