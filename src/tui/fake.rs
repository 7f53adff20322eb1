//! A deterministic synthetic `Source`: N subnets whose pools, prices and emissions evolve block
//! by block. It backs the snapshot tests, the benchmark and a `--demo-data` mode, so it must
//! never depend on time, randomness or the network.

use super::source::{EventRow, NeuronRow, PositionRow, Request, Snapshot, Source, SubnetRow};

const RAO: u64 = 1_000_000_000;
/// TAO minted per block across all subnets (the real chain's 1 TAO halved once).
const BLOCK_EMISSION_RAO: u64 = RAO / 2;
/// Neurons synthesised for a drilled-into subnet.
const METAGRAPH_SIZE: u16 = 64;
/// Events the fake may emit per block, so the event pane stays bounded and readable.
const MAX_EVENTS_PER_BLOCK: usize = 2;

/// One synthetic subnet's pool.
#[derive(Clone, Debug)]
struct Pool {
    netuid: u16,
    tao_in: u64,
    alpha_in: u64,
    alpha_out: u64,
    moving_price: u64,
    weight: u64,
    tempo: u16,
    neurons: u16,
    burn: u64,
}

/// The deterministic fake chain. `FakeSource::new(32)` gives 32 subnets at block 1000.
#[derive(Clone, Debug)]
pub struct FakeSource {
    block: u64,
    seed: u64,
    pools: Vec<Pool>,
    positions: Vec<(u16, String, u64)>,
    pending_events: Vec<EventRow>,
}

/// SplitMix64: a tiny deterministic mixer, enough for synthetic market noise.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// A fake but plausible-looking SS58 address (base58 alphabet, 48 chars, leading 5).
fn fake_ss58(seed: u64) -> String {
    const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let mut out = String::with_capacity(48);
    out.push('5');
    let mut state = seed;
    for _ in 0..47 {
        state = mix(state);
        let idx = usize::try_from(state % ALPHABET.len() as u64).unwrap_or(0);
        out.push(char::from(ALPHABET.get(idx).copied().unwrap_or(b'1')));
    }
    out
}

const NAMES: [&str; 16] = [
    "root",
    "apex",
    "omron",
    "targon",
    "openkaito",
    "chutes",
    "nous",
    "dojo",
    "pretrain",
    "ridges",
    "gradients",
    "sturdy",
    "dataverse",
    "zeus",
    "templar",
    "hivemind",
];
const SYMBOLS: [&str; 16] =
    ["Τ", "α", "β", "γ", "δ", "ε", "ζ", "η", "θ", "ι", "κ", "λ", "μ", "ν", "ξ", "ο"];

fn name_of(netuid: u16) -> String {
    let i = usize::from(netuid) % NAMES.len();
    let base = NAMES.get(i).copied().unwrap_or("subnet");
    if usize::from(netuid) < NAMES.len() { base.to_string() } else { format!("{base}-{netuid}") }
}

fn symbol_of(netuid: u16) -> String {
    SYMBOLS.get(usize::from(netuid) % SYMBOLS.len()).copied().unwrap_or("α").to_string()
}

/// Spot price in rao per whole alpha.
fn price(tao_in: u64, alpha_in: u64) -> u64 {
    if alpha_in == 0 {
        return 0;
    }
    let p = u128::from(tao_in) * u128::from(RAO) / u128::from(alpha_in);
    u64::try_from(p).unwrap_or(u64::MAX)
}

/// TAO out for selling `alpha` into a constant-product pool.
fn sell_alpha(tao_in: u64, alpha_in: u64, alpha: u64) -> u64 {
    let k = u128::from(tao_in) * u128::from(alpha_in);
    let new_alpha = u128::from(alpha_in) + u128::from(alpha);
    if new_alpha == 0 {
        return 0;
    }
    let new_tao = k / new_alpha;
    u64::try_from(u128::from(tao_in).saturating_sub(new_tao)).unwrap_or(0)
}

