//! Fixed-point vector and sparse-matrix primitives of the Yuma epoch (subtensor `epoch/math.rs` semantics).
//!
//! Every helper reproduces the chain's arithmetic exactly: `I32F32` products floor, divisions truncate,
//! "safe" divisions return 0 on a zero divisor *or* on overflow (`checked_div(..).unwrap_or_default()`),
//! and plain `iter().sum()` on the chain is the fixed type's `Add`, which wraps in the (release-built)
//! runtime, so the plain sums here wrap on purpose instead of panicking.

use substrate_fixed::types::{I32F32, I64F64};

/// One sparse row: `(column, value)` in stored order (order matters, see the module docs of `bonds`).
pub type SparseRow = Vec<(u16, I32F32)>;
/// A sparse matrix: one row per uid.
pub type SparseMatrix = Vec<SparseRow>;

/// `0` as `I32F32`.
pub const ZERO: I32F32 = I32F32::from_bits(0);
/// `1` as `I32F32`.
pub const ONE: I32F32 = I32F32::from_bits(1 << 32);
/// `65535` as `I32F32` (the u16 proportion scale).
pub const U16_MAX: I32F32 = I32F32::from_bits((u16::MAX as i64) << 32);

/// The chain's `safe_div` on fixed types: 0 when dividing by zero or when the quotient overflows.
///
/// substrate-fixed divides `x·2^32` by `d` in `i128` (a software division). For `x ≥ 0, d > 0` the
/// truncated quotient is `floor(x·2^32 / d)`, which equals `floor(x·2^(32−t) / (d/2^t))` for any `t` not
/// above `d`'s trailing zero bits (numerator and denominator are both divided by `2^t` exactly); when
/// that numerator fits in 64 bits a hardware `u64` division gives the same integer. Normalizing by a
/// sum of `u16` weights (`t = 32`) and fractions below 1 (`t = 0`) take this path; anything else
/// (negative operands, large numerators) goes through substrate-fixed unchanged.
#[inline]
pub fn safe_div(x: I32F32, d: I32F32) -> I32F32 {
    let (a, b) = (x.to_bits(), d.to_bits());
    if a >= 0 && b > 0 {
        let t = b.trailing_zeros().min(32);
        let num = (a as u128) << (32 - t);
        if let Ok(num) = u64::try_from(num) {
            let q = num / ((b as u64) >> t);
            // The chain's overflow check: the quotient must fit the signed 64-bit bits.
            return i64::try_from(q).map_or(ZERO, I32F32::from_bits);
        }
    }
    x.checked_div(d).unwrap_or(ZERO)
}

/// [`safe_div`] by one divisor for many dividends, with a multiply by a precomputed reciprocal in place
/// of the `u64` division: for `D ≥ 2` and `M = floor(2^64 / D)`, `q0 = floor(N·M / 2^64)` is within one
/// below `floor(N / D)` (`N/D − N·M/2^64 = N·(2^64/D − M)/2^64 < N/2^64 < 1`), and the remainder test
/// `N − q0·D ≥ D` adds that one back — so the quotient is exact, not an approximation.
#[derive(Clone, Copy, Debug)]
pub struct FixedDivider {
    d: I32F32,
    /// `32 − t` (see [`safe_div`]); 0 with `reduced == 0` when the fast path never applies.
    shift: u32,
    /// `d / 2^t`, or 0 when `d ≤ 0`.
    reduced: u64,
    /// `floor(2^64 / reduced)` for `reduced ≥ 2`.
    recip: u64,
}

impl FixedDivider {
    pub fn new(d: I32F32) -> Self {
        let b = d.to_bits();
        if b <= 0 {
            return Self { d, shift: 0, reduced: 0, recip: 0 };
        }
        let t = b.trailing_zeros().min(32);
        let reduced = (b as u64) >> t;
        let recip = if reduced >= 2 { ((1u128 << 64) / reduced as u128) as u64 } else { 0 };
        Self { d, shift: 32 - t, reduced, recip }
    }

    /// Whether the divisor is 0 (every quotient is then 0).
    pub fn is_zero(&self) -> bool {
        self.d == ZERO
    }

    /// `safe_div(x, d)`, bit for bit.
    #[inline]
    pub fn div(&self, x: I32F32) -> I32F32 {
        let a = x.to_bits();
        if a >= 0
            && self.reduced != 0
            && let Ok(num) = u64::try_from((a as u128) << self.shift)
        {
            let q = if self.reduced == 1 {
                num
            } else {
                let q0 = ((num as u128 * self.recip as u128) >> 64) as u64;
                if num - q0 * self.reduced >= self.reduced { q0 + 1 } else { q0 }
            };
            return i64::try_from(q).map_or(ZERO, I32F32::from_bits);
        }
        safe_div(x, self.d)
    }
}

