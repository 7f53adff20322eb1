//! Consensus (stake-weighted kappa-quantile per column) and weight clipping, as the sparse epoch does it.

use substrate_fixed::types::I32F32;

use super::math::{SparseRow, ZERO, collect_row, inplace_normalize, mul_sat, wrapping_sum};

/// The chain's deterministic weighted quickselect (`weighted_median`): the pivot is the middle element
/// of the current partition (not random), elements equal to the pivot are set aside, and the search
/// gives up with 0 after `partition_idx.len()` narrowing rounds. All stake sums saturate.
pub fn weighted_median(
    stake: &[I32F32],
    score: &[I32F32],
    partition_idx: &[usize],
    minority: I32F32,
    mut lo: I32F32,
    mut hi: I32F32,
) -> I32F32 {
    if stake.len() != score.len() {
        return ZERO;
    }
    let get = |v: &[I32F32], i: usize| v.get(i).copied().unwrap_or(ZERO);
    let mut current: Vec<usize> = partition_idx.to_vec();
    let limit = partition_idx.len();
    let mut rounds = 0usize;
    let mut lower: Vec<usize> = Vec::new();
    let mut upper: Vec<usize> = Vec::new();
    loop {
        match current.len() {
            0 => return ZERO,
            1 => return get(score, current[0]),
            _ => {}
        }
        let pivot = get(score, current[current.len() / 2]);
        let mut lo_stake = ZERO;
        let mut hi_stake = ZERO;
        for &idx in &current {
            let s = get(score, idx);
            if s == pivot {
                continue;
            }
            if s < pivot {
                lo_stake = lo_stake.saturating_add(get(stake, idx));
                lower.push(idx);
            } else {
                hi_stake = hi_stake.saturating_add(get(stake, idx));
                upper.push(idx);
            }
        }
        if minority < lo.saturating_add(lo_stake) && !lower.is_empty() {
            hi = lo.saturating_add(lo_stake);
            std::mem::swap(&mut current, &mut lower);
        } else if hi.saturating_sub(hi_stake) <= minority && !upper.is_empty() {
            lo = hi.saturating_sub(hi_stake);
            std::mem::swap(&mut current, &mut upper);
        } else {
            return pivot;
        }
        lower.clear();
        upper.clear();
        rounds += 1;
        if rounds > limit {
            return ZERO;
        }
    }
}

/// Consensus per column (`weighted_median_col_sparse`): rows with positive active stake, in uid order,
/// with their stakes renormalized; an absent entry scores 0; `minority = Σ s' − kappa`.
pub fn weighted_median_col_sparse(
    active_stake: &[I32F32],
    weights: &[SparseRow],
    columns: usize,
    kappa: I32F32,
) -> Vec<I32F32> {
    let mut use_stake: Vec<I32F32> = active_stake.iter().copied().filter(|&s| s > ZERO).collect();
    inplace_normalize(&mut use_stake);
    let stake_sum = wrapping_sum(use_stake.iter());
    let minority = stake_sum.saturating_sub(kappa);
    let k = use_stake.len();
    if k == 0 {
        return vec![ZERO; columns];
    }

    // Column-major score table; later duplicates of a column in one row overwrite earlier ones.
    let mut score = vec![ZERO; columns * k];
    let mut r = 0usize;
    for (&s, row) in active_stake.iter().zip(weights) {
        if s > ZERO {
            for &(c, v) in row {
                if (c as usize) < columns {
                    score[c as usize * k + r] = v;
                }
            }
            r += 1;
        }
    }
    if !quantile_applies(&use_stake) {
        let idx: Vec<usize> = (0..k).collect();
        return score
            .chunks(k)
            .map(|col| weighted_median(&use_stake, col, &idx, minority, ZERO, stake_sum))
            .collect();
    }
    let mut buf: Vec<(i64, i64)> = vec![(0, 0); 3 * k];
    score
        .chunks(k)
        .map(|col| {
            for (slot, (v, s)) in buf.iter_mut().zip(col.iter().zip(&use_stake)) {
                *slot = (v.to_bits(), s.to_bits());
            }
            I32F32::from_bits(weighted_quantile(&mut buf, k, minority.to_bits()))
        })
        .collect()
}

/// Largest stake (in bits) [`weighted_quantile`] accepts: with at most 2^16 entries every partial sum
/// stays below 2^63, so none of the reference's saturating sums can saturate.
const QUANTILE_STAKE_LIMIT: i64 = 1 << 46;

/// Whether the stakes meet [`weighted_quantile`]'s preconditions (always, for normalized stakes).
fn quantile_applies(stake: &[I32F32]) -> bool {
    stake.len() <= 1 << 16
        && stake.iter().all(|s| (0..=QUANTILE_STAKE_LIMIT).contains(&s.to_bits()))
}