impl FakeSource {
    /// `subnets` synthetic subnets (netuid 0 is root), starting at block 1000.
    pub fn new(subnets: u16) -> Self {
        let pools = (0..subnets)
            .map(|netuid| {
                let r = mix(u64::from(netuid) + 7);
                let tao_in = (1_000 + r % 50_000) * RAO;
                // Prices between ~0.003 and ~0.1 TAO per alpha.
                let alpha_in = tao_in / 100 * (10 + (r >> 16) % 300);
                Pool {
                    netuid,
                    tao_in,
                    alpha_in,
                    alpha_out: alpha_in / 2 + (r >> 24) % (1_000 * RAO),
                    moving_price: price(tao_in, alpha_in),
                    weight: 1 + (r >> 32) % 1_000,
                    tempo: 360,
                    neurons: u16::try_from(64 + (r >> 40) % 193).unwrap_or(256),
                    burn: (r >> 20) % (5 * RAO) + RAO / 10,
                }
            })
            .collect();
        let positions = [1u16, 3, 7]
            .iter()
            .filter(|n| **n < subnets)
            .map(|n| (*n, fake_ss58(0xC0FFEE + u64::from(*n)), (100 + u64::from(*n) * 37) * RAO))
            .collect();
        Self { block: 1_000, seed: 42, pools, positions, pending_events: Vec::new() }
    }

    fn total_weight(&self) -> u64 {
        self.pools.iter().map(|p| p.weight).sum::<u64>().max(1)
    }

    fn advance_one(&mut self) {
        self.block += 1;
        let block = self.block;
        let total_weight = self.total_weight();
        let seed = self.seed;
        let mut events = Vec::new();
        for pool in &mut self.pools {
            let r = mix(seed ^ (block << 16) ^ u64::from(pool.netuid));
            // Emission weights drift by ±1 so shares (and the emission chart) move.
            pool.weight = if r & (1 << 50) == 0 {
                pool.weight.saturating_add(1).min(2_000)
            } else {
                pool.weight.saturating_sub(1).max(1)
            };
            let share =
                u128::from(BLOCK_EMISSION_RAO) * u128::from(pool.weight) / u128::from(total_weight);
            let tao_inj = u64::try_from(share).unwrap_or(0);
            let p = price(pool.tao_in, pool.alpha_in).max(1);
            // Alpha injected keeps the price roughly stable, as the chain does.
            let alpha_inj =
                u64::try_from(u128::from(tao_inj) * u128::from(RAO) / u128::from(p)).unwrap_or(0);
            pool.tao_in = pool.tao_in.saturating_add(tao_inj);
            pool.alpha_in = pool.alpha_in.saturating_add(alpha_inj);
            pool.alpha_out = pool.alpha_out.saturating_add(RAO);
            // A trade of up to 0.5 % of the pool in either direction: the price random-walks.
            let size = pool.tao_in / 200 * (r % 100) / 100;
            let k = u128::from(pool.tao_in) * u128::from(pool.alpha_in);
            if r & (1 << 40) == 0 {
                pool.tao_in = pool.tao_in.saturating_add(size);
            } else {
                pool.tao_in = pool.tao_in.saturating_sub(size).max(RAO);
            }
            let new_alpha = k / u128::from(pool.tao_in.max(1));
            pool.alpha_in = u64::try_from(new_alpha).unwrap_or(u64::MAX).max(RAO);
            // Moving price: EMA with alpha = 1/64.
            let spot = price(pool.tao_in, pool.alpha_in);
            pool.moving_price = pool.moving_price - pool.moving_price / 64 + spot / 64;
            if (r >> 8).is_multiple_of(512) && events.len() < MAX_EVENTS_PER_BLOCK {
                let who = fake_ss58(r);
                events.push(EventRow {
                    block,
                    kind: "register".to_string(),
                    text: format!("SN{} new neuron {}…", pool.netuid, who.get(..8).unwrap_or("")),
                });
                pool.burn = pool.burn.saturating_add(pool.burn / 10);
            } else if pool.netuid > 0
                && block % u64::from(pool.tempo) == u64::from(pool.netuid) % u64::from(pool.tempo)
                && events.len() < MAX_EVENTS_PER_BLOCK
            {
                events.push(EventRow {
                    block,
                    kind: "epoch".to_string(),
                    text: format!("SN{} epoch ran", pool.netuid),
                });
            }
            // Burn cost decays toward its floor between registrations.
            pool.burn = (pool.burn - pool.burn / 10_000).max(RAO / 10);
        }
        for pos in &mut self.positions {
            // Each held position earns a small alpha dividend every block.
            pos.2 = pos.2.saturating_add(RAO / 1_000 * (1 + u64::from(pos.0)));
        }
        self.pending_events.extend(events);
        // Bound what accumulates between polls (the UI only shows recent events anyway).
        let excess = self.pending_events.len().saturating_sub(64);
        self.pending_events.drain(..excess);
    }

