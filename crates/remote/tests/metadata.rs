//! Offline checks against real finney metadata (spec 393 and 365, read from
//! `../shared/metadata`): every call taoctl builds encodes against the runtime's types, every
//! storage item and runtime API it reads exists (or is handled as optional), event shapes match
//! the decoder, and an extrinsic signed with an sp-core key has the expected layout.

mod common;

use local_chain::extrinsic::Call;
use local_chain::hparams::{GlobalParam, Hyperparam};
use local_chain::state::SubnetIdentity;
use local_chain::types::{AccountId, Hash};
use remote::calls::{self, CallContext};
use remote::runtime_api::has_api;
use remote::storage::has_storage;
use subxt::config::SubstrateExtrinsicParamsBuilder as Params;
use subxt::metadata::ArcMetadata;

const SPEC393: &str = "finney-spec393.scale";
const SPEC365: &str = "finney-spec365.scale";

fn a(b: u8) -> AccountId {
    AccountId([b; 32])
}

fn sample_calls() -> Vec<Call> {
    let id = SubnetIdentity {
        subnet_name: "n".into(),
        github_repo: "g".into(),
        subnet_contact: "c".into(),
        subnet_url: "u".into(),
        discord: "d".into(),
        description: "x".into(),
        logo_url: "l".into(),
        additional: "a".into(),
    };
    let mut v = vec![
        Call::TransferAllowDeath { dest: a(1), value: 5 },
        Call::TransferKeepAlive { dest: a(1), value: 5 },
        Call::TransferAll { dest: a(1), keep_alive: true },
        Call::Sudo { call: Box::new(Call::ForceSetBalance { who: a(2), new_free: 9 }) },
        Call::RegisterNetwork { hotkey: a(3) },
        Call::RegisterNetworkWithIdentity { hotkey: a(3), identity: Some(id.clone()) },
        Call::RegisterNetworkWithIdentity { hotkey: a(3), identity: None },
        Call::StartCall { netuid: 1 },
        Call::SetSubnetIdentity { netuid: 1, identity: id },
        Call::UpdateSymbol { netuid: 1, symbol: "α".into() },
        Call::SetSnOwnerHotkey { netuid: 1, hotkey: a(4) },
        Call::BurnedRegister { netuid: 1, hotkey: a(4) },
        Call::RegisterLimit { netuid: 1, hotkey: a(4), limit_price: 10 },
        Call::RootRegister { hotkey: a(4) },
        Call::TryAssociateHotkey { hotkey: a(4) },
        Call::AddStake { hotkey: a(4), netuid: 1, amount_staked: 1 },
        Call::RemoveStake { hotkey: a(4), netuid: 1, amount_unstaked: 1 },
        Call::AddStakeLimit {
            hotkey: a(4),
            netuid: 1,
            amount_staked: 1,
            limit_price: 2,
            allow_partial: true,
        },
        Call::RemoveStakeLimit {
            hotkey: a(4),
            netuid: 1,
            amount_unstaked: 1,
            limit_price: 2,
            allow_partial: false,
        },
        Call::RemoveStakeFullLimit { hotkey: a(4), netuid: 1, limit_price: Some(3) },
        Call::RemoveStakeFullLimit { hotkey: a(4), netuid: 1, limit_price: None },
        Call::UnstakeAll { hotkey: a(4) },
        Call::UnstakeAllAlpha { hotkey: a(4) },
        Call::MoveStake {
            origin_hotkey: a(4),
            destination_hotkey: a(5),
            origin_netuid: 1,
            destination_netuid: 2,
            alpha_amount: 3,
        },
        Call::TransferStake {
            destination_coldkey: a(6),
            hotkey: a(4),
            origin_netuid: 1,
            destination_netuid: 2,
            alpha_amount: 3,
        },
        Call::SwapStake { hotkey: a(4), origin_netuid: 1, destination_netuid: 2, alpha_amount: 3 },
        Call::SwapStakeLimit {
            hotkey: a(4),
            origin_netuid: 1,
            destination_netuid: 2,
            alpha_amount: 3,
            limit_price: 4,
            allow_partial: true,
        },
        Call::DecreaseTake { hotkey: a(4), take: 10 },
        Call::IncreaseTake { hotkey: a(4), take: 10 },
        Call::SetWeights { netuid: 1, dests: vec![0, 1], weights: vec![1, 2], version_key: 0 },
        Call::CommitWeights { netuid: 1, commit_hash: Hash([9; 32]) },
        Call::RevealWeights {
            netuid: 1,
            uids: vec![0],
            values: vec![1],
            salt: vec![2],
            version_key: 0,
        },
        Call::SetChildren { hotkey: a(4), netuid: 1, children: vec![(u64::MAX / 2, a(5))] },
        Call::SetChildkeyTake { hotkey: a(4), netuid: 1, take: 100 },
        Call::ClaimRoot { subnets: [1u16, 2].into_iter().collect() },
        Call::SetRootClaimType {
            new_root_claim_type: local_chain::state_children::RootClaimType::Swap,
        },
        Call::SetRootClaimType {
            new_root_claim_type: local_chain::state_children::RootClaimType::KeepSubnets {
                subnets: vec![1],
            },
        },
        Call::DissolveNetwork { coldkey: a(1), netuid: 3 },
        Call::RootDissolveNetwork { netuid: 3 },
    ];
    for p in Hyperparam::ALL {
        let value = if p == Hyperparam::BurnIncreaseMult { 1i128 << 64 } else { 1 };
        v.push(Call::SudoSetHyperparam { netuid: 1, param: p, value });
        v.push(Call::Sudo {
            call: Box::new(Call::SudoSetHyperparam { netuid: 1, param: p, value }),
        });
    }
    for g in GlobalParam::ALL {
        v.push(Call::Sudo { call: Box::new(Call::SudoSetGlobal { param: g, value: 1 }) });
    }
    v
}

