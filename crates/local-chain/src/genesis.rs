//! Genesis presets. Deterministic: the same preset always yields byte-identical state (and so
//! the same genesis hash).
//!
//! * `dev`: sudo = //Alice; //Alice //Bob //Charlie //Dave //Eve //Ferdie hold 1_000_000 TAO each;
//!   only the root network exists (owner: the zero account, spec §10.5 prod genesis).
//! * `demo`: `dev` plus three subnets with owners, pools, validators and miners registered and
//!   staked (built by running real calls inside block 0).

use crate::calls;
use crate::calls::subnets;
use crate::currency;
use crate::error::{ChainError, DispatchError, DispatchResult};
use crate::extrinsic::{Call, Origin};
use crate::hparams::Hyperparam;
use crate::state::{self, Global, SubnetIdentity};
use crate::storage::Ext;
use crate::types::{AccountId, NetUid, TAO};

/// Dev accounts funded at genesis.
pub const DEV_ACCOUNTS: [&str; 6] =
    ["//Alice", "//Bob", "//Charlie", "//Dave", "//Eve", "//Ferdie"];
/// Their balance.
pub const DEV_BALANCE: u64 = 1_000_000 * TAO;

fn dev(seed: &str) -> DispatchResult<AccountId> {
    AccountId::from_dev_seed(seed).map_err(DispatchError::Storage)
}

/// Builds the preset's state into `ext` (block 0).
pub fn build(ext: &mut Ext, preset: &str) -> Result<(), ChainError> {
    match preset {
        "dev" => build_dev(ext).map_err(ChainError::from),
        "demo" => {
            build_dev(ext)?;
            build_demo(ext).map_err(ChainError::from)
        }
        other => Err(ChainError::UnknownPreset(other.to_string())),
    }
}

fn build_dev(ext: &mut Ext) -> DispatchResult {
    state::set_total_issuance(ext, 0);
    for seed in DEV_ACCOUNTS {
        currency::mint_into(ext, &dev(seed)?, DEV_BALANCE)?;
    }
    state::set_sudo_key(ext, &dev("//Alice")?);
    for g in Global::ALL {
        state::set_global(ext, g, g.default_value());
    }
    state::set_global(
        ext,
        Global::NetworkLastLockCost,
        state::global(ext, Global::NetworkMinLockCost)?,
    );
    subnets::init_root(ext, &AccountId::ZERO)
}

fn run(ext: &mut Ext, origin: Origin, call: Call) -> DispatchResult {
    ext.transactional(|e| calls::dispatch(e, origin, &call))
}

fn demo_subnet(
    ext: &mut Ext,
    owner: &str,
    name: &str,
    validators: &[&str],
    miners: &[&str],
) -> DispatchResult<NetUid> {
    let coldkey = dev(owner)?;
    let owner_hk = dev(&format!("{owner}_hk"))?;
    let identity = SubnetIdentity { subnet_name: name.to_string(), ..Default::default() };
    run(
        ext,
        Origin::Signed(coldkey),
        Call::RegisterNetworkWithIdentity { hotkey: owner_hk, identity: Some(identity) },
    )?;
    let netuid = state::netuids(ext)?.into_iter().max().unwrap_or_default();
    run(ext, Origin::Signed(coldkey), Call::StartCall { netuid })?;
    for (i, v) in validators.iter().enumerate() {
        let hk = dev(&format!("{v}_hk{netuid}"))?;
        let ck = dev(v)?;
        run(ext, Origin::Signed(ck), Call::BurnedRegister { netuid, hotkey: hk })?;
        let amount = (100 + 50 * i as u64) * TAO;
        run(ext, Origin::Signed(ck), Call::AddStake { hotkey: hk, netuid, amount_staked: amount })?;
    }
    for m in miners {
        let hk = dev(&format!("{m}_miner{netuid}"))?;
        run(ext, Origin::Signed(dev(m)?), Call::BurnedRegister { netuid, hotkey: hk })?;
    }
    Ok(netuid)
}

fn build_demo(ext: &mut Ext) -> DispatchResult {
    // Subnet registration is rate-limited (7200 blocks); genesis registers several at block 0.
    let limit = state::global(ext, Global::NetworkRateLimit)?;
    state::set_global(ext, Global::NetworkRateLimit, 0);
    demo_subnet(ext, "//Alice", "apex", &["//Bob", "//Charlie"], &["//Dave", "//Eve"])?;
    demo_subnet(ext, "//Bob", "omron", &["//Charlie", "//Alice"], &["//Ferdie"])?;
    demo_subnet(ext, "//Charlie", "templar", &["//Dave"], &["//Eve", "//Ferdie"])?;
    state::set_global(ext, Global::NetworkRateLimit, limit);
    // Root validators with TAO stake.
    for v in ["//Alice", "//Bob"] {
        let hk = dev(&format!("{v}_root"))?;
        let ck = dev(v)?;
        run(ext, Origin::Signed(ck), Call::RootRegister { hotkey: hk })?;
        let mut p = state::pool(ext, 0)?;
        p.registrations_this_block = 0;
        state::set_pool(ext, 0, &p);
        run(
            ext,
            Origin::Signed(ck),
            Call::AddStake { hotkey: hk, netuid: 0, amount_staked: 1000 * TAO },
        )?;
    }
    // Tests and demos want emission visible: enable it on the demo subnets (mainnet default is
    // off until root enables it, spec §12.6).
    for n in state::netuids(ext)? {
        if n != 0 {
            crate::hparams::put(ext, n, Hyperparam::SubnetEmissionEnabled, 1)?;
        }
    }
    // Demo-only synthetic validators (crate::demo_policy).
    crate::demo_policy::enable(ext)?;
    Ok(())
}