    fn subnet_row(&self, pool: &Pool, total_weight: u64) -> SubnetRow {
        let p = price(pool.tao_in, pool.alpha_in);
        let share_ppb = u128::from(pool.weight) * u128::from(RAO) / u128::from(total_weight);
        let tao_per_block =
            u128::from(BLOCK_EMISSION_RAO) * u128::from(pool.weight) / u128::from(total_weight);
        let tempo = u64::from(pool.tempo);
        let offset = u64::from(pool.netuid) % tempo;
        let blocks_to_epoch = (tempo + offset - self.block % tempo) % tempo;
        let supply = u128::from(pool.alpha_in) + u128::from(pool.alpha_out);
        SubnetRow {
            netuid: pool.netuid,
            name: name_of(pool.netuid),
            symbol: symbol_of(pool.netuid),
            price_rao: p,
            moving_price_rao: pool.moving_price,
            emission_share_ppb: u64::try_from(share_ppb).unwrap_or(0),
            tao_per_block_rao: u64::try_from(tao_per_block).unwrap_or(0),
            alpha_per_block: RAO,
            tao_in: pool.tao_in,
            alpha_in: pool.alpha_in,
            alpha_out: pool.alpha_out,
            market_cap: u64::try_from(supply * u128::from(p) / u128::from(RAO)).unwrap_or(u64::MAX),
            burn_cost: pool.burn,
            neurons: pool.neurons,
            max_neurons: 256,
            tempo: pool.tempo,
            blocks_to_epoch,
        }
    }

    fn metagraph(&self, netuid: u16) -> Vec<NeuronRow> {
        (0..METAGRAPH_SIZE)
            .map(|uid| {
                let r = mix((u64::from(netuid) << 20) ^ u64::from(uid));
                let drift = mix(r ^ (self.block / 10));
                NeuronRow {
                    uid,
                    hotkey: fake_ss58(r),
                    coldkey: fake_ss58(r ^ 0xFFFF),
                    stake: (r % 100_000) * RAO + (drift % 1_000) * RAO / 10,
                    permit: uid < 8,
                    incentive: u16::try_from((r >> 8) % 2_000 + drift % 64).unwrap_or(0),
                    dividends: if uid < 8 {
                        u16::try_from((r >> 20) % 8_000).unwrap_or(0)
                    } else {
                        0
                    },
                    emission: (r >> 30) % (5 * RAO),
                    last_update: self.block.saturating_sub((r >> 12) % 400),
                    immune: uid >= METAGRAPH_SIZE - 3,
                }
            })
            .collect()
    }