/// Encodes every sample call against `md`; returns the calls the runtime lacks or rejects.
fn encode_all(md: &ArcMetadata, spec: u32) -> Vec<String> {
    let at = common::offline(md.clone(), spec);
    let ctx = CallContext { alpha_values: Some((45_875, 58_982)) };
    let mut failures = Vec::new();
    for call in sample_calls() {
        let payload = match calls::to_payload(&call, &ctx) {
            Ok(p) => p,
            Err(remote::RemoteError::Unsupported(_)) => continue,
            Err(e) => {
                failures.push(format!("{call:?}: {e}"));
                continue;
            }
        };
        if let Err(e) = at.tx().call_data(&payload) {
            // Name the innermost call (Sudo wraps the interesting one).
            let names = calls::required_calls(&call, &ctx).expect("names");
            let (pallet, name) = names.last().expect("at least the call itself");
            failures.push(format!("{pallet}.{name}: {e}"));
        }
    }
    failures
}

/// Calls of today's chain (spec §10.2, subtensor main) that finney spec 393 does not have yet;
/// on such a node the client answers with a `MissingCapability` naming the call.
const NEWER_THAN_393: [&str; 9] = [
    "SubtensorModule.register_limit",
    "SubtensorModule.set_tempo",
    "SubtensorModule.set_activity_cutoff_factor",
    "AdminUtils.sudo_set_burn_half_life",
    "AdminUtils.sudo_set_burn_increase_mult",
    "AdminUtils.sudo_set_owner_cut_enabled",
    "AdminUtils.sudo_set_owner_cut_auto_lock_enabled",
    "AdminUtils.sudo_set_min_childkey_take_per_subnet",
    "AdminUtils.sudo_set_subnet_emission_enabled",
];

#[test]
fn every_call_encodes_against_spec393() {
    let Some(md) = common::metadata(SPEC393) else { return };
    let failures: Vec<String> = encode_all(&md, 393)
        .into_iter()
        .filter(|f| {
            !NEWER_THAN_393.iter().any(|n| {
                f.starts_with(&format!("{n}:"))
                    && (f.contains("not found in pallet") || f.contains("does not exist on type"))
            })
        })
        .collect();
    assert!(failures.is_empty(), "calls that do not encode on spec 393:\n{}", failures.join("\n"));
    // And the known-missing ones really are missing (so this list stays honest).
    for name in NEWER_THAN_393 {
        let (pallet, call) = name.split_once('.').expect("pallet.call");
        let present =
            md.pallet_by_name(pallet).and_then(|p| p.call_variant_by_name(call)).is_some();
        assert!(!present, "{name} exists on spec 393: remove it from NEWER_THAN_393");
    }
}

