//! Key file formats and their detection. Each submodule owns one format; detection follows the
//! official tools (byte prefix first, then JSON shape).

pub mod ansible;
pub mod fernet;
pub mod nacl;
pub mod plain;
pub mod polkadotjs;
pub mod taoctl;

/// A key file format, as detected from the file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyFileFormat {
    /// taoctl's own encrypted envelope (Argon2id + XChaCha20-Poly1305).
    Taoctl,
    /// btwallet `$NACL` (Argon2i + XSalsa20-Poly1305).
    Nacl,
    /// Legacy `$ANSIBLE_VAULT;1.1;AES256` (read-only).
    AnsibleVault,
    /// Legacy Fernet `gAAAAA…` (read-only).
    Fernet,
    /// polkadot-js JSON v3.
    PolkadotJs,
    /// btwallet plaintext keyfile JSON with a secret (unencrypted hotkeys).
    Plain,
    /// Public data only (`coldkeypub.txt`, `<hotkey>pub.txt`, watch-only).
    PublicOnly,
}

impl KeyFileFormat {
    /// Does reading the secret need a password?
    pub fn is_encrypted(self) -> bool {
        matches!(
            self,
            KeyFileFormat::Taoctl
                | KeyFileFormat::Nacl
                | KeyFileFormat::AnsibleVault
                | KeyFileFormat::Fernet
                | KeyFileFormat::PolkadotJs
        )
    }

    /// Short stable name for display and JSON output.
    pub fn name(self) -> &'static str {
        match self {
            KeyFileFormat::Taoctl => "taoctl",
            KeyFileFormat::Nacl => "nacl",
            KeyFileFormat::AnsibleVault => "ansible-vault",
            KeyFileFormat::Fernet => "fernet",
            KeyFileFormat::PolkadotJs => "polkadot-js",
            KeyFileFormat::Plain => "plaintext",
            KeyFileFormat::PublicOnly => "public",
        }
    }
}

impl std::fmt::Display for KeyFileFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Detect the format of a key file's bytes; `None` when it is none of them.
pub fn detect(data: &[u8]) -> Option<KeyFileFormat> {
    let d = data.trim_ascii_start();
    if d.starts_with(nacl::MAGIC) {
        return Some(KeyFileFormat::Nacl);
    }
    if d.starts_with(ansible::MAGIC) {
        return Some(KeyFileFormat::AnsibleVault);
    }
    if d.starts_with(fernet::MAGIC) {
        return Some(KeyFileFormat::Fernet);
    }
    if d.first() == Some(&b'{') {
        let value: serde_json::Value = serde_json::from_slice(d).ok()?;
        if taoctl::looks_like(&value) {
            return Some(KeyFileFormat::Taoctl);
        }
        if polkadotjs::looks_like(&value) {
            return Some(KeyFileFormat::PolkadotJs);
        }
        let has_secret = ["secretPhrase", "secretSeed", "privateKey"]
            .iter()
            .any(|k| value.get(k).is_some_and(|v| !v.is_null()));
        return Some(if has_secret { KeyFileFormat::Plain } else { KeyFileFormat::PublicOnly });
    }
    // The earliest pub files were a bare hex key (or an address).
    let text = std::str::from_utf8(d).ok()?.trim().trim_matches('"');
    crate::keypair::PublicKey::parse(text).ok().map(|_| KeyFileFormat::PublicOnly)
}
