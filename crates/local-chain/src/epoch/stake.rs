//! Stake vector, validator permits and active stake (the first part of `epoch_mechanism`).

use substrate_fixed::types::{I32F32, I64F64, U96F32};

use super::math::{inplace_mask_vector, inplace_normalize, inplace_normalize_64, is_topk_nonzero};

/// `TaoWeight / u64::MAX`, computed in `U96F32` like `get_tao_weight`, then widened to `I64F64`.
pub fn tao_weight(raw: u64) -> I64F64 {
    let w = U96F32::from_num(raw)
        .checked_div(U96F32::from_num(u64::MAX))
        .unwrap_or(U96F32::from_bits(0));
    I64F64::saturating_from_num(w)
}

/// Total stake per uid: `alpha + tao·tao_weight` in `I64F64` (saturating), for uids `0..n`;
/// a uid missing from the input vectors has stake 0 (no hotkey in `Keys`).
pub fn total_stake(alpha: &[u64], tao: &[u64], tao_weight_raw: u64, n: usize) -> Vec<I64F64> {
    let tw = tao_weight(tao_weight_raw);
    (0..n)
        .map(|i| {
            let a = I64F64::saturating_from_num(alpha.get(i).copied().unwrap_or(0));
            let t = I64F64::saturating_from_num(tao.get(i).copied().unwrap_or(0));
            a.saturating_add(t.saturating_mul(tw))
        })
        .collect()
}

/// Normalized stake `S`: the threshold filter compares `floor(total)` before normalization and
/// exempts the owner uid; the `I64F64` shares are then truncated to `I32F32`.
pub fn normalized_stake(total: &[I64F64], threshold: u64, owner_uid: Option<u16>) -> Vec<I32F32> {
    let mut filtered: Vec<I64F64> = total
        .iter()
        .enumerate()
        .map(|(uid, &s)| {
            if owner_uid != Some(uid as u16) && s.saturating_to_num::<u64>() < threshold {
                I64F64::from_bits(0)
            } else {
                s
            }
        })
        .collect();
    inplace_normalize_64(&mut filtered);
    filtered.into_iter().map(I32F32::saturating_from_num).collect()
}

/// Previous permits with the owner forced on (the vector keeps its stored length).
pub fn old_permits(stored: &[bool], owner_uid: Option<u16>) -> Vec<bool> {
    let mut p = stored.to_vec();
    if let Some(o) = owner_uid
        && let Some(cell) = p.get_mut(o as usize)
    {
        *cell = true;
    }
    p
}

/// New permits: top-k non-zero stake, plus the owner.
pub fn new_permits(stake: &[I32F32], k: u16, owner_uid: Option<u16>) -> Vec<bool> {
    let mut p = is_topk_nonzero(stake, k as usize);
    if let Some(o) = owner_uid
        && let Some(cell) = p.get_mut(o as usize)
    {
        *cell = true;
    }
    p
}

/// Active stake: `S` with inactive uids and uids without an old permit zeroed, renormalized.
/// `forbids` shorter than `n` masks the tail, but an empty one masks nothing (chain quirk).
pub fn active_stake(stake: &[I32F32], inactive: &[bool], forbids: &[bool]) -> Vec<I32F32> {
    let mut a = stake.to_vec();
    inplace_mask_vector(inactive, &mut a);
    inplace_mask_vector(forbids, &mut a);
    inplace_normalize(&mut a);
    a
}