/// `x.saturating_mul(y)` with one 64×64→128-bit multiply. substrate-fixed forms `x · (y·2^32)` in
/// `i128` and saturates when that overflows, i.e. exactly when `x·y ∉ [−2^95, 2^95)`, i.e. exactly
/// when `floor(x·y / 2^32)` (its result otherwise) leaves the `i64` range; the saturation sign is
/// the sign of the product in both.
#[inline]
pub fn mul_sat(x: I32F32, y: I32F32) -> I32F32 {
    match mul_checked(x, y) {
        Some(p) => p,
        None if (x.to_bits() < 0) != (y.to_bits() < 0) => I32F32::min_value(),
        None => I32F32::max_value(),
    }
}

/// `x.checked_mul(y)` (same overflow condition as [`mul_sat`], `None` instead of saturating).
#[inline]
pub fn mul_checked(x: I32F32, y: I32F32) -> Option<I32F32> {
    let p = (x.to_bits() as i128) * (y.to_bits() as i128);
    i64::try_from(p >> 32).ok().map(I32F32::from_bits)
}

/// `safe_div` for `I64F64`.
pub fn safe_div_64(x: I64F64, d: I64F64) -> I64F64 {
    x.checked_div(d).unwrap_or(I64F64::from_bits(0))
}

/// `iter().sum()` as the runtime computes it: wrapping addition of the raw bits.
pub fn wrapping_sum<'a>(x: impl IntoIterator<Item = &'a I32F32>) -> I32F32 {
    I32F32::from_bits(x.into_iter().fold(0i64, |acc, v| acc.wrapping_add(v.to_bits())))
}

/// `u16(x * 65535)`, truncated and saturated: how every u16 proportion is stored on chain.
#[inline]
pub fn fixed_proportion_to_u16(x: I32F32) -> u16 {
    mul_sat(x, U16_MAX).saturating_to_num::<u16>()
}

/// `x / 65535` (a stored u16 proportion back to a fixed fraction), i.e. `safe_div(x, 65535)`: with
/// both operands whole numbers the quotient bits are `floor(x·2^64 / (65535·2^32)) =
/// floor(x·2^32 / 65535)`, a division by a constant the compiler turns into a multiply.
#[inline]
pub fn u16_proportion_to_fixed(x: u16) -> I32F32 {
    I32F32::from_bits((((x as u64) << 32) / (u16::MAX as u64)) as i64)
}

/// Normalizes in place to sum 1 unless the (wrapping) sum is 0.
pub fn inplace_normalize(x: &mut [I32F32]) {
    let sum = wrapping_sum(x.iter());
    if sum == ZERO {
        return;
    }
    let sum = FixedDivider::new(sum);
    x.iter_mut().for_each(|v| *v = sum.div(*v));
}

/// Divides by a given sum unless it is 0 (`inplace_normalize_using_sum`).
pub fn inplace_normalize_using_sum(x: &mut [I32F32], sum: I32F32) {
    if sum == ZERO {
        return;
    }
    let sum = FixedDivider::new(sum);
    x.iter_mut().for_each(|v| *v = sum.div(*v));
}

/// `I64F64` normalization (stake): wrapping sum, no-op on a zero sum.
pub fn inplace_normalize_64(x: &mut [I64F64]) {
    let sum = I64F64::from_bits(x.iter().fold(0i128, |acc, v| acc.wrapping_add(v.to_bits())));
    if sum == I64F64::from_bits(0) {
        return;
    }
    x.iter_mut().for_each(|v| *v = safe_div_64(*v, sum));
}

/// Top-k among non-zero values: ascending *stable* sort by value, the first `n - k` lose, so on ties
/// the lower uids are dropped first. With `n < k` every non-zero entry is kept.
pub fn is_topk_nonzero(x: &[I32F32], k: usize) -> Vec<bool> {
    let n = x.len();
    let mut out: Vec<bool> = x.iter().map(|v| *v != ZERO).collect();
    if n < k {
        return out;
    }
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by_key(|&i| x[i]);
    for &i in idx.iter().take(n - k) {
        out[i] = false;
    }
    out
}

/// Zeroes `x[i]` where `mask[i]` is true; indices past the mask's end count as masked, but an
/// *empty* mask masks nothing (the chain returns early on it).
pub fn inplace_mask_vector(mask: &[bool], x: &mut [I32F32]) {
    if mask.is_empty() {
        return;
    }
    for (i, v) in x.iter_mut().enumerate() {
        if mask.get(i).copied().unwrap_or(true) {
            *v = ZERO;
        }
    }
}