/// What [`weighted_median`] returns when called as the column consensus does (`lo = 0`, `hi` = the
/// sum of the stakes, all stakes in `0..=QUANTILE_STAKE_LIMIT`): the smallest score `v` with
/// `stake(score ≤ v) > minority`, or the largest score if there is none. Items are `(score, stake)`
/// bits and are reordered.
///
/// Why the two agree. Under these preconditions the reference's sums are exact, `hi` always equals
/// `lo + stake(current)`, and every round removes at least the pivot, so it never gives up. With pivot
/// `p`, `L`/`E`/`U` the current items below/equal/above `p` and `lo` the stake below `current`, it
/// moves to `L` when `stake(< p) = lo + stake(L) > minority` (and `L` is non-empty), to `U` when
/// `stake(≤ p) = hi − stake(U) ≤ minority` (and `U` is non-empty), and returns `p` otherwise. When
/// `0 ≤ minority < Σ stake`, `lo ≤ minority < hi` holds throughout, which makes the emptiness checks
/// moot, and the returned `p` satisfies `stake(< p) ≤ minority < stake(≤ p)`: only one score does,
/// whatever the pivots were. When `minority < 0` it only ever moves down and returns the smallest
/// score; when `minority ≥ Σ stake` only up, returning the largest — both what this function returns.
/// This is the same search with one branch-free pass per round (it sums the stakes below and at the
/// pivot and copies the items below and above it into the two other thirds of `buf`) and no
/// allocation; the pivot is the middle item of the current window like the reference's, though the
/// window's order differs. `buf` holds the `len` items (`(score, stake)` bits) at its start and is
/// split in three equal parts, so it must be at least `3·len` long; it is overwritten.
pub fn weighted_quantile(buf: &mut [(i64, i64)], len: usize, minority: i64) -> i64 {
    let third = buf.len() / 3;
    let mut below = 0i64; // stake of the items smaller than every item in the window
    let (mut cur, mut len) = (0usize, len.min(third));
    loop {
        if len == 0 {
            return 0;
        }
        let pivot = buf[cur + len / 2].0;
        let lo_at = if cur == 0 { third } else { 0 };
        let hi_at = if cur == 2 * third { third } else { 2 * third };
        let (mut n_lt, mut n_gt, mut stake_lt, mut stake_eq) = (0usize, 0usize, 0i64, 0i64);
        for i in cur..cur + len {
            let (v, s) = buf[i];
            buf[lo_at + n_lt] = (v, s);
            buf[hi_at + n_gt] = (v, s);
            n_lt += usize::from(v < pivot);
            n_gt += usize::from(v > pivot);
            stake_lt += if v < pivot { s } else { 0 };
            stake_eq += if v == pivot { s } else { 0 };
        }
        if below + stake_lt > minority && n_lt > 0 {
            (cur, len) = (lo_at, n_lt);
        } else if below + stake_lt + stake_eq > minority || n_gt == 0 {
            return pivot;
        } else {
            below += stake_lt + stake_eq;
            (cur, len) = (hi_at, n_gt);
        }
    }
}

/// The clipped weights and the sums the epoch takes over them and over the weights.
pub struct Clipped {
    /// `W` clipped at consensus ([`col_clip_sparse`]).
    pub weights: Vec<SparseRow>,
    /// Row sums of the clipped weights (`validator_trust`).
    pub row_sums: Vec<I32F32>,
    /// `matmul_sparse(W, S)` (pre-ranks).
    pub preranks: Vec<I32F32>,
    /// `matmul_sparse(clipped, S)` (ranks).
    pub ranks: Vec<I32F32>,
}

/// [`col_clip_sparse`], `row_sum_sparse` of its result, and `matmul_sparse` of the weights and of the
/// clipped weights with `stake`, in one pass over the weights: each of the four keeps its own
/// accumulation order (rows ascending, entries in stored order), so the results are those of the
/// separate passes.
pub fn clip_and_rank(
    weights: &[SparseRow],
    consensus: &[I32F32],
    stake: &[I32F32],
    columns: usize,
) -> Clipped {
    let mut preranks = vec![ZERO; columns];
    let mut ranks = vec![ZERO; columns];
    let mut row_sums = Vec::with_capacity(weights.len());
    let clipped = weights
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let scale = stake.get(i).copied().unwrap_or(ZERO);
            let mut sum = 0i64;
            let out = collect_row(
                row.len(),
                row.iter().filter_map(|&(j, v)| {
                    if let Some(r) = preranks.get_mut(j as usize) {
                        *r = r.saturating_add(mul_sat(scale, v));
                    }
                    let c = clip_at(v, consensus.get(j as usize).copied().unwrap_or(ZERO))?;
                    if let Some(r) = ranks.get_mut(j as usize) {
                        *r = r.saturating_add(mul_sat(scale, c));
                    }
                    sum = sum.wrapping_add(c.to_bits());
                    Some((j, c))
                }),
            );
            row_sums.push(I32F32::from_bits(sum));
            out
        })
        .collect();
    Clipped { weights: clipped, row_sums, preranks, ranks }
}

/// One weight clipped at its column's consensus `th`; `None` when the sparse clip drops it.
fn clip_at(v: I32F32, th: I32F32) -> Option<I32F32> {
    if th < v { (th > ZERO).then_some(th) } else { Some(v) }
}

