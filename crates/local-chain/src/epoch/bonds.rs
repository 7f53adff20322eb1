//! Bonds: weights-for-bonds interpolation, the Yuma3 EMA (fixed or liquid alpha) and the legacy
//! (Yuma2) EMA, each returning the new bonds and the dividends exactly as subtensor's sparse epoch.

use std::borrow::Cow;
use std::collections::HashMap;

use substrate_fixed::transcendental::exp;
use substrate_fixed::types::{I32F32, I64F64};

use super::math::{
    FixedDivider, ONE, SparseMatrix, SparseRow, ZERO, clamp_value, col_sums_sparse, collect_row,
    inplace_col_max_upscale_sparse, inplace_col_normalize_sparse, inplace_normalize,
    matmul_transpose_sparse, mul_checked, mul_sat, safe_div_64, u16_proportion_to_fixed, vec_mul,
};

/// Liquid-alpha parameters, already converted to fixed point.
#[derive(Clone, Copy, Debug)]
pub struct LiquidAlpha {
    pub low: I32F32,
    pub high: I32F32,
    pub steepness: I32F32,
}

/// `W + ratio·(C − W)` (`interpolate_sparse`). The chain returns `W` or `C` *as stored* for ratio 0 or 1
/// (original entry order, zero entries kept); any other ratio rebuilds each row densely, ascending,
/// keeping only positive results.
pub fn interpolate_sparse<'a>(
    w: &'a [SparseRow],
    c: &'a [SparseRow],
    columns: usize,
    ratio: I32F32,
) -> Cow<'a, [SparseRow]> {
    if ratio == ZERO {
        return Cow::Borrowed(w);
    }
    if ratio == ONE || w.len() != c.len() {
        return Cow::Borrowed(c);
    }
    let mut d1 = vec![ZERO; columns];
    let mut d2 = vec![ZERO; columns];
    w.iter()
        .zip(c)
        .map(|(r1, r2)| {
            d1.iter_mut().for_each(|v| *v = ZERO);
            d2.iter_mut().for_each(|v| *v = ZERO);
            for &(j, v) in r1 {
                if let Some(e) = d1.get_mut(j as usize) {
                    *e = v;
                }
            }
            for &(j, v) in r2 {
                if let Some(e) = d2.get_mut(j as usize) {
                    *e = v;
                }
            }
            // Only columns present in either row can come out positive.
            collect_row(
                columns.min(r1.len() + r2.len()),
                d1.iter().zip(&d2).enumerate().filter_map(|(j, (&v1, &v2))| {
                    let x = v1.saturating_add(mul_sat(ratio, v2.saturating_sub(v1)));
                    (x > ZERO).then_some((j as u16, x))
                }),
            )
        })
        .collect::<SparseMatrix>()
        .into()
}

/// Bonds of rows `0..n` as fixed values (`get_bonds_sparse`): rows past `n` are not read, but columns
/// are *not* range-filtered (unlike weights). `proportion` divides by 65535 (Yuma3's stored format).
/// Bonds to uids registered at or after `last_tempo` are dropped (a missing registration block
/// counts as 0), as the chain's `mask_rows_whose_cols_are_recent` does right after reading.
pub fn read_bonds(
    bonds: &[Vec<(u16, u16)>],
    n: usize,
    proportion: bool,
    last_tempo: u64,
    block_at_registration: &[u64],
) -> SparseMatrix {
    let old_enough =
        |j: u16| last_tempo > block_at_registration.get(j as usize).copied().unwrap_or(0);
    (0..n)
        .map(|i| {
            bonds
                .get(i)
                .map(|row| {
                    collect_row(
                        row.len(),
                        row.iter().filter(|&&(j, _)| old_enough(j)).map(|&(j, v)| {
                            (
                                j,
                                if proportion {
                                    u16_proportion_to_fixed(v)
                                } else {
                                    I32F32::from_num(v)
                                },
                            )
                        }),
                    )
                })
                .unwrap_or_default()
        })
        .collect()
}

