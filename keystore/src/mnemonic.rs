//! BIP39 English mnemonics: generation and validation with errors that point at the bad word.

use zeroize::Zeroizing;

use crate::error::{KeystoreError, Result};
use crate::random;

/// The mnemonic lengths the official tools accept (btcli `--n-words`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum WordCount {
    #[default]
    W12,
    W15,
    W18,
    W21,
    W24,
}

impl WordCount {
    /// Number of words.
    pub fn words(self) -> usize {
        match self {
            WordCount::W12 => 12,
            WordCount::W15 => 15,
            WordCount::W18 => 18,
            WordCount::W21 => 21,
            WordCount::W24 => 24,
        }
    }

    /// Entropy bytes behind this many words (4 bytes per 3 words).
    fn entropy_len(self) -> usize {
        self.words() / 3 * 4
    }
}

impl TryFrom<usize> for WordCount {
    type Error = KeystoreError;
    fn try_from(count: usize) -> Result<Self> {
        Ok(match count {
            12 => WordCount::W12,
            15 => WordCount::W15,
            18 => WordCount::W18,
            21 => WordCount::W21,
            24 => WordCount::W24,
            _ => return Err(KeystoreError::InvalidWordCount { count }),
        })
    }
}

/// A validated mnemonic, kept exactly as given (btwallet stores the phrase as typed) and
/// wiped from memory on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct Mnemonic {
    phrase: Zeroizing<String>,
}

impl std::fmt::Debug for Mnemonic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Mnemonic(<redacted>)")
    }
}

impl Mnemonic {
    /// A fresh random mnemonic from the OS random generator.
    pub fn generate(count: WordCount) -> Result<Mnemonic> {
        let mut entropy = Zeroizing::new([0u8; 32]);
        let entropy = &mut entropy[..count.entropy_len()];
        random::fill(entropy)?;
        let m = bip39::Mnemonic::from_entropy_in(bip39::Language::English, entropy)
            .map_err(|e| KeystoreError::secret(format!("mnemonic generation failed: {e}")))?;
        let phrase = Zeroizing::new(m.words().collect::<Vec<_>>().join(" "));
        Ok(Mnemonic { phrase })
    }

    /// Validate `phrase` (English list, 12–24 words, checksum). Extra whitespace is tolerated
    /// like btwallet does; uppercase is rejected like btwallet does.
    pub fn parse(phrase: &str) -> Result<Mnemonic> {
        validate(phrase)?;
        Ok(Mnemonic { phrase: Zeroizing::new(phrase.to_owned()) })
    }

    /// The phrase as given.
    pub fn phrase(&self) -> &str {
        &self.phrase
    }

    /// Number of words.
    pub fn word_count(&self) -> usize {
        self.phrase.split_whitespace().count()
    }
}

/// Check a phrase; the error names the first unknown word (1-based position) or the checksum.
pub fn validate(phrase: &str) -> Result<()> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // Check words before the count so a typo in a 12-word phrase is reported as the typo.
    let list = bip39::Language::English.word_list();
    for (i, w) in words.iter().enumerate() {
        if list.binary_search(w).is_err() {
            return Err(KeystoreError::InvalidMnemonicWord {
                word: (*w).to_owned(),
                position: i + 1,
            });
        }
    }
    WordCount::try_from(words.len())?;
    match bip39::Mnemonic::parse_in_normalized(bip39::Language::English, phrase) {
        Ok(_) => Ok(()),
        Err(bip39::Error::InvalidChecksum) => Err(KeystoreError::InvalidChecksum),
        Err(bip39::Error::UnknownWord(i)) => Err(KeystoreError::InvalidMnemonicWord {
            word: words.get(i).map(|w| (*w).to_owned()).unwrap_or_default(),
            position: i + 1,
        }),
        Err(bip39::Error::BadWordCount(count)) => Err(KeystoreError::InvalidWordCount { count }),
        Err(e) => Err(KeystoreError::secret(format!("invalid mnemonic: {e}"))),
    }
}
