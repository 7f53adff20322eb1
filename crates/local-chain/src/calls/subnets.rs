//! Subnet lifecycle calls: register_network(_with_identity) (spec §5.4), start_call (§5.5),
//! identity, symbol and owner hotkey (§5.6).

use substrate_fixed::types::U64F64;

use crate::calls::{auto_parent, dissolve, registration};
use crate::currency::{self, Existence};
use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::Origin;
use crate::hparams::{self, Hyperparam};
use crate::pool;
use crate::state::{self, Global, SubnetIdentity, SubnetMeta, SubnetPool};
use crate::storage::Ext;
use crate::types::{AccountId, Balance, NetUid, ROOT_NETUID, TAO};

/// Owner-hotkey change rate limit (spec §5.6).
pub const OWNER_HOTKEY_RATE_LIMIT: u64 = 50_400;
/// Tempo of new subnets (spec §5.4 step 7).
pub const NEW_SUBNET_TEMPO: i128 = 360;

/// Default token symbols by netuid (the chain keeps a longer table of scripts; we use the Greek
/// alphabet and then `SN<netuid>`).
const SYMBOLS: [&str; 25] = [
    "τ", "α", "β", "γ", "δ", "ε", "ζ", "η", "θ", "ι", "κ", "λ", "μ", "ν", "ξ", "ο", "π", "ρ", "σ",
    "τ", "υ", "φ", "χ", "ψ", "ω",
];

/// The default symbol of a netuid.
pub fn default_symbol(netuid: NetUid) -> String {
    SYMBOLS.get(netuid as usize).map(|s| s.to_string()).unwrap_or_else(|| format!("SN{netuid}"))
}

/// Current lock cost (spec §5.4 step 4).
pub fn lock_cost(ext: &Ext) -> DispatchResult<Balance> {
    let min = state::global(ext, Global::NetworkMinLockCost)?;
    let last = state::global(ext, Global::NetworkLastLockCost)?;
    let ever = state::global(ext, Global::NetworkEverRegistered)? != 0;
    let mult: u64 = if ever { 2 } else { 1 };
    let interval = state::global(ext, Global::NetworkLockReductionInterval)?;
    let emission = state::global(ext, Global::BlockEmission)?;
    // interval_eff = floor(interval · block_emission / 1e9); halves after each halving.
    let interval_eff = ((interval as u128 * emission as u128) / TAO as u128) as u64;
    let per_block = last.checked_div(interval_eff).unwrap_or(0);
    let since = ext.now.saturating_sub(state::global(ext, Global::NetworkLastLockBlock)?);
    let cost = last.saturating_mul(mult).saturating_sub(per_block.saturating_mul(since));
    Ok(cost.max(min))
}

/// Median spot price of the existing dynamic subnets with price > 0 (1.0 if none) (step 6).
fn median_price(ext: &Ext) -> DispatchResult<U64F64> {
    let mut prices = Vec::new();
    for n in state::netuids(ext)? {
        if n == ROOT_NETUID || pool::is_stable(ext, n)? {
            continue;
        }
        let p = pool::price(ext, n)?;
        if p > U64F64::from_num(0) {
            prices.push(p);
        }
    }
    prices.sort();
    let len = prices.len();
    Ok(match len {
        0 => U64F64::from_num(1),
        _ if len % 2 == 1 => prices[len / 2],
        _ => {
            let (a, b) = (prices[len / 2 - 1], prices[len / 2]);
            a.saturating_add(b) / U64F64::from_num(2)
        }
    })
}

