//! The typed call layer: taoctl's `Call` (the same enum the embedded chain executes) to
//! `subxt::dynamic::tx` payloads, with argument order per spec §10.2. Values are encoded against
//! the node's own metadata at signing time, so a changed argument type fails loudly there
//! (and in the offline metadata tests) instead of producing a wrong extrinsic.

use local_chain::extrinsic::Call;
use local_chain::hparams::{GlobalParam, Hyperparam};
use local_chain::state::SubnetIdentity;
use local_chain::types::AccountId;
use subxt::dynamic::Value;
use subxt::ext::scale_value::Composite;
use subxt::tx::DynamicPayload;

use crate::errors::{RemoteError, Result};

/// A call ready for subxt.
pub type Payload = DynamicPayload<Composite<()>>;

/// Chain facts some calls need beyond their own arguments.
#[derive(Debug, Clone, Copy, Default)]
pub struct CallContext {
    /// Current `AlphaValues` (low, high) of the subnet: `sudo_set_alpha_values` sets both, so
    /// changing one keeps the other.
    pub alpha_values: Option<(u16, u16)>,
}

fn acc(a: &AccountId) -> Value {
    Value::from_bytes(a.0)
}

fn addr(a: &AccountId) -> Value {
    // MultiAddress::Id
    Value::unnamed_variant("Id", [acc(a)])
}

fn u(v: impl Into<u128>) -> Value {
    Value::u128(v.into())
}

fn opt(v: Option<Value>) -> Value {
    match v {
        Some(v) => Value::unnamed_variant("Some", [v]),
        None => Value::unnamed_variant("None", []),
    }
}

fn u16s(v: &[u16]) -> Value {
    Value::unnamed_composite(v.iter().map(|x| u(*x)))
}

fn bytes(s: &str) -> Value {
    Value::from_bytes(s.as_bytes())
}

fn identity(i: &SubnetIdentity) -> Vec<Value> {
    vec![
        bytes(&i.subnet_name),
        bytes(&i.github_repo),
        bytes(&i.subnet_contact),
        bytes(&i.subnet_url),
        bytes(&i.discord),
        bytes(&i.description),
        bytes(&i.logo_url),
        bytes(&i.additional),
    ]
}

fn identity_struct(i: &SubnetIdentity) -> Value {
    let names = [
        "subnet_name",
        "github_repo",
        "subnet_contact",
        "subnet_url",
        "discord",
        "description",
        "logo_url",
        "additional",
    ];
    Value::named_composite(names.into_iter().map(String::from).zip(identity(i)))
}

fn tx(pallet: &str, call: &str, args: Vec<Value>) -> Payload {
    subxt::dynamic::tx(pallet, call, Composite::unnamed(args))
}

fn sub(call: &str, args: Vec<Value>) -> Payload {
    tx("SubtensorModule", call, args)
}

/// Every `pallet.call` the runtime must offer for `call` (the call itself and, for `Sudo`, the
/// wrapped call), for capability checks before signing.
pub fn required_calls(call: &Call, ctx: &CallContext) -> Result<Vec<(String, String)>> {
    let p = to_payload(call, ctx)?;
    let mut out = vec![(p.pallet_name().to_string(), p.call_name().to_string())];
    if let Call::Sudo { call: inner } = call {
        out.extend(required_calls(inner, ctx)?);
    }
    Ok(out)
}

/// Builds the payload for `call`.
pub fn to_payload(call: &Call, ctx: &CallContext) -> Result<Payload> {
    build(call, ctx, false)
}

