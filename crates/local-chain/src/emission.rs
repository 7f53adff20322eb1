//! dTAO emission arithmetic, exact to the rao: block emission with halvings, the TAO split
//! across subnets, the moving-price EMA and one block of coinbase injection.
//!
//! This is `pallets/subtensor/src/coinbase/{block_emission,subnet_emissions,run_coinbase}.rs`
//! and the price helpers of `staking/stake_utils.rs` (subtensor `14bc6f9f`, spec 425), written
//! over plain values so the chain's state machine can feed it storage and commit the results.
//! Fixed-point types and operation order are the chain's, so every floor matches.
//!
//! * [`block`] — `get_block_emission_for_issuance`.
//! * [`split`] — `get_shares`, `get_subnet_block_emissions`, the root sell flag.
//! * [`moving_price`] — `update_moving_price`.
//! * [`coinbase`] — `get_subnet_terms`, `inject_and_maybe_swap`, `emit_to_subnets`.

pub mod block;
pub mod coinbase;
pub mod moving_price;
pub mod split;

pub use block::{DEFAULT_BLOCK_EMISSION, TOTAL_SUPPLY, block_emission_for_issuance};
pub use coinbase::{
    CoinbaseBlock, CoinbaseParams, CoinbaseSubnet, SubnetCoinbase, SubnetTerms, root_proportion,
    run_coinbase_block, subnet_terms,
};
pub use moving_price::{MovingPriceUpdate, update_moving_price};
pub use split::{
    SubnetEmissionInput, SubnetShare, moving_alpha_price, root_sell_flag, split_block_emission,
};

/// Why an emission computation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EmissionError {
    /// A division or `log2` in the halving formula failed (the chain's
    /// "Logarithm calculation failed").
    #[error("Logarithm calculation failed")]
    LogarithmFailed,
}
