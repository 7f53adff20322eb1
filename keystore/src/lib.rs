//! taoctl's keystore: mnemonics, sr25519 keys and every wallet file format taoctl reads or writes.
//! It never prompts and never prints; callers pass passwords in and get typed errors out.
#![deny(clippy::print_stdout, clippy::print_stderr)]
