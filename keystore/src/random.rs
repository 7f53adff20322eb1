//! OS randomness for salts, nonces and new keys; failures surface as errors, never panics.

use rand_core::{OsRng, RngCore};

use crate::error::{KeystoreError, Result};

/// Fill `buf` from the operating system's CSPRNG.
pub(crate) fn fill(buf: &mut [u8]) -> Result<()> {
    OsRng.try_fill_bytes(buf).map_err(|e| KeystoreError::Random(e.to_string()))
}

/// A fresh random array.
pub(crate) fn array<const N: usize>() -> Result<[u8; N]> {
    let mut out = [0u8; N];
    fill(&mut out)?;
    Ok(out)
}