/// `B = α·new + (1−α)·old` over the union of entries (`mat_ema_sparse`): rows are rebuilt densely over
/// `n = rows` columns, ascending, keeping only positive values.
pub fn mat_ema_sparse(new: &[SparseRow], old: &[SparseRow], alpha: I32F32) -> SparseMatrix {
    let n = new.len();
    let one_minus = ONE.saturating_sub(alpha);
    let mut acc = vec![ZERO; n];
    new.iter()
        .enumerate()
        .map(|(i, new_row)| {
            let old_row = old.get(i).map_or(&[][..], Vec::as_slice);
            if new_row.is_empty() && old_row.is_empty() {
                return Vec::new();
            }
            acc.iter_mut().for_each(|v| *v = ZERO);
            for &(j, v) in new_row {
                if let Some(c) = acc.get_mut(j as usize) {
                    *c = c.saturating_add(mul_sat(alpha, v));
                }
            }
            for &(j, v) in old_row {
                if let Some(c) = acc.get_mut(j as usize) {
                    *c = c.saturating_add(mul_sat(one_minus, v));
                }
            }
            // Only columns present in either row can come out positive.
            collect_row(
                n.min(new_row.len() + old_row.len()),
                acc.iter().enumerate().filter(|(_, v)| **v > ZERO).map(|(j, v)| (j as u16, *v)),
            )
        })
        .collect()
}

/// EMA alpha `1 − bma/1e6` computed in `I64F64` and then cut to `I32F32`; negative for bma > 1e6.
pub fn fixed_alpha(bonds_moving_average: u64) -> I32F32 {
    let bma =
        safe_div_64(I64F64::saturating_from_num(bonds_moving_average), I64F64::from_num(1_000_000));
    ONE.saturating_sub(I32F32::saturating_from_num(bma))
}

/// `exp` with its input clamped to [−20, 20] (`exp_safe`), using substrate-fixed's series so the bits match.
fn exp_safe(x: I32F32) -> I32F32 {
    let lim = I32F32::from_num(20);
    let x = x.clamp(-lim, lim);
    match exp_series(x) {
        Ok(v) => v,
        Err(()) if x <= ZERO => ZERO,
        Err(()) => I32F32::max_value(),
    }
}

/// `floor(2^64 / i)` for the series divisors `i = 2..32` of [`exp_series`].
const SERIES_RECIP: [u64; 32] = {
    let mut r = [0u64; 32];
    let mut i = 2;
    while i < 32 {
        r[i] = ((1u128 << 64) / i as u128) as u64;
        i += 1;
    }
    r
};

/// `t / i` truncated toward zero for a series divisor `i` in `2..32`: for `t ≥ 0` a multiply by the
/// reciprocal, exact after the one-step remainder correction (same argument as `FixedDivider`).
fn div_series(t: i64, i: usize) -> i64 {
    let (Ok(u), Some(&recip)) = (u64::try_from(t), SERIES_RECIP.get(i)) else {
        return t / i as i64;
    };
    let d = i as u64;
    let q0 = ((u as u128 * recip as u128) >> 64) as u64;
    (if u - q0 * d >= d { q0 + 1 } else { q0 }) as i64
}

/// substrate-fixed's `exp::<I32F32, I32F32>` step for step — the same 30 series terms, the same checked
/// operations failing at the same points — with its two costly operations replaced by exact
/// equivalents: the term product by [`mul_checked`], and the checked division by `from_num(i)`, whose
/// `i128` quotient `(term·2^32) / (i·2^32)` truncated toward zero is `term / i` truncated toward zero
/// (the bits' integer division, which cannot overflow). Once a term is 0 every later term is 0 and
/// adds nothing, so the loop stops there.
fn exp_series(x: I32F32) -> Result<I32F32, ()> {
    if x == ZERO {
        return Ok(ONE);
    }
    if x == ONE {
        // The library returns its constant `e` here.
        return exp::<I32F32, I32F32>(x);
    }
    let neg = x < ZERO;
    let operand = if neg { x.checked_neg().ok_or(())? } else { x };
    let mut result = operand.checked_add(ONE).ok_or(())?;
    let mut term = operand;
    for i in 2..32usize {
        term = mul_checked(term, operand).ok_or(())?;
        term = I32F32::from_bits(div_series(term.to_bits(), i));
        if term == ZERO {
            break;
        }
        result = result.checked_add(term).ok_or(())?;
    }
    if neg {
        result = ONE.checked_div(result).ok_or(())?;
    }
    Ok(result)
}

