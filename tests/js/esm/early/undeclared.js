console.log("undeclared ran");
export { undeclared };