#[test]
fn core_calls_encode_against_spec365() {
    let Some(md) = common::metadata(SPEC365) else { return };
    // 365 predates some setters; the staking/transfer/registration core must still encode.
    let failures: Vec<String> = encode_all(&md, 365)
        .into_iter()
        .filter(|f| f.starts_with("Balances.") || f.contains("stake") || f.contains("register"))
        .filter(|f| !f.starts_with("SubtensorModule.register_limit"))
        .collect();
    assert!(failures.is_empty(), "core calls failing on spec 365:\n{}", failures.join("\n"));
}

#[test]
fn transfer_keep_alive_call_data_layout() {
    let Some(md) = common::metadata(SPEC393) else { return };
    let at = common::offline(md, 393);
    let call = Call::TransferKeepAlive { dest: a(0xAB), value: 1_000_000_000 };
    let payload = calls::to_payload(&call, &CallContext::default()).expect("payload");
    let data = at.tx().call_data(&payload).expect("encodes");
    // pallet Balances = 5, transfer_keep_alive = 3, MultiAddress::Id = 0, 32 bytes, compact u64.
    assert_eq!(data[0], 5, "Balances pallet index");
    assert_eq!(data[1], 3, "transfer_keep_alive call index");
    assert_eq!(data[2], 0, "MultiAddress::Id");
    assert_eq!(&data[3..35], &[0xAB; 32]);
    assert_eq!(
        &data[35..],
        &parity_scale_codec::Encode::encode(&parity_scale_codec::Compact(1_000_000_000u64))
    );
}

#[test]
fn add_stake_call_data_layout() {
    let Some(md) = common::metadata(SPEC393) else { return };
    let at = common::offline(md, 393);
    let call = Call::AddStake { hotkey: a(1), netuid: 7, amount_staked: 42 };
    let payload = calls::to_payload(&call, &CallContext::default()).expect("payload");
    let data = at.tx().call_data(&payload).expect("encodes");
    assert_eq!(data[0], 7, "SubtensorModule pallet index");
    assert_eq!(data[1], 2, "add_stake call index");
    assert_eq!(&data[2..34], &[1; 32]);
    assert_eq!(&data[34..36], &7u16.to_le_bytes());
    assert_eq!(&data[36..], &42u64.to_le_bytes());
}

#[test]
fn child_key_and_root_claim_call_data_layout() {
    let Some(md) = common::metadata(SPEC393) else { return };
    let at = common::offline(md, 393);
    let data_of = |call: Call| {
        let payload = calls::to_payload(&call, &CallContext::default()).expect("payload");
        at.tx().call_data(&payload).expect("encodes")
    };
    // set_children (67): hotkey, netuid u16, Vec<(u64, AccountId)>.
    let data = data_of(Call::SetChildren {
        hotkey: a(1),
        netuid: 3,
        children: vec![(u64::MAX, a(2)), (5, a(3))],
    });
    let mut want = vec![7u8, 67];
    want.extend([1u8; 32]);
    want.extend(3u16.to_le_bytes());
    want.push(2 << 2); // compact length 2
    want.extend(u64::MAX.to_le_bytes());
    want.extend([2u8; 32]);
    want.extend(5u64.to_le_bytes());
    want.extend([3u8; 32]);
    assert_eq!(data, want);
    // set_childkey_take (75): hotkey, netuid, take u16.
    let data = data_of(Call::SetChildkeyTake { hotkey: a(4), netuid: 2, take: 1000 });
    let mut want = vec![7u8, 75];
    want.extend([4u8; 32]);
    want.extend(2u16.to_le_bytes());
    want.extend(1000u16.to_le_bytes());
    assert_eq!(data, want);
    // claim_root (121): BTreeSet<NetUid>, ascending.
    let data = data_of(Call::ClaimRoot { subnets: [5u16, 1].into_iter().collect() });
    assert_eq!(data, vec![7u8, 121, 2 << 2, 1, 0, 5, 0]);
    // set_root_claim_type (122): Swap = variant 0, Keep = 1, KeepSubnets{[1]} = 2.
    use local_chain::state_children::RootClaimType as T;
    let data = data_of(Call::SetRootClaimType { new_root_claim_type: T::Keep });
    assert_eq!(data, vec![7u8, 122, 1]);
    let data = data_of(Call::SetRootClaimType {
        new_root_claim_type: T::KeepSubnets { subnets: vec![1] },
    });
    assert_eq!(data, vec![7u8, 122, 2, 1 << 2, 1, 0]);
}