fn build(call: &Call, ctx: &CallContext, as_root: bool) -> Result<Payload> {
    use Call as C;
    Ok(match call {
        C::TransferAllowDeath { dest, value } => {
            tx("Balances", "transfer_allow_death", vec![addr(dest), u(*value)])
        }
        C::TransferKeepAlive { dest, value } => {
            tx("Balances", "transfer_keep_alive", vec![addr(dest), u(*value)])
        }
        C::TransferAll { dest, keep_alive } => {
            tx("Balances", "transfer_all", vec![addr(dest), Value::bool(*keep_alive)])
        }
        C::ForceSetBalance { who, new_free } => {
            tx("Balances", "force_set_balance", vec![addr(who), u(*new_free)])
        }
        C::Sudo { call } => {
            let inner = build(call, ctx, true)?;
            tx("Sudo", "sudo", vec![inner.into_value()])
        }
        C::RegisterNetwork { hotkey } => sub("register_network", vec![acc(hotkey)]),
        C::RegisterNetworkWithIdentity { hotkey, identity } => sub(
            "register_network_with_identity",
            vec![acc(hotkey), opt(identity.as_ref().map(identity_struct))],
        ),
        C::DissolveNetwork { coldkey, netuid } => {
            sub("dissolve_network", vec![acc(coldkey), u(*netuid)])
        }
        C::RootDissolveNetwork { netuid } => sub("root_dissolve_network", vec![u(*netuid)]),
        C::StartCall { netuid } => sub("start_call", vec![u(*netuid)]),
        C::SetSubnetIdentity { netuid, identity: i } => {
            let mut args = vec![u(*netuid)];
            args.extend(identity(i));
            sub("set_subnet_identity", args)
        }
        C::UpdateSymbol { netuid, symbol } => sub("update_symbol", vec![u(*netuid), bytes(symbol)]),
        C::SetSnOwnerHotkey { netuid, hotkey } => {
            tx("AdminUtils", "sudo_set_sn_owner_hotkey", vec![u(*netuid), acc(hotkey)])
        }
        C::BurnedRegister { netuid, hotkey } => {
            sub("burned_register", vec![u(*netuid), acc(hotkey)])
        }
        C::Register { .. } => {
            return Err(RemoteError::Unsupported(
                "proof-of-work `register` is not offered remotely; use burned registration".into(),
            ));
        }
        C::RegisterLimit { netuid, hotkey, limit_price } => {
            sub("register_limit", vec![u(*netuid), acc(hotkey), u(*limit_price)])
        }
        C::RootRegister { hotkey } => sub("root_register", vec![acc(hotkey)]),
        C::TryAssociateHotkey { hotkey } => sub("try_associate_hotkey", vec![acc(hotkey)]),
        C::AddStake { hotkey, netuid, amount_staked } => {
            sub("add_stake", vec![acc(hotkey), u(*netuid), u(*amount_staked)])
        }
        C::RemoveStake { hotkey, netuid, amount_unstaked } => {
            sub("remove_stake", vec![acc(hotkey), u(*netuid), u(*amount_unstaked)])
        }
        C::AddStakeLimit { hotkey, netuid, amount_staked, limit_price, allow_partial } => sub(
            "add_stake_limit",
            vec![
                acc(hotkey),
                u(*netuid),
                u(*amount_staked),
                u(*limit_price),
                Value::bool(*allow_partial),
            ],
        ),
        C::RemoveStakeLimit { hotkey, netuid, amount_unstaked, limit_price, allow_partial } => sub(
            "remove_stake_limit",
            vec![
                acc(hotkey),
                u(*netuid),
                u(*amount_unstaked),
                u(*limit_price),
                Value::bool(*allow_partial),
            ],
        ),
        C::RemoveStakeFullLimit { hotkey, netuid, limit_price } => {
            sub("remove_stake_full_limit", vec![acc(hotkey), u(*netuid), opt(limit_price.map(u))])
        }
        C::UnstakeAll { hotkey } => sub("unstake_all", vec![acc(hotkey)]),
        C::UnstakeAllAlpha { hotkey } => sub("unstake_all_alpha", vec![acc(hotkey)]),
        C::MoveStake {
            origin_hotkey,
            destination_hotkey,
            origin_netuid,
            destination_netuid,
            alpha_amount,
        } => sub(
            "move_stake",
            vec![
                acc(origin_hotkey),
                acc(destination_hotkey),
                u(*origin_netuid),
                u(*destination_netuid),
                u(*alpha_amount),
            ],
        ),
        C::TransferStake {
            destination_coldkey,
            hotkey,
            origin_netuid,
            destination_netuid,
            alpha_amount,
        } => sub(
            "transfer_stake",
            vec![
                acc(destination_coldkey),
                acc(hotkey),
                u(*origin_netuid),
                u(*destination_netuid),
                u(*alpha_amount),
            ],
        ),
        C::SwapStake { hotkey, origin_netuid, destination_netuid, alpha_amount } => sub(
            "swap_stake",
            vec![acc(hotkey), u(*origin_netuid), u(*destination_netuid), u(*alpha_amount)],
        ),
        C::SwapStakeLimit {
            hotkey,
            origin_netuid,
            destination_netuid,
            alpha_amount,
            limit_price,
            allow_partial,
        } => sub(
            "swap_stake_limit",
            vec![
                acc(hotkey),
                u(*origin_netuid),
                u(*destination_netuid),
                u(*alpha_amount),
                u(*limit_price),
                Value::bool(*allow_partial),
            ],
        ),
        C::DecreaseTake { hotkey, take } => sub("decrease_take", vec![acc(hotkey), u(*take)]),
        C::IncreaseTake { hotkey, take } => sub("increase_take", vec![acc(hotkey), u(*take)]),
        C::SudoSetHyperparam { netuid, param, value } => {
            hyperparam_call(*netuid, *param, *value, ctx, as_root)?
        }
        C::SudoSetGlobal { param, value } => global_call(*param, *value)?,
        C::SetWeights { netuid, dests, weights, version_key } => {
            sub("set_weights", vec![u(*netuid), u16s(dests), u16s(weights), u(*version_key)])
        }
        C::CommitWeights { netuid, commit_hash } => {
            sub("commit_weights", vec![u(*netuid), Value::from_bytes(commit_hash.0)])
        }
        C::RevealWeights { netuid, uids, values, salt, version_key } => sub(
            "reveal_weights",
            vec![u(*netuid), u16s(uids), u16s(values), u16s(salt), u(*version_key)],
        ),
        C::SetChildren { hotkey, netuid, children } => sub(
            "set_children",
            vec![
                acc(hotkey),
                u(*netuid),
                Value::unnamed_composite(
                    children.iter().map(|(p, c)| Value::unnamed_composite([u(*p), acc(c)])),
                ),
            ],
        ),
        C::SetChildkeyTake { hotkey, netuid, take } => {
            sub("set_childkey_take", vec![acc(hotkey), u(*netuid), u(*take)])
        }
        C::ClaimRoot { subnets } => {
            sub("claim_root", vec![Value::unnamed_composite(subnets.iter().map(|n| u(*n)))])
        }
        C::SetRootClaimType { new_root_claim_type } => {
            sub("set_root_claim_type", vec![root_claim_type(new_root_claim_type)])
        }
        // The enum grows as the embedded chain learns calls; until this layer maps a new one,
        // say so by name instead of guessing its encoding.
        #[allow(unreachable_patterns)]
        other => {
            let name = format!("{other:?}");
            let name = name.split([' ', '{', '(']).next().unwrap_or("call").to_string();
            return Err(RemoteError::Unsupported(format!(
                "the call {name} is not mapped to a node call yet"
            )));
        }
    })
}

