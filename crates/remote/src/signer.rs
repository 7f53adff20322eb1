//! Adapts an sp-core sr25519 pair to subxt's `Signer`, so remote transactions are signed with
//! the same key type the keystore hands out (no second key library).

use sp_core::Pair as _;
use sp_core::sr25519;
use subxt::config::SubstrateConfig;
use subxt::utils::{AccountId32, MultiSignature};

/// An sp-core sr25519 pair that subxt can sign with.
pub struct PairSigner<'a> {
    pair: &'a sr25519::Pair,
}

impl<'a> PairSigner<'a> {
    /// Wraps a pair for one signing session.
    pub fn new(pair: &'a sr25519::Pair) -> PairSigner<'a> {
        PairSigner { pair }
    }

    /// The signer's 32-byte account id.
    pub fn account_bytes(&self) -> [u8; 32] {
        self.pair.public().0
    }
}

impl subxt::tx::Signer<SubstrateConfig> for PairSigner<'_> {
    fn account_id(&self) -> AccountId32 {
        AccountId32(self.pair.public().0)
    }

    fn sign(&self, signer_payload: &[u8]) -> MultiSignature {
        // subxt hands over the payload already hashed when it exceeds 256 bytes (the runtime
        // rule), so the pair signs exactly these bytes.
        MultiSignature::Sr25519(self.pair.sign(signer_payload).0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use subxt::tx::Signer;

    #[test]
    fn signature_verifies_with_sp_core() {
        let pair = sr25519::Pair::from_string("//Alice", None).expect("dev uri");
        let signer = PairSigner::new(&pair);
        let MultiSignature::Sr25519(sig) = signer.sign(b"payload") else {
            panic!("sr25519 signature expected");
        };
        assert!(sr25519::Pair::verify(
            &sr25519::Signature::from_raw(sig),
            b"payload",
            &pair.public()
        ));
        assert_eq!(signer.account_id().0, pair.public().0);
    }
}