/// Clips each weight at its column's consensus. Sparse quirk: an entry above a consensus that is not
/// positive is dropped instead of being written as 0; entries at or below consensus (even 0) stay.
pub fn col_clip_sparse(weights: &[SparseRow], consensus: &[I32F32]) -> Vec<SparseRow> {
    weights
        .iter()
        .map(|row| {
            collect_row(
                row.len(),
                row.iter().filter_map(|&(j, v)| {
                    Some((j, clip_at(v, consensus.get(j as usize).copied().unwrap_or(ZERO))?))
                }),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn f(num: i64, den: i64) -> I32F32 {
        I32F32::from_num(num) / I32F32::from_num(den)
    }

    #[test]
    fn weighted_median_chain_examples() {
        // subtensor tests/math.rs::test_math_weighted_median: majority 0.51.
        let score = vec![f(1, 2), f(1, 1)];
        let idx = vec![0, 1];
        let stake = vec![f(51, 100), f(49, 100)];
        let sum = stake[0] + stake[1];
        let minority = sum - f(51, 100);
        assert_eq!(weighted_median(&stake, &score, &idx, minority, ZERO, sum), f(1, 2));
        let stake = vec![f(49, 100), f(51, 100)];
        let sum = stake[0] + stake[1];
        let minority = sum - f(51, 100);
        assert_eq!(weighted_median(&stake, &score, &idx, minority, ZERO, sum), f(1, 1));
    }

    /// A column as the consensus sees it: scores with many ties and zeros, stakes (some 0) normalized
    /// like the chain's, and every kappa from 0 to 1 (so `minority` ranges from `Σ stake` down to
    /// slightly negative).
    fn column() -> impl Strategy<Value = (Vec<I32F32>, Vec<I32F32>, u16)> {
        (1usize..40).prop_flat_map(|k| {
            (
                proptest::collection::vec(
                    prop_oneof![Just(0i64), 0i64..4, 0i64..=(1i64 << 32), any::<i64>()],
                    k,
                ),
                proptest::collection::vec(prop_oneof![Just(0u64), 1u64..5, 0u64..(1 << 30)], k),
                prop_oneof![Just(0u16), Just(u16::MAX), Just(32767u16), any::<u16>()],
            )
                .prop_map(|(scores, raw, kappa)| {
                    let mut stake: Vec<I32F32> = raw.iter().map(|&r| I32F32::from_num(r)).collect();
                    inplace_normalize(&mut stake);
                    (scores.into_iter().map(I32F32::from_bits).collect(), stake, kappa)
                })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]

        #[test]
        fn quantile_equals_the_chains_weighted_median((score, stake, kappa) in column()) {
            let sum = wrapping_sum(stake.iter());
            let minority = sum.saturating_sub(super::super::math::u16_proportion_to_fixed(kappa));
            let idx: Vec<usize> = (0..score.len()).collect();
            let want = weighted_median(&stake, &score, &idx, minority, ZERO, sum);
            let mut buf: Vec<(i64, i64)> =
                score.iter().zip(&stake).map(|(v, s)| (v.to_bits(), s.to_bits())).collect();
            buf.resize(3 * score.len(), (0, 0));
            let got = weighted_quantile(&mut buf, score.len(), minority.to_bits());
            prop_assert_eq!(I32F32::from_bits(got), want);
        }
    }

    #[test]
    fn clip_and_rank_equals_the_separate_passes() {
        use super::super::math::{ONE, matmul_sparse, row_sum_sparse};
        // Unsorted rows, a duplicate column, a zero entry, a column past the end, a non-positive
        // consensus and a saturating rank.
        let big = I32F32::from_num(1_000_000_000);
        let w = vec![
            vec![(2u16, f(1, 2)), (0, f(1, 4)), (2, f(1, 8)), (1, ZERO), (5, f(1, 3))],
            vec![(1u16, f(3, 4)), (0, big), (2, f(1, 16))],
            vec![],
        ];
        let c = vec![f(1, 8), ZERO, f(1, 3)];
        let s = vec![big, big, ONE];
        let got = clip_and_rank(&w, &c, &s, 3);
        let clipped = col_clip_sparse(&w, &c);
        assert_eq!(got.row_sums, row_sum_sparse(&clipped));
        assert_eq!(got.preranks, matmul_sparse(&w, &s, 3));
        assert_eq!(got.ranks, matmul_sparse(&clipped, &s, 3));
        assert_eq!(got.weights, clipped);
        assert_eq!(got.preranks[0], I32F32::max_value());
    }

    #[test]
    fn clip_drops_above_zero_consensus() {
        let w = vec![vec![(0u16, f(1, 2)), (1, ZERO), (2, f(1, 4))]];
        let c = vec![ZERO, ZERO, f(1, 8)];
        assert_eq!(col_clip_sparse(&w, &c), vec![vec![(1, ZERO), (2, f(1, 8))]]);
    }
}