/// The distance the sigmoid is evaluated at: `clamp(w − c, 0, 1)` when buying (`w ≥ b`), else
/// `clamp(b − w, 0, 1)`.
fn sigmoid_distance(c: I32F32, w: I32F32, b: I32F32) -> I32F32 {
    if w >= b {
        clamp_value(w.saturating_sub(c), ZERO, ONE)
    } else {
        clamp_value(b.saturating_sub(w), ZERO, ONE)
    }
}

/// Per-entry liquid alpha (`alpha_sigmoid`) for consensus `c`, weight `w` and old bond `b`.
pub fn alpha_sigmoid(c: I32F32, w: I32F32, b: I32F32, la: &LiquidAlpha) -> I32F32 {
    alpha_at_distance(sigmoid_distance(c, w, b), la)
}

/// `clamp(low + σ(d)·(high − low), low, high)` with `σ(d) = 1 / (1 + exp_safe(steepness/−100 · (d − ½)))`.
fn alpha_at_distance(diff: I32F32, la: &LiquidAlpha) -> I32F32 {
    let half = I32F32::from_bits(1 << 31);
    let slope = la.steepness.saturating_div(I32F32::from_num(-100));
    let sigmoid = ONE.saturating_div(
        ONE.saturating_add(exp_safe(slope.saturating_mul(diff.saturating_sub(half)))),
    );
    let alpha = la.low.saturating_add(sigmoid.saturating_mul(la.high.saturating_sub(la.low)));
    clamp_value(alpha, la.low, la.high)
}

/// Looks up, for every column `0..n`, the value a row walk with a peeking cursor finds, the way
/// `compute_liquid_alpha_values_sparse` does: it assumes ascending columns, so in an unsorted row
/// entries that come after a larger column are never seen (chain quirk, replicated).
fn walk_row(row: &[(u16, I32F32)], n: usize, out: &mut [I32F32]) {
    out.iter_mut().for_each(|v| *v = ZERO);
    let mut pos = 0usize;
    for (j, slot) in out.iter_mut().enumerate().take(n) {
        while let Some(&(c, v)) = row.get(pos) {
            let c = c as usize;
            if c < j {
                pos += 1;
            } else {
                if c == j {
                    *slot = v;
                }
                break;
            }
        }
    }
}

/// Liquid-alpha EMA (`compute_liquid_alpha_values_sparse` + `mat_ema_alpha_sparse`): only the columns
/// present in the new row are produced (old bonds elsewhere are dropped, not decayed), in the new row's
/// order; each value is `min(1, (1−α)·b_old + max(0, α·w))` and kept if positive.
pub fn mat_ema_liquid(
    new: &[SparseRow],
    old: &[SparseRow],
    consensus: &[I32F32],
    la: &LiquidAlpha,
) -> SparseMatrix {
    let n = consensus.len();
    if new.len() != old.len() {
        return new.to_vec();
    }
    let mut w_seen = vec![ZERO; n];
    let mut b_seen = vec![ZERO; n];
    let mut decayed = vec![ZERO; n];
    let mut alpha = vec![ZERO; n];
    let mut have_alpha = vec![false; n];
    let mut memo: HashMap<i64, I32F32> = HashMap::new();
    new.iter()
        .zip(old)
        .map(|(new_row, old_row)| {
            walk_row(new_row, n, &mut w_seen);
            walk_row(old_row, n, &mut b_seen);
            have_alpha.iter_mut().for_each(|h| *h = false);
            // Alphas are only ever read at columns of this row's old and new entries; compute lazily,
            // and memoize by distance (the series `exp` dominates the cost; many entries share a
            // distance, e.g. 0 for every weight at or below consensus).
            let mut alpha_at = |j: usize| -> I32F32 {
                if !have_alpha[j] {
                    let d = sigmoid_distance(consensus[j], w_seen[j], b_seen[j]);
                    alpha[j] = *memo.entry(d.to_bits()).or_insert_with(|| alpha_at_distance(d, la));
                    have_alpha[j] = true;
                }
                alpha[j]
            };
            decayed.iter_mut().for_each(|v| *v = ZERO);
            for &(j, b) in old_row {
                let j = j as usize;
                if j < n {
                    decayed[j] = mul_sat(ONE.saturating_sub(alpha_at(j)), b);
                }
            }
            collect_row(
                new_row.len(),
                new_row.iter().filter_map(|&(j, w)| {
                    let ju = j as usize;
                    if ju >= n {
                        return None;
                    }
                    let inc = mul_sat(alpha_at(ju), w).max(ZERO);
                    let v = decayed[ju].saturating_add(inc).min(ONE);
                    (v > ZERO).then_some((j, v))
                }),
            )
        })
        .collect()
}

