//! taoctl entry point.
fn main() {}
