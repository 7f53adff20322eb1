//! The embedded Bittensor chain: a deterministic re-implementation of subtensor (spec_version 425)
//! used as taoctl's default, offline network. No clap, no printing, no floats, no wall clock.
#![deny(clippy::print_stdout, clippy::print_stderr, clippy::float_arithmetic)]