#[test]
fn signed_extrinsic_with_sp_core_key_is_well_formed() {
    use sp_core::Pair as _;
    let Some(md) = common::metadata(SPEC393) else { return };
    let at = common::offline(md, 393);
    let pair = sp_core::sr25519::Pair::from_string("//Alice", None).expect("dev key");
    let call = Call::TransferKeepAlive { dest: a(2), value: 500 };
    let payload = calls::to_payload(&call, &CallContext::default()).expect("payload");
    let params =
        Params::new().nonce(3).mortal_from_unchecked(64, 100, subxt::utils::H256([5; 32])).build();
    let mut signable = at.tx().create_signable_offline(&payload, params).expect("signable");
    let signer = remote::signer::PairSigner::new(&pair);
    let payload_bytes = signable.signer_payload().expect("signer payload");
    let tx = signable.sign(&signer).expect("signed");
    let bytes = tx.encoded();
    // compact length prefix, then version byte 0x84 (signed, v4), MultiAddress::Id + signer.
    let (len, rest) = {
        let mut input = bytes;
        let len =
            <parity_scale_codec::Compact<u32> as parity_scale_codec::Decode>::decode(&mut input)
                .expect("length prefix");
        (len.0 as usize, input)
    };
    assert_eq!(len, rest.len());
    assert_eq!(rest[0], 0x84);
    assert_eq!(rest[1], 0);
    assert_eq!(&rest[2..34], &pair.public().0);
    // MultiSignature::Sr25519 = 1, then 64 bytes that verify over the signer payload.
    assert_eq!(rest[34], 1);
    let sig = sp_core::sr25519::Signature::from_raw(rest[35..99].try_into().expect("64 bytes"));
    assert!(sp_core::sr25519::Pair::verify(&sig, &payload_bytes, &pair.public()));
}

#[test]
fn storage_items_read_exist_in_spec393() {
    let Some(md) = common::metadata(SPEC393) else { return };
    let required = [
        ("System", "Account"),
        ("System", "EventCount"),
        ("Timestamp", "Now"),
        ("Balances", "TotalIssuance"),
        ("SubtensorModule", "NetworksAdded"),
        ("SubtensorModule", "SubnetOwner"),
        ("SubtensorModule", "SubnetOwnerHotkey"),
        ("SubtensorModule", "TokenSymbol"),
        ("SubtensorModule", "SubnetMechanism"),
        ("SubtensorModule", "NetworkRegisteredAt"),
        ("SubtensorModule", "Tempo"),
        ("SubtensorModule", "SubnetworkN"),
        ("SubtensorModule", "MaxAllowedUids"),
        ("SubtensorModule", "Burn"),
        ("SubtensorModule", "SubnetTAO"),
        ("SubtensorModule", "SubnetAlphaIn"),
        ("SubtensorModule", "SubnetAlphaOut"),
        ("SubtensorModule", "SubnetMovingPrice"),
        ("SubtensorModule", "SubnetLocked"),
        ("SubtensorModule", "SubtokenEnabled"),
        ("SubtensorModule", "FirstEmissionBlockNumber"),
        ("SubtensorModule", "SubnetVolume"),
        ("SubtensorModule", "Keys"),
        ("SubtensorModule", "BlockAtRegistration"),
        ("SubtensorModule", "Owner"),
        ("SubtensorModule", "TotalHotkeyAlpha"),
        ("SubtensorModule", "Active"),
        ("SubtensorModule", "ValidatorPermit"),
        ("SubtensorModule", "Emission"),
        ("SubtensorModule", "Incentive"),
        ("SubtensorModule", "Dividends"),
        ("SubtensorModule", "Consensus"),
        ("SubtensorModule", "ValidatorTrust"),
        ("SubtensorModule", "LastUpdate"),
        ("SubtensorModule", "ImmunityPeriod"),
        ("SubtensorModule", "AlphaValues"),
    ];
    let missing: Vec<_> = required.iter().filter(|(p, i)| !has_storage(&md, p, i)).collect();
    assert!(missing.is_empty(), "missing on spec 393: {missing:?}");
    // Hyperparameter items: report which are absent (they are omitted at run time).
    let absent: Vec<_> = remote::hyperparams::locations()
        .into_iter()
        .filter(|(_, p, i)| !has_storage(&md, p, i))
        .map(|(h, p, i)| format!("{h:?}={p}.{i}"))
        .collect();
    // Newer than 393 (omitted from `hyperparams` on such nodes, never defaulted).
    assert_eq!(
        absent,
        [
            "ActivityCutoffFactorMilli=SubtensorModule.ActivityCutoffFactorMilli",
            "BurnHalfLife=SubtensorModule.BurnHalfLife",
            "BurnIncreaseMult=SubtensorModule.BurnIncreaseMult",
            "OwnerCutEnabled=SubtensorModule.OwnerCutEnabled",
            "OwnerCutAutoLockEnabled=SubtensorModule.OwnerCutAutoLockEnabled",
            "MinChildkeyTake=SubtensorModule.MinChildkeyTakePerSubnet",
            "SubnetEmissionEnabled=SubtensorModule.SubnetEmissionEnabled",
        ]
    );
}