/// Collects a row whose length is at most `bound`, allocating once (a filtered iterator would
/// otherwise grow the row by doubling; rows are built for every permitted uid in every epoch).
pub fn collect_row<T>(bound: usize, items: impl Iterator<Item = T>) -> Vec<T> {
    let mut row = Vec::with_capacity(bound);
    row.extend(items);
    row
}

/// Row sums (wrapping, like the chain's `.sum()`).
pub fn row_sum_sparse(m: &[SparseRow]) -> Vec<I32F32> {
    m.iter()
        .map(|row| {
            I32F32::from_bits(row.iter().fold(0i64, |a, (_, v)| a.wrapping_add(v.to_bits())))
        })
        .collect()
}

/// Divides each row by its sum when that sum is positive.
pub fn inplace_row_normalize_sparse(m: &mut [SparseRow]) {
    for row in m.iter_mut() {
        let sum = I32F32::from_bits(row.iter().fold(0i64, |a, (_, v)| a.wrapping_add(v.to_bits())));
        if sum > ZERO {
            let sum = FixedDivider::new(sum);
            row.iter_mut().for_each(|(_, v)| *v = sum.div(*v));
        }
    }
}

/// Saturating column sums (in row order) of columns `0..columns`; other columns are ignored.
pub fn col_sums_sparse(m: &[SparseRow], columns: usize) -> Vec<I32F32> {
    let mut col_sum = vec![ZERO; columns];
    for row in m.iter() {
        for &(j, v) in row {
            if let Some(s) = col_sum.get_mut(j as usize) {
                *s = s.saturating_add(v);
            }
        }
    }
    col_sum
}

/// Divides each entry by its column's saturating sum; columns `>= columns` are left untouched.
pub fn inplace_col_normalize_sparse(m: &mut [SparseRow], columns: usize) {
    let col_sum: Vec<FixedDivider> =
        col_sums_sparse(m, columns).into_iter().map(FixedDivider::new).collect();
    for row in m.iter_mut() {
        for (j, v) in row.iter_mut() {
            if let Some(d) = col_sum.get(*j as usize)
                && !d.is_zero()
            {
                *v = d.div(*v);
            }
        }
    }
}

/// Divides each entry by its column's maximum (legacy bond storage format).
pub fn inplace_col_max_upscale_sparse(m: &mut [SparseRow], columns: usize) {
    let mut col_max = vec![ZERO; columns];
    for row in m.iter() {
        for &(j, v) in row {
            if let Some(c) = col_max.get_mut(j as usize)
                && *c < v
            {
                *c = v;
            }
        }
    }
    let col_max: Vec<FixedDivider> = col_max.into_iter().map(FixedDivider::new).collect();
    for row in m.iter_mut() {
        for (j, v) in row.iter_mut() {
            if let Some(c) = col_max.get(*j as usize)
                && !c.is_zero()
            {
                *v = c.div(*v);
            }
        }
    }
}

/// `r_j = Σ_i s_i · m_ij` (saturating, accumulated in row order); entries in columns `>= columns` are ignored.
pub fn matmul_sparse(m: &[SparseRow], s: &[I32F32], columns: usize) -> Vec<I32F32> {
    let mut out = vec![ZERO; columns];
    for (i, row) in m.iter().enumerate() {
        let scale = s.get(i).copied().unwrap_or(ZERO);
        for &(j, v) in row {
            if let Some(r) = out.get_mut(j as usize) {
                *r = r.saturating_add(mul_sat(scale, v));
            }
        }
    }
    out
}

/// `d_i = Σ_j m_ij · v_j` (saturating; missing `v_j` counts as 0).
pub fn matmul_transpose_sparse(m: &[SparseRow], v: &[I32F32]) -> Vec<I32F32> {
    m.iter()
        .map(|row| {
            row.iter().fold(ZERO, |acc, &(j, x)| {
                let vj = v.get(j as usize).copied().unwrap_or(ZERO);
                acc.saturating_add(mul_sat(vj, x))
            })
        })
        .collect()
}

/// Element-wise product; an overflowing product becomes 0 (`checked_mul(..).unwrap_or_default()`).
pub fn vec_mul(a: &[I32F32], b: &[I32F32]) -> Vec<I32F32> {
    a.iter().zip(b).map(|(x, y)| mul_checked(*x, *y).unwrap_or(ZERO)).collect()
}

