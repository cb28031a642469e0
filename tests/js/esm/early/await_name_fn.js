function g() {
  var await = 1;
}