/// `RootClaimTypeEnum` (spec §10.2, call 122).
fn root_claim_type(t: &local_chain::state_children::RootClaimType) -> Value {
    use local_chain::state_children::RootClaimType as T;
    match t {
        T::Swap => Value::unnamed_variant("Swap", []),
        T::Keep => Value::unnamed_variant("Keep", []),
        T::KeepSubnets { subnets } => Value::named_variant(
            "KeepSubnets",
            [("subnets", Value::unnamed_composite(subnets.iter().map(|n| u(*n))))],
        ),
    }
}

fn int(param: &str, v: i128, lo: i128, hi: i128) -> Result<Value> {
    if v < lo || v > hi {
        return Err(RemoteError::encode(
            format!("hyperparameter {param}"),
            format!("{v} is outside {lo}..={hi}"),
        ));
    }
    Ok(if v < 0 { Value::i128(v) } else { Value::u128(v as u128) })
}

/// The AdminUtils (or SubtensorModule) setter of one subnet hyperparameter (spec §6).
fn hyperparam_call(
    netuid: u16,
    p: Hyperparam,
    v: i128,
    ctx: &CallContext,
    as_root: bool,
) -> Result<Payload> {
    use Hyperparam as H;
    let n = u(netuid);
    let name = p.name();
    let u16v = || int(&name, v, 0, u16::MAX as i128);
    let u64v = || int(&name, v, 0, u64::MAX as i128);
    let boolv = || int(&name, v, 0, 1).map(|_| Value::bool(v != 0));
    let admin = |call: &str, val: Value| Ok(tx("AdminUtils", call, vec![u(netuid), val]));
    match p {
        H::Rho => admin("sudo_set_rho", u16v()?),
        H::Kappa => admin("sudo_set_kappa", u16v()?),
        H::ImmunityPeriod => admin("sudo_set_immunity_period", u16v()?),
        H::MinAllowedWeights => admin("sudo_set_min_allowed_weights", u16v()?),
        // The owner path is SubtensorModule.set_tempo (bounded, rate-limited); root uses the
        // unbounded AdminUtils setter through Sudo.
        H::Tempo if as_root => admin("sudo_set_tempo", u16v()?),
        H::Tempo => Ok(sub("set_tempo", vec![n, u16v()?])),
        H::WeightsVersion => admin("sudo_set_weights_version_key", u64v()?),
        H::WeightsRateLimit => admin("sudo_set_weights_set_rate_limit", u64v()?),
        H::ActivityCutoffFactorMilli => {
            Ok(sub("set_activity_cutoff_factor", vec![n, int(&name, v, 0, u32::MAX as i128)?]))
        }
        H::ActivityCutoff => admin("sudo_set_activity_cutoff", u16v()?),
        H::RegistrationAllowed => admin("sudo_set_network_registration_allowed", boolv()?),
        H::TargetRegsPerInterval => admin("sudo_set_target_registrations_per_interval", u16v()?),
        H::MinBurn => admin("sudo_set_min_burn", u64v()?),
        H::MaxBurn => admin("sudo_set_max_burn", u64v()?),
        H::BurnHalfLife => admin("sudo_set_burn_half_life", u16v()?),
        H::BurnIncreaseMult => admin("sudo_set_burn_increase_mult", int(&name, v, 0, i128::MAX)?),
        H::BondsMovingAvg => admin("sudo_set_bonds_moving_average", u64v()?),
        H::BondsPenalty => admin("sudo_set_bonds_penalty", u16v()?),
        H::MaxRegsPerBlock => admin("sudo_set_max_registrations_per_block", u16v()?),
        H::ServingRateLimit => admin("sudo_set_serving_rate_limit", u64v()?),
        H::MaxValidators => admin("sudo_set_max_allowed_validators", u16v()?),
        H::CommitRevealPeriod => admin("sudo_set_commit_reveal_weights_interval", u64v()?),
        H::CommitRevealWeightsEnabled => admin("sudo_set_commit_reveal_weights_enabled", boolv()?),
        H::AlphaHigh | H::AlphaLow => {
            let (low, high) = ctx.alpha_values.ok_or_else(|| {
                RemoteError::encode("sudo_set_alpha_values", "current AlphaValues not read")
            })?;
            let x = int(&name, v, 0, u16::MAX as i128)?;
            let (low, high) = if p == H::AlphaLow { (x, u(high)) } else { (u(low), x) };
            Ok(tx("AdminUtils", "sudo_set_alpha_values", vec![n, low, high]))
        }
        H::LiquidAlphaEnabled => admin("sudo_set_liquid_alpha_enabled", boolv()?),
        H::AlphaSigmoidSteepness => admin(
            "sudo_set_alpha_sigmoid_steepness",
            int(&name, v, i16::MIN as i128, i16::MAX as i128)?,
        ),
        H::YumaVersion3 => admin("sudo_set_yuma3_enabled", boolv()?),
        H::SubnetIsActive => admin("sudo_set_subtoken_enabled", boolv()?),
        H::TransfersEnabled => admin("sudo_set_toggle_transfer", boolv()?),
        H::BondsResetEnabled => admin("sudo_set_bonds_reset_enabled", boolv()?),
        H::OwnerCutEnabled => admin("sudo_set_owner_cut_enabled", boolv()?),
        H::OwnerCutAutoLockEnabled => admin("sudo_set_owner_cut_auto_lock_enabled", boolv()?),
        H::MinChildkeyTake => admin("sudo_set_min_childkey_take_per_subnet", u16v()?),
        H::MaxAllowedUids => admin("sudo_set_max_allowed_uids", u16v()?),
        H::MinAllowedUids => admin("sudo_set_min_allowed_uids", u16v()?),
        H::Difficulty => admin("sudo_set_difficulty", u64v()?),
        H::MinDifficulty => admin("sudo_set_min_difficulty", u64v()?),
        H::MaxDifficulty => admin("sudo_set_max_difficulty", u64v()?),
        H::AdjustmentInterval => admin("sudo_set_adjustment_interval", u16v()?),
        H::AdjustmentAlpha => admin("sudo_set_adjustment_alpha", u64v()?),
        H::ImmuneOwnerUidsLimit => admin("sudo_set_owner_immune_neuron_limit", u16v()?),
        H::RecycleOrBurn => {
            int(&name, v, 0, 1)?;
            let variant = if v == 0 { "Burn" } else { "Recycle" };
            admin("sudo_set_recycle_or_burn", Value::unnamed_variant(variant, []))
        }
        H::MechanismCount => admin("sudo_set_mechanism_count", u16v()?),
        H::EmaPriceHalvingBlocks => admin("sudo_set_ema_price_halving_period", u64v()?),
        H::SubnetEmissionEnabled => admin("sudo_set_subnet_emission_enabled", boolv()?),
        H::MinNonImmuneUids => admin("sudo_set_min_non_immune_uids", u16v()?),
        H::FeeRate => Ok(tx("Swap", "set_fee_rate", vec![n, u16v()?])),
    }
}