/// `x_i / y_i`, 0 where `y_i` is 0 (or missing).
pub fn vecdiv(x: &[I32F32], y: &[I32F32]) -> Vec<I32F32> {
    x.iter().enumerate().map(|(i, xi)| safe_div(*xi, y.get(i).copied().unwrap_or(ZERO))).collect()
}

/// Max-upscales a vector to u16 (`vec_max_upscale_to_u16`, used for the legacy pruning score):
/// values are scaled so the maximum becomes 65535 and then rounded (ties away from zero).
pub fn vec_max_upscale_to_u16(x: &[I32F32]) -> Vec<u16> {
    let threshold = I32F32::from_num(32768);
    let Some(&max) = x.iter().max() else {
        return Vec::new();
    };
    if max == ZERO {
        return x.iter().map(|e| e.saturating_mul(U16_MAX).saturating_to_num::<u16>()).collect();
    }
    if max > threshold {
        // The chain divides first here to avoid overflowing `e * 65535`.
        let scale = safe_div(U16_MAX, max);
        return x
            .iter()
            .map(|e| e.saturating_mul(scale).round().saturating_to_num::<u16>())
            .collect();
    }
    x.iter()
        .map(|e| safe_div(e.saturating_mul(U16_MAX), max).round().saturating_to_num::<u16>())
        .collect()
}

/// Clamps to `[low, high]` as the chain does (`min(high)` first, then `max(low)`).
pub fn clamp_value(x: I32F32, low: I32F32, high: I32F32) -> I32F32 {
    x.min(high).max(low)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fx(bits: i64) -> I32F32 {
        I32F32::from_bits(bits)
    }

    /// Bit patterns that hit every branch of the fast paths: signs, zero, ±1, powers of two and
    /// their neighbours, values just below/above the 64-bit numerator limit, extremes.
    fn edge_bits() -> impl Strategy<Value = i64> {
        prop_oneof![
            any::<i64>(),
            -(1i64 << 40)..(1i64 << 40),
            0i64..(1i64 << 33),
            (0u32..63, -2i64..=2).prop_map(|(p, d)| (1i64 << p).wrapping_add(d)),
            (0u32..31, any::<u16>()).prop_map(|(p, v)| ((v as i64) << 32) << p),
            Just(i64::MAX),
            Just(i64::MIN),
            Just(0),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn fast_mul_and_div_equal_substrate_fixed(a in edge_bits(), b in edge_bits()) {
            let (x, y) = (fx(a), fx(b));
            prop_assert_eq!(mul_sat(x, y), x.saturating_mul(y));
            prop_assert_eq!(mul_checked(x, y), x.checked_mul(y));
            let reference = x.checked_div(y).unwrap_or(ZERO);
            prop_assert_eq!(safe_div(x, y), reference);
            prop_assert_eq!(FixedDivider::new(y).div(x), reference);
        }
    }

    #[test]
    fn u16_proportion_matches_the_division() {
        for x in 0..=u16::MAX {
            assert_eq!(
                u16_proportion_to_fixed(x),
                I32F32::from_num(x).checked_div(U16_MAX).unwrap()
            );
        }
    }

    #[test]
    fn max_upscale_matches_chain_test_vector() {
        // subtensor tests/math.rs::test_vec_max_upscale_to_u16, second case.
        let v: Vec<I32F32> = [0, 1 << 31, 1 << 32, 3 << 31, 2 << 32, 32768 << 32, 32769 << 32]
            .iter()
            .map(|&b| fx(b))
            .collect();
        assert_eq!(vec_max_upscale_to_u16(&v), vec![0, 1, 2, 3, 4, 65533, 65535]);
    }

    #[test]
    fn topk_drops_lower_uids_on_ties() {
        let v = vec![fx(5), fx(5), fx(5), fx(0), fx(7)];
        assert_eq!(is_topk_nonzero(&v, 2), vec![false, false, true, false, true]);
        assert_eq!(is_topk_nonzero(&v, 9), vec![true, true, true, false, true]);
    }

    #[test]
    fn normalize_truncates() {
        let mut v = vec![ONE; 10];
        inplace_normalize(&mut v);
        // 1/10 truncated: 429496729 / 2^32 = 0.0999999998 (chain's test_10_graph).
        assert!(v.iter().all(|x| x.to_bits() == 429_496_729));
    }

    #[test]
    fn empty_mask_masks_nothing() {
        let mut v = vec![ONE, ONE];
        inplace_mask_vector(&[], &mut v);
        assert_eq!(v, vec![ONE, ONE]);
        inplace_mask_vector(&[false], &mut v);
        assert_eq!(v, vec![ONE, ZERO]);
    }
}