/// Yuma3 bonds and dividends. Returns `(ema_bonds, dividends)`; the EMA bonds are stored as
/// u16 proportions without normalization.
pub fn yuma3(
    weights_for_bonds: &[SparseRow],
    old_bonds: &[SparseRow],
    consensus: &[I32F32],
    incentive: &[I32F32],
    active_stake: &[I32F32],
    liquid: Option<&LiquidAlpha>,
    bonds_moving_average: u64,
) -> (SparseMatrix, Vec<I32F32>) {
    let n = weights_for_bonds.len();
    let ema = match liquid {
        Some(la) if consensus.iter().any(|c| *c != ZERO) => {
            mat_ema_liquid(weights_for_bonds, old_bonds, consensus, la)
        }
        _ => mat_ema_sparse(weights_for_bonds, old_bonds, fixed_alpha(bonds_moving_average)),
    };
    // Column-normalize a view of the EMA and take `mat_vec_mul_sparse` with the incentive, row by row,
    // without materializing either matrix: the chain drops products that come out exactly 0 before its
    // (wrapping) row sum, which changes nothing, and entries past the incentive are skipped.
    let col_sum: Vec<FixedDivider> =
        col_sums_sparse(&ema, n).into_iter().map(FixedDivider::new).collect();
    let per_validator: Vec<I32F32> = ema
        .iter()
        .map(|row| {
            let sum = row.iter().fold(0i64, |acc, &(j, v)| {
                let Some(&x) = incentive.get(j as usize) else {
                    return acc;
                };
                let v = match col_sum.get(j as usize) {
                    Some(d) if !d.is_zero() => d.div(v),
                    _ => v,
                };
                acc.wrapping_add(mul_sat(v, x).to_bits())
            });
            I32F32::from_bits(sum)
        })
        .collect();
    let mut dividends = vec_mul(&per_validator, active_stake);
    inplace_normalize(&mut dividends);
    (ema, dividends)
}

