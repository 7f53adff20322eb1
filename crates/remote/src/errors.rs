//! Errors of the remote backend, typed so the binary can classify them (network, capability,
//! chain rejection, decoding) without parsing messages.

use thiserror::Error;

/// Result alias of this crate.
pub type Result<T> = std::result::Result<T, RemoteError>;

/// What kind of runtime feature a node may lack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CapabilityKind {
    /// A pallet call (`Pallet.call`).
    Call,
    /// A storage item (`Pallet.Item`).
    Storage,
    /// A runtime API method (`Api.method`).
    RuntimeApi,
    /// A constant (`Pallet.Constant`).
    Constant,
}

impl std::fmt::Display for CapabilityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CapabilityKind::Call => "call",
            CapabilityKind::Storage => "storage item",
            CapabilityKind::RuntimeApi => "runtime API",
            CapabilityKind::Constant => "constant",
        })
    }
}

/// Everything that can go wrong talking to a node.
#[derive(Debug, Error)]
pub enum RemoteError {
    /// The node could not be reached (refused, DNS, TLS, or no answer within the timeout).
    #[error("cannot reach node at {url}: {reason}")]
    Unreachable { url: String, reason: String },
    /// A request got no answer in time.
    #[error("the node did not answer `{what}` within {secs} s")]
    Timeout { what: String, secs: u64 },
    /// The node answered with an RPC-level error or the connection broke mid-request.
    #[error("RPC error during {what}: {reason}")]
    Rpc { what: String, reason: String },
    /// The node's runtime lacks something this command needs.
    #[error("the node's runtime (spec_version {spec_version}) has no {kind} `{name}`")]
    MissingCapability { kind: CapabilityKind, name: String, spec_version: u32 },
    /// The chain rejected a transaction when it was dispatched (a module error such as
    /// `SubtensorModule.NotEnoughBalanceToStake`), or a transaction extension refused it.
    #[error("{pallet}.{name}: {docs}")]
    Module { pallet: String, name: String, docs: String },
    /// The node refused the transaction before inclusion (bad nonce, cannot pay fees, stale).
    #[error("transaction rejected by the node: {0}")]
    Invalid(String),
    /// The transaction left the pool without being included (dropped, usurped, retracted).
    #[error("transaction not included: {0}")]
    NotIncluded(String),
    /// Data from the node did not decode into the expected shape.
    #[error("cannot decode {what}: {reason}")]
    Decode { what: String, reason: String },
    /// Encoding a call or key against the node's metadata failed (wrong argument types).
    #[error("cannot encode {what}: {reason}")]
    Encode { what: String, reason: String },
    /// The operation makes no sense on a remote node (e.g. producing blocks on demand).
    #[error("{0}")]
    Unsupported(String),
    /// The metadata cache directory could not be used.
    #[error("metadata cache {path}: {reason}")]
    Cache { path: String, reason: String },
}

impl RemoteError {
    /// The chain's own error name when the node rejected a call (`NotEnoughBalanceToStake`).
    pub fn chain_error_name(&self) -> Option<&str> {
        match self {
            RemoteError::Module { name, .. } => Some(name),
            _ => None,
        }
    }

    /// Whether retrying the same read may help (transport trouble, not a logic error).
    pub fn is_transient(&self) -> bool {
        matches!(self, RemoteError::Timeout { .. } | RemoteError::Rpc { .. })
    }

    pub(crate) fn rpc(what: impl Into<String>, e: impl std::fmt::Display) -> RemoteError {
        RemoteError::Rpc { what: what.into(), reason: e.to_string() }
    }

    pub(crate) fn decode(what: impl Into<String>, e: impl std::fmt::Display) -> RemoteError {
        RemoteError::Decode { what: what.into(), reason: e.to_string() }
    }

    pub(crate) fn encode(what: impl Into<String>, e: impl std::fmt::Display) -> RemoteError {
        RemoteError::Encode { what: what.into(), reason: e.to_string() }
    }
}

/// Names a dispatch error from an `ExtrinsicFailed` event's field bytes, using the node's
/// metadata for module errors (`SubtensorModule.NotEnoughBalanceToStake` and its docs).
pub fn from_dispatch_error(bytes: &[u8], metadata: subxt::metadata::ArcMetadata) -> RemoteError {
    use subxt::error::DispatchError as D;
    let decoded = match D::decode_from(bytes.to_vec(), metadata) {
        Ok(d) => d,
        Err(e) => return RemoteError::decode("dispatch error", e),
    };
    let system =
        |name: String| RemoteError::Module { pallet: "System".into(), name, docs: String::new() };
    match &decoded {
        D::Module(m) => match m.details() {
            Ok(d) => RemoteError::Module {
                pallet: d.pallet.name().to_string(),
                name: d.variant.name.clone(),
                docs: d.variant.docs.join(" ").trim().to_string(),
            },
            Err(e) => RemoteError::decode("module error", e),
        },
        D::Token(t) => system(first_word(&format!("{t:?}"))),
        D::Arithmetic(a) => system(first_word(&format!("{a:?}"))),
        D::Transactional(t) => system(first_word(&format!("{t:?}"))),
        other => system(first_word(&format!("{other:?}"))),
    }
}

fn first_word(debug: &str) -> String {
    debug.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(debug).to_string()
}
