class C {
  x = await;
}
