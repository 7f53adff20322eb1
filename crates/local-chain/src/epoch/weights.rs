//! Weight-matrix preprocessing: reading, permit/diagonal/outdated/commit-reveal masks, row normalization.

use substrate_fixed::types::I32F32;

use super::math::{SparseMatrix, collect_row, inplace_row_normalize_sparse};

/// Everything the masks need, borrowed from the epoch input.
pub struct MaskContext<'a> {
    pub forbids: &'a [bool],
    pub owner_uid: Option<u16>,
    pub last_update: &'a [u64],
    pub block_at_registration: &'a [u64],
    /// `Some(c)` when commit-reveal is on: per uid the earliest live commit block (`u64::MAX` = none).
    pub commit_blocks: Option<Vec<u64>>,
}

/// Reads rows `0..n` keeping only columns `< n` (`get_weights_sparse`, stored order), applies the
/// masks in the chain's order and row-normalizes:
/// 1. rows of uids without an old permit are emptied (a row past the mask's end counts as forbidden);
/// 2. the diagonal is dropped except the owner's self-weight;
/// 3. `(i, j)` is dropped when `last_update_i <= block_at_registration_j` (weights older than j's registration);
/// 4. with commit-reveal, `(i, j)` is dropped when `commit_block_i < block_at_registration_j`.
///
/// One pass per row: the chain's read, masks and normalization each only filter or scale entries in
/// place, so reading the surviving entries straight into the output row gives the same rows.
pub fn preprocess(weights: &[Vec<(u16, u16)>], n: usize, ctx: &MaskContext<'_>) -> SparseMatrix {
    let reg = |j: u16| ctx.block_at_registration.get(j as usize).copied().unwrap_or(0);
    let mut w: SparseMatrix = (0..n)
        .map(|i| {
            let Some(stored) = weights.get(i) else {
                return Vec::new();
            };
            if ctx.forbids.get(i).copied().unwrap_or(true) {
                return Vec::new();
            }
            let updated = ctx.last_update.get(i).copied().unwrap_or(0);
            let commit = ctx.commit_blocks.as_ref().map(|c| c.get(i).copied().unwrap_or(0));
            collect_row(
                stored.len(),
                stored
                    .iter()
                    .filter(|&&(j, _)| {
                        let in_range = (j as usize) < n;
                        let diag_ok = i != j as usize || ctx.owner_uid == Some(j);
                        let outdated = updated <= reg(j);
                        let uncommitted = commit.is_some_and(|cb| cb < reg(j));
                        in_range && diag_ok && !outdated && !uncommitted
                    })
                    .map(|&(j, v)| (j, I32F32::from_num(v))),
            )
        })
        .collect();
    inplace_row_normalize_sparse(&mut w);
    w
}

/// Per-uid commit blocks for the commit-reveal mask: `u64::MAX` where the uid has no live commit.
pub fn commit_blocks(input: &[Option<u64>], n: usize) -> Vec<u64> {
    (0..n).map(|i| input.get(i).copied().flatten().unwrap_or(u64::MAX)).collect()
}