#[test]
fn runtime_apis_used_exist_in_spec393_and_capability_error_names_them() {
    let Some(md) = common::metadata(SPEC393) else { return };
    for (api, method) in [
        ("StakeInfoRuntimeApi", "get_stake_info_for_coldkey"),
        ("SwapRuntimeApi", "current_alpha_price"),
        ("SwapRuntimeApi", "sim_swap_tao_for_alpha"),
        ("SwapRuntimeApi", "sim_swap_alpha_for_tao"),
        ("SubnetRegistrationRuntimeApi", "get_network_registration_cost"),
        ("TransactionPaymentApi", "query_info"),
        ("SubnetInfoRuntimeApi", "get_all_dynamic_info"),
    ] {
        assert!(has_api(&md, api, method), "{api}.{method} missing on spec 393");
    }
    let err = remote::runtime_api::require_api(&md, 393, "SwapRuntimeApi", "sim_swap_everything")
        .expect_err("no such method");
    assert!(matches!(err, remote::RemoteError::MissingCapability { .. }));
    assert_eq!(
        err.to_string(),
        "the node's runtime (spec_version 393) has no runtime API `SwapRuntimeApi.sim_swap_everything`"
    );
}

#[test]
fn mapped_event_shapes_match_spec393() {
    let Some(md) = common::metadata(SPEC393) else { return };
    // (pallet, event, number of fields the decoder expects)
    let expected = [
        ("Balances", "Transfer", 3),
        ("Balances", "Endowed", 2),
        ("Balances", "DustLost", 2),
        ("Balances", "BalanceSet", 2),
        ("TransactionPayment", "TransactionFeePaid", 3),
        ("SubtensorModule", "NetworkAdded", 2),
        ("SubtensorModule", "NeuronRegistered", 3),
        ("SubtensorModule", "StakeAdded", 6),
        ("SubtensorModule", "StakeRemoved", 6),
        ("SubtensorModule", "StakeMoved", 6),
        ("SubtensorModule", "StakeTransferred", 6),
        ("SubtensorModule", "StakeSwapped", 5),
        ("SubtensorModule", "WeightsSet", 2),
    ];
    let mut wrong = Vec::new();
    for (pallet, event, n) in expected {
        let found = md
            .pallet_by_name(pallet)
            .and_then(|p| p.event_variants())
            .and_then(|vs| vs.iter().find(|v| v.name == event))
            .map(|v| v.fields.len());
        if found != Some(n) {
            wrong.push(format!("{pallet}.{event}: expected {n} fields, found {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn metadata_cache_round_trip_with_real_blob() {
    let Some(bytes) = common::metadata_bytes(SPEC393) else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let g = [3u8; 32];
    remote::metadata_cache::store(dir.path(), &g, 393, &bytes).expect("store");
    let (back, md) = remote::metadata_cache::load(dir.path(), &g, 393).expect("load");
    assert_eq!(back, bytes);
    assert!(md.pallet_by_name("SubtensorModule").is_some());
    assert!(remote::metadata_cache::load(dir.path(), &g, 394).is_none());
}