/// Global root-only setters (spec §6 "Global, root-only").
fn global_call(p: GlobalParam, v: u64) -> Result<Payload> {
    use GlobalParam as G;
    let call = match p {
        G::NetworkRateLimit => "sudo_set_network_rate_limit",
        G::NetworkMinLockCost => "sudo_set_network_min_lock_cost",
        G::NetworkLockReductionInterval => "sudo_set_lock_reduction_interval",
        G::NetworkImmunityPeriod => "sudo_set_network_immunity_period",
        G::SubnetLimit => "sudo_set_subnet_limit",
        G::StartCallDelay => "sudo_set_start_call_delay",
        G::MinDelegateTake => "sudo_set_min_delegate_take",
        G::MaxDelegateTake => "sudo_set_default_take",
        G::TxDelegateTakeRateLimit => "sudo_set_tx_delegate_take_rate_limit",
        G::TxRateLimit => "sudo_set_tx_rate_limit",
        G::AdminFreezeWindow => "sudo_set_admin_freeze_window",
        G::OwnerHyperparamRateLimit => "sudo_set_owner_hparam_rate_limit",
        G::NominatorMinRequiredStake => "sudo_set_nominator_min_required_stake",
        G::SubnetOwnerCut => "sudo_set_subnet_owner_cut",
        G::StakeThreshold => "sudo_set_stake_threshold",
        other => {
            return Err(RemoteError::Unsupported(format!(
                "the global parameter {other:?} has no setter call on a subtensor node"
            )));
        }
    };
    Ok(tx("AdminUtils", call, vec![u(v)]))
}