/// Legacy (Yuma2) bonds and dividends: ΔB = W∘S column-normalized, EMA with the fixed alpha against
/// the column-normalized old bonds, column-normalized again; dividends `B·incentive`; the stored bonds
/// are the EMA column-max-upscaled.
pub fn legacy(
    weights_for_bonds: &[SparseRow],
    mut old_bonds: SparseMatrix,
    incentive: &[I32F32],
    active_stake: &[I32F32],
    bonds_moving_average: u64,
) -> (SparseMatrix, Vec<I32F32>) {
    let n = weights_for_bonds.len();
    inplace_col_normalize_sparse(&mut old_bonds, n);
    let mut delta: SparseMatrix = weights_for_bonds
        .iter()
        .zip(active_stake)
        .map(|(row, &s)| row.iter().map(|&(j, w)| (j, mul_sat(w, s))).collect())
        .collect();
    inplace_col_normalize_sparse(&mut delta, n);
    // The chain computes this alpha with saturating conversions (compute_ema_bonds_normal_sparse).
    let mut ema = mat_ema_sparse(&delta, &old_bonds, fixed_alpha(bonds_moving_average));
    inplace_col_normalize_sparse(&mut ema, n);
    let mut dividends = matmul_transpose_sparse(&ema, incentive);
    inplace_normalize(&mut dividends);
    inplace_col_max_upscale_sparse(&mut ema, n);
    (ema, dividends)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(num: i64, den: i64) -> I32F32 {
        I32F32::from_num(num) / I32F32::from_num(den)
    }

    #[test]
    fn interpolate_returns_inputs_verbatim_at_the_ends() {
        let w = vec![vec![(2u16, f(1, 2)), (0, ZERO)]];
        let c = vec![vec![(2u16, f(1, 4))]];
        assert_eq!(interpolate_sparse(&w, &c, 3, ZERO), w);
        assert_eq!(interpolate_sparse(&w, &c, 3, ONE), c);
        // Halfway: rebuilt ascending, zero results dropped.
        assert_eq!(interpolate_sparse(&w, &c, 3, f(1, 2)), vec![vec![(2, f(3, 8))]]);
    }

    #[test]
    fn unsorted_rows_hide_later_columns_from_the_walk() {
        let mut seen = vec![ZERO; 6];
        walk_row(&[(5, f(1, 2)), (2, f(1, 4))], 6, &mut seen);
        assert_eq!(seen[5], f(1, 2));
        assert_eq!(seen[2], ZERO);
        walk_row(&[(2, f(1, 4)), (5, f(1, 2))], 6, &mut seen);
        assert_eq!(seen[2], f(1, 4));
    }

    #[test]
    fn liquid_alpha_stays_in_bounds_for_any_steepness() {
        for steepness in [-1000i16, 0, 1000, i16::MAX, i16::MIN] {
            let la = LiquidAlpha {
                low: f(1, 10),
                high: f(3, 10),
                steepness: I32F32::from_num(steepness),
            };
            for (c, w, b) in [(ZERO, ONE, ZERO), (ONE, ZERO, ONE), (f(1, 2), f(1, 2), ZERO)] {
                let a = alpha_sigmoid(c, w, b, &la);
                assert!(a >= la.low && a <= la.high, "steepness {steepness}: {a}");
            }
        }
        // Zero steepness: sigmoid(0) = 1/2 exactly, so alpha is the midpoint (floored).
        let la = LiquidAlpha { low: f(1, 10), high: f(3, 10), steepness: ZERO };
        let mid = la.low + (la.high - la.low) / I32F32::from_num(2);
        assert_eq!(alpha_sigmoid(ZERO, ZERO, ZERO, &la), mid);
    }

    #[test]
    fn exp_series_equals_substrate_fixed_exp() {
        let lim = 20i64 << 32;
        let mut xs: Vec<i64> = vec![0, 1, -1, 1 << 32, -(1 << 32), lim, -lim, lim - 1, -lim + 1];
        // A sweep over the whole clamped range plus points around each whole number.
        xs.extend((-lim..=lim).step_by(1 << 21));
        xs.extend(
            (-20i64..=20).flat_map(|k| [(k << 32) - 1, (k << 32) + 1, (k << 32) + (1 << 31)]),
        );
        for bits in xs {
            let x = I32F32::from_bits(bits);
            assert_eq!(exp_series(x), exp::<I32F32, I32F32>(x), "exp({x}) bits {bits}");
        }
    }

    proptest::proptest! {
        #[test]
        fn exp_series_equals_substrate_fixed_exp_anywhere(bits in -(21i64 << 32)..(21i64 << 32)) {
            let x = I32F32::from_bits(bits);
            proptest::prop_assert_eq!(exp_series(x), exp::<I32F32, I32F32>(x));
        }
    }

    #[test]
    fn fixed_alpha_goes_negative_past_one_million() {
        assert_eq!(fixed_alpha(1_000_000), ZERO);
        assert_eq!(fixed_alpha(2_000_000), -ONE);
        assert_eq!(fixed_alpha(0), ONE);
    }
}
