console.log("return ran");
if (true) {
  return;
}
