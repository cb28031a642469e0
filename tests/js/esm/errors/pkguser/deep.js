import "closed/hidden.js";