/// `register_network` / `register_network_with_identity`.
pub fn register_network(
    ext: &mut Ext,
    origin: Origin,
    hotkey: &AccountId,
    identity: Option<SubnetIdentity>,
) -> DispatchResult {
    let coldkey = origin.signed()?;
    // 1. Hotkey unowned or ours; not a system account.
    if currency::is_module_account(hotkey) {
        return Err(DispatchError::SystemAccount);
    }
    if let Some(owner) = state::owner_of(ext, hotkey)?
        && owner != coldkey
    {
        return Err(DispatchError::NonAssociatedColdKey);
    }
    if let Some(id) = &identity {
        validate_identity(id)?;
    }
    // 2. Start block and global rate limit.
    let now = ext.now;
    if now < state::global(ext, Global::NetworkRegistrationStartBlock)? {
        return Err(DispatchError::NetworkTxRateLimitExceeded);
    }
    if state::global(ext, Global::NetworkEverRegistered)? != 0 {
        let last = state::global(ext, Global::NetworkLastRegistered)?;
        if now.saturating_sub(last) < state::global(ext, Global::NetworkRateLimit)? {
            return Err(DispatchError::NetworkTxRateLimitExceeded);
        }
    }
    // 3. Subnet limit: choose the subnet to prune (dissolved below, after the checks).
    let netuids = state::netuids(ext)?;
    let non_root = netuids.iter().filter(|&&n| n != ROOT_NETUID).count() as u64;
    let prune = if non_root >= state::global(ext, Global::SubnetLimit)? {
        Some(dissolve::subnet_to_prune(ext)?.ok_or(DispatchError::SubnetLimitReached)?)
    } else {
        None
    };
    // 4. Lock cost.
    let cost = lock_cost(ext)?;
    if currency::reducible(ext, &coldkey)? < cost {
        return Err(DispatchError::NotEnoughBalanceToStake);
    }
    // 5. Dissolve the pruned subnet and reuse its netuid; else the lowest free netuid ≥ 1.
    let netuid = match prune {
        Some(n) => {
            dissolve::dissolve(ext, n)?;
            n
        }
        None => (1..=u16::MAX)
            .find(|n| !netuids.contains(n))
            .ok_or(DispatchError::SubnetLimitReached)?,
    };
    // 6. Median price snapshot (before this subnet exists).
    let median = median_price(ext)?;
    // 7. init_new_network.
    state::set_subnet_added(ext, netuid, true);
    state::set_subnet_n(ext, netuid, 0);
    hparams::init_new_subnet(ext, netuid)?;
    hparams::put(ext, netuid, Hyperparam::Tempo, NEW_SUBNET_TEMPO)?;
    // 8. Lock → subnet account (ED preserved).
    let account = AccountId::subnet_account(netuid);
    currency::transfer(ext, &coldkey, &account, cost, Existence::KeepAlive)?;
    state::set_global(ext, Global::NetworkLastLockCost, cost);
    state::set_global(ext, Global::NetworkLastLockBlock, now);
    state::set_global(ext, Global::NetworkLastRegistered, now);
    state::set_global(ext, Global::NetworkEverRegistered, 1);
    // 9/10. Registry row and pool: the whole lock becomes pool liquidity.
    // SubnetTAO = max(paid, MinLockCost); paid = cost ≥ MinLockCost here, so it is `cost`.
    let tao = cost;
    let alpha_in = U64F64::from_num(tao)
        .checked_div(median)
        .map(|a| a.saturating_to_num::<u64>())
        .unwrap_or(tao);
    state::set_subnet_meta(
        ext,
        netuid,
        &SubnetMeta {
            owner: coldkey,
            owner_hotkey: *hotkey,
            registered_at: now,
            mechanism: 1,
            first_emission_block: None,
            subtoken_enabled: false,
            locked: cost,
            symbol: default_symbol(netuid),
            identity,
            last_epoch_block: now,
        },
    );
    state::set_pool(
        ext,
        netuid,
        &SubnetPool {
            tao,
            alpha_in,
            quote_weight: pool::HALF,
            fee_rate: crate::swap::DEFAULT_FEE_RATE,
            burn: TAO,
            ..SubnetPool::default()
        },
    );
    let ts = state::global(ext, Global::TotalStake)?;
    state::set_global(ext, Global::TotalStake, ts.saturating_add(tao));
    if state::owner_of(ext, hotkey)?.is_none() {
        state::set_owner(ext, hotkey, &coldkey);
        ext.deposit_event(Event::HotkeyAssociated { hotkey: *hotkey, coldkey });
    }
    ext.deposit_event(Event::NetworkAdded { netuid, mechanism: 1 });
    registration::append_neuron(ext, netuid, hotkey)?;
    // 11. Opted-in root validators become parents of the owner hotkey (applied at once).
    auto_parent::delegate_root_validators(ext, netuid, hotkey)
}

/// Creates a stable (mechanism 0) root-like subnet row; used by genesis for netuid 0.
pub fn init_root(ext: &mut Ext, owner: &AccountId) -> DispatchResult {
    state::set_subnet_added(ext, ROOT_NETUID, true);
    state::set_subnet_n(ext, ROOT_NETUID, 0);
    state::set_subnet_meta(
        ext,
        ROOT_NETUID,
        &SubnetMeta {
            owner: *owner,
            owner_hotkey: *owner,
            registered_at: 0,
            mechanism: 0,
            first_emission_block: None,
            subtoken_enabled: true,
            locked: 0,
            symbol: default_symbol(ROOT_NETUID),
            identity: None,
            last_epoch_block: 0,
        },
    );
    state::set_pool(
        ext,
        ROOT_NETUID,
        &SubnetPool { fee_rate: 0, quote_weight: pool::HALF, burn: TAO, ..Default::default() },
    );
    // Genesis values of spec §10.5.
    for (p, v) in [
        (Hyperparam::MaxAllowedUids, 64),
        (Hyperparam::MaxValidators, 64),
        (Hyperparam::MinAllowedWeights, 0),
        (Hyperparam::Tempo, 100),
        (Hyperparam::TargetRegsPerInterval, 1),
    ] {
        hparams::put(ext, ROOT_NETUID, p, v)?;
    }
    Ok(())
}

