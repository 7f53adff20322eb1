//! `wallet sign` / `wallet verify`: sr25519 signatures over raw messages or over
//! `<Bytes>message</Bytes>` (polkadot-js `signRaw`), as btcli and btwallet make them.

use keystore::PublicKey;
use keystore::keypair::wrap_bytes;
use serde::Serialize;

use super::{hex_bytes, parse_ss58};
use crate::cli::wallet::{SignArgs, VerifyArgs};
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::keys::{self, map};
use crate::output::{self, Human, Report};

fn message_bytes(message: &str, hex: bool) -> Result<Vec<u8>> {
    if !hex {
        return Ok(message.as_bytes().to_vec());
    }
    let t = message.trim();
    hex::decode(t.strip_prefix("0x").unwrap_or(t)).map_err(|e| {
        CliError::input(format!("the message is not valid hex: {e}"))
            .with_hint("drop --hex to sign the text as UTF-8")
    })
}

#[derive(Serialize)]
pub struct SignReport {
    pub address: String,
    pub signature: String,
    pub message_hex: String,
    /// `raw` or `bytes-wrapped`.
    pub signed: &'static str,
}

impl Report for SignReport {
    fn human(&self) -> Human {
        Human::new()
            .text(&self.signature)
            .note(format!("signed by {} ({} message)", self.address, self.signed))
    }
}

pub fn sign(ctx: &Ctx, a: &SignArgs, name: &str) -> Result<()> {
    let msg = message_bytes(&a.message, a.hex)?;
    let kp = if a.use_hotkey { keys::unlock_hotkey(ctx)? } else { keys::unlock_coldkey(ctx)? };
    let sig = if a.bytes_wrapped { kp.sign_wrapped(&msg) } else { kp.sign(&msg) };
    let report = SignReport {
        address: kp.address(),
        signature: format!("0x{}", hex::encode(sig)),
        message_hex: format!("0x{}", hex::encode(&msg)),
        signed: if a.bytes_wrapped { "bytes-wrapped" } else { "raw" },
    };
    output::emit(ctx.mode, name, &report)
}

#[derive(Serialize)]
pub struct VerifyReport {
    pub valid: bool,
    pub address: String,
    /// Which form the signature covers: `raw` or `bytes-wrapped`.
    pub signed: &'static str,
}

impl Report for VerifyReport {
    fn human(&self) -> Human {
        Human::new().text(format!("valid signature by {} ({} message)", self.address, self.signed))
    }
}

pub fn verify(ctx: &Ctx, a: &VerifyArgs, name: &str) -> Result<()> {
    let msg = message_bytes(&a.message, a.hex)?;
    let sig = hex_bytes::<64>("the signature", &a.signature)?;
    let public: PublicKey = match &a.ss58 {
        Some(s) => parse_ss58("--ss58", s)?,
        None if a.use_hotkey => keys::wallet(ctx)?.hotkey_public(&ctx.hotkey).map_err(map)?,
        None => keys::wallet(ctx)?.coldkey_public().map_err(map)?,
    };
    let signed = if public.verify_exact(&msg, &sig) {
        "raw"
    } else if public.verify_exact(&wrap_bytes(&msg), &sig) {
        "bytes-wrapped"
    } else {
        return Err(CliError::new(
            ErrorKind::Auth,
            format!(
                "the signature is NOT valid for {} over this message (raw or <Bytes>-wrapped)",
                public.to_ss58()
            ),
        )
        .with_hint("check the message (and --hex), the signature and the signer's address"));
    };
    output::emit(ctx.mode, name, &VerifyReport { valid: true, address: public.to_ss58(), signed })
}