    fn hyperparams(&self, netuid: u16) -> Vec<(String, String)> {
        let pool = self.pools.iter().find(|p| p.netuid == netuid);
        let tempo = pool.map_or(360, |p| p.tempo);
        let max_n = 256;
        [
            ("tempo", tempo.to_string()),
            ("max_allowed_uids", max_n.to_string()),
            ("immunity_period", "5000".to_string()),
            ("min_allowed_weights", "1".to_string()),
            ("max_weights_limit", "65535".to_string()),
            ("weights_rate_limit", "100".to_string()),
            ("activity_cutoff", "5000".to_string()),
            ("registration_allowed", "true".to_string()),
            ("target_regs_per_interval", "2".to_string()),
            ("min_burn", "0.1000".to_string()),
            ("max_burn", "100.0000".to_string()),
            ("bonds_moving_avg", "900000".to_string()),
            ("commit_reveal_weights_enabled", "true".to_string()),
            ("alpha_high", "0.9000".to_string()),
            ("alpha_low", "0.7000".to_string()),
            ("liquid_alpha_enabled", netuid.is_multiple_of(2).to_string()),
            ("kappa", "0.5000".to_string()),
            ("rho", "10".to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    }
}

impl Source for FakeSource {
    fn poll(&mut self, req: &Request) -> Result<Snapshot, String> {
        let total_weight = self.total_weight();
        let subnets = self.pools.iter().map(|p| self.subnet_row(p, total_weight)).collect();
        let wanted = req.netuid.filter(|n| self.pools.iter().any(|p| p.netuid == *n));
        let positions = self
            .positions
            .iter()
            .filter_map(|(netuid, hotkey, alpha)| {
                let pool = self.pools.iter().find(|p| p.netuid == *netuid)?;
                let spot = u128::from(*alpha) * u128::from(price(pool.tao_in, pool.alpha_in))
                    / u128::from(RAO);
                Some(PositionRow {
                    netuid: *netuid,
                    hotkey: hotkey.clone(),
                    alpha: *alpha,
                    value_spot_rao: u64::try_from(spot).unwrap_or(u64::MAX),
                    value_exit_rao: sell_alpha(pool.tao_in, pool.alpha_in, *alpha),
                })
            })
            .collect();
        Ok(Snapshot {
            network: "fake".to_string(),
            block: self.block,
            block_time_ms: 12_000,
            connected: true,
            head_age_ms: None,
            subnets,
            metagraph: wanted.map(|n| (n, self.metagraph(n))),
            hyperparams: wanted.map(|n| (n, self.hyperparams(n))),
            positions,
            events: std::mem::take(&mut self.pending_events),
        })
    }

    fn step(&mut self, blocks: u64) -> Result<(), String> {
        for _ in 0..blocks {
            self.advance_one();
        }
        Ok(())
    }

    fn can_drive_time(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_deterministic() {
        let mut a = FakeSource::new(8);
        let mut b = FakeSource::new(8);
        a.step(50).ok();
        b.step(50).ok();
        let req = Request { netuid: Some(3) };
        assert_eq!(a.poll(&req), b.poll(&req));
    }

    #[test]
    fn prices_evolve_and_stay_positive() {
        let mut s = FakeSource::new(4);
        let before = s.poll(&Request::default()).map(|x| x.subnets[1].price_rao);
        s.step(100).ok();
        let after = s.poll(&Request::default()).map(|x| x.subnets[1].price_rao);
        assert_ne!(before, after);
        assert!(after.is_ok_and(|p| p > 0));
    }

    #[test]
    fn exit_value_is_below_spot() {
        let mut s = FakeSource::new(8);
        let snap = s.poll(&Request::default()).expect("fake never fails");
        assert!(!snap.positions.is_empty());
        for p in snap.positions {
            assert!(p.value_exit_rao < p.value_spot_rao, "{p:?}");
        }
    }

    #[test]
    fn metagraph_only_when_requested() {
        let mut s = FakeSource::new(8);
        let none = s.poll(&Request::default()).expect("fake never fails");
        assert!(none.metagraph.is_none());
        let some = s.poll(&Request { netuid: Some(2) }).expect("fake never fails");
        assert_eq!(some.metagraph.map(|(n, v)| (n, v.len())), Some((2, 64)));
        let missing = s.poll(&Request { netuid: Some(999) }).expect("fake never fails");
        assert!(missing.metagraph.is_none());
    }
}