fn ensure_owner(ext: &Ext, origin: Origin, netuid: NetUid) -> DispatchResult<SubnetMeta> {
    let meta = state::subnet_meta(ext, netuid)?.ok_or(DispatchError::SubnetNotExists)?;
    match origin {
        Origin::Root => Ok(meta),
        Origin::Signed(who) if who == meta.owner => Ok(meta),
        Origin::Signed(_) => Err(DispatchError::BadOrigin),
    }
}

/// `start_call` (spec §5.5): owner only.
pub fn start_call(ext: &mut Ext, origin: Origin, netuid: NetUid) -> DispatchResult {
    origin.signed()?;
    let mut meta = ensure_owner(ext, origin, netuid)?;
    if meta.first_emission_block.is_some() {
        return Err(DispatchError::FirstEmissionBlockNumberAlreadySet);
    }
    let delay = state::global(ext, Global::StartCallDelay)?;
    if ext.now < meta.registered_at.saturating_add(delay) {
        return Err(DispatchError::NeedWaitingMoreBlocksToStarCall);
    }
    let block = ext.now + 1;
    meta.first_emission_block = Some(block);
    meta.subtoken_enabled = true;
    state::set_subnet_meta(ext, netuid, &meta);
    ext.deposit_event(Event::FirstEmissionBlockNumberSet { netuid, block });
    Ok(())
}

fn validate_identity(id: &SubnetIdentity) -> DispatchResult {
    let ok = id.subnet_name.len() <= 256
        && id.discord.len() <= 256
        && [
            &id.github_repo,
            &id.subnet_contact,
            &id.subnet_url,
            &id.description,
            &id.logo_url,
            &id.additional,
        ]
        .iter()
        .all(|f| f.len() <= 1024);
    if ok { Ok(()) } else { Err(DispatchError::InvalidIdentity) }
}

/// `set_subnet_identity` (78): owner.
pub fn set_subnet_identity(
    ext: &mut Ext,
    origin: Origin,
    netuid: NetUid,
    id: &SubnetIdentity,
) -> DispatchResult {
    origin.signed()?;
    let mut meta = ensure_owner(ext, origin, netuid)?;
    validate_identity(id)?;
    meta.identity = Some(id.clone());
    state::set_subnet_meta(ext, netuid, &meta);
    ext.deposit_event(Event::SubnetIdentitySet { netuid });
    Ok(())
}

/// `update_symbol` (112): owner or root; symbols are unique across subnets.
pub fn update_symbol(
    ext: &mut Ext,
    origin: Origin,
    netuid: NetUid,
    symbol: &str,
) -> DispatchResult {
    let mut meta = ensure_owner(ext, origin, netuid)?;
    if symbol.is_empty() || symbol.len() > 32 {
        return Err(DispatchError::SymbolAlreadyInUse);
    }
    for n in state::netuids(ext)? {
        if n != netuid && state::subnet_meta(ext, n)?.is_some_and(|m| m.symbol == symbol) {
            return Err(DispatchError::SymbolAlreadyInUse);
        }
    }
    meta.symbol = symbol.to_string();
    state::set_subnet_meta(ext, netuid, &meta);
    ext.deposit_event(Event::SymbolUpdated { netuid, symbol: symbol.to_string() });
    Ok(())
}

/// `sudo_set_sn_owner_hotkey`: owner (rate-limited, 50_400 blocks) or root.
pub fn set_sn_owner_hotkey(
    ext: &mut Ext,
    origin: Origin,
    netuid: NetUid,
    hotkey: &AccountId,
) -> DispatchResult {
    let mut meta = ensure_owner(ext, origin, netuid)?;
    let key = "SetSNOwnerHotkey";
    if let Origin::Signed(_) = origin
        && let Some(last) = state::last_rate_limited(ext, key, netuid)?
        && ext.now.saturating_sub(last) < OWNER_HOTKEY_RATE_LIMIT
    {
        return Err(DispatchError::TxRateLimitExceeded);
    }
    meta.owner_hotkey = *hotkey;
    state::set_subnet_meta(ext, netuid, &meta);
    state::set_last_rate_limited(ext, key, netuid, ext.now);
    ext.deposit_event(Event::SubnetOwnerHotkeySet { netuid, hotkey: *hotkey });
    Ok(())
}
