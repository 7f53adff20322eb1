//! `wallet list` (every wallet as a tree) and `wallet show` (one wallet in detail). No password
//! is needed; a file that cannot be read is shown with its error instead of failing the listing.

use keystore::{HotkeySummary, KeyFileFormat, WalletRoot, WalletSummary};
use serde::Serialize;

use super::KeyFileView;
use crate::context::Ctx;
use crate::error::Result;
use crate::keys::{self, map};
use crate::output::{self, Human, Report};

#[derive(Serialize)]
pub struct HotkeyView {
    pub name: String,
    pub address: Option<String>,
    pub key: Option<KeyFileView>,
    pub pub_file: Option<KeyFileView>,
}

#[derive(Serialize)]
pub struct WalletView {
    pub name: String,
    pub path: String,
    /// The coldkey's address (from coldkeypub.txt, or the coldkey file itself).
    pub address: Option<String>,
    pub coldkey: Option<KeyFileView>,
    pub coldkeypub: Option<KeyFileView>,
    /// Only a public key is present: balances work, signing does not.
    pub watch_only: bool,
    /// Argon2id cost of a taoctl-format coldkey (`show` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kdf: Option<String>,
    pub hotkeys: Vec<HotkeyView>,
}

impl From<&HotkeySummary> for HotkeyView {
    fn from(h: &HotkeySummary) -> Self {
        HotkeyView {
            name: h.name.clone(),
            address: h.public_key().map(|p| p.to_ss58()),
            key: h.key.as_ref().map(Into::into),
            pub_file: h.pub_file.as_ref().map(Into::into),
        }
    }
}

impl From<&WalletSummary> for WalletView {
    fn from(s: &WalletSummary) -> Self {
        WalletView {
            name: s.name.clone(),
            path: s.path.display().to_string(),
            address: s.coldkey_public().map(|p| p.to_ss58()),
            coldkey: s.coldkey.as_ref().map(Into::into),
            coldkeypub: s.coldkeypub.as_ref().map(Into::into),
            watch_only: s.coldkey.is_none() && s.coldkey_public().is_some(),
            kdf: None,
            hotkeys: s.hotkeys.iter().map(Into::into).collect(),
        }
    }
}

impl WalletView {
    /// The coldkey line: its format, or "watch-only", or "no coldkey".
    fn coldkey_desc(&self) -> String {
        match (&self.coldkey, &self.coldkeypub) {
            (Some(k), _) => k.describe(),
            (None, Some(p)) if p.error.is_none() => "watch-only (coldkeypub.txt)".into(),
            (None, Some(p)) => p.describe(),
            (None, None) => "no coldkey".into(),
        }
    }
}

fn hotkey_desc(h: &HotkeyView) -> String {
    match (&h.key, &h.pub_file) {
        (Some(k), _) => k.describe(),
        (None, Some(p)) if p.error.is_none() => "watch-only (pub file)".into(),
        (None, Some(p)) => p.describe(),
        (None, None) => "?".into(),
    }
}

#[derive(Serialize)]
pub struct ListReport {
    pub wallet_path: String,
    pub wallets: Vec<WalletView>,
}

impl Report for ListReport {
    fn human(&self) -> Human {
        if self.wallets.is_empty() {
            return Human::new().text(format!("no wallets in {}", self.wallet_path)).note(
                "create one with `taoctl wallet create -w NAME`, or point --wallet-path at your wallets",
            );
        }
        let mut s = format!("{}\n", self.wallet_path);
        let n = self.wallets.len();
        for (i, w) in self.wallets.iter().enumerate() {
            let last = i + 1 == n;
            let (branch, pad) =
                if last { ("└── ", "    ") } else { ("├── ", "│   ") };
            s.push_str(&format!(
                "{branch}{}  {}  [{}]\n",
                w.name,
                w.address.as_deref().unwrap_or("-"),
                w.coldkey_desc()
            ));
            let m = w.hotkeys.len();
            for (j, h) in w.hotkeys.iter().enumerate() {
                let b = if j + 1 == m { "└── " } else { "├── " };
                s.push_str(&format!(
                    "{pad}{b}{}  {}  [{}]\n",
                    h.name,
                    h.address.as_deref().unwrap_or("-"),
                    hotkey_desc(h)
                ));
            }
        }
        Human::new().text(s)
    }
}

pub fn list(ctx: &Ctx, name: &str) -> Result<()> {
    let root = WalletRoot::new(&ctx.wallet_path);
    let mut wallets = Vec::new();
    for n in root.wallet_names().map_err(map)? {
        // A wallet whose directory cannot be read is listed with the error, not fatal.
        match root.wallet(&n).and_then(|w| w.summary()) {
            Ok(s) => wallets.push(WalletView::from(&s)),
            Err(e) => wallets.push(WalletView {
                name: n.clone(),
                path: ctx.wallet_path.join(&n).display().to_string(),
                address: None,
                coldkey: Some(KeyFileView {
                    path: ctx.wallet_path.join(&n).display().to_string(),
                    format: None,
                    address: None,
                    error: Some(e.to_string()),
                    permissions_too_open: false,
                }),
                coldkeypub: None,
                watch_only: false,
                kdf: None,
                hotkeys: Vec::new(),
            }),
        }
    }
    let report = ListReport { wallet_path: ctx.wallet_path.display().to_string(), wallets };
    output::emit(ctx.mode, name, &report)
}

#[derive(Serialize)]
pub struct ShowReport {
    #[serde(flatten)]
    pub wallet: WalletView,
}

impl Report for ShowReport {
    fn human(&self) -> Human {
        let w = &self.wallet;
        let mut f = vec![
            ("wallet".to_string(), w.name.clone()),
            ("path".to_string(), w.path.clone()),
            ("coldkey".to_string(), w.address.clone().unwrap_or_else(|| "-".into())),
            ("format".to_string(), w.coldkey_desc()),
        ];
        if let Some(k) = &w.kdf {
            f.push(("kdf".into(), k.clone()));
        }
        if let Some(p) = &w.coldkeypub {
            f.push(("coldkeypub".into(), p.describe()));
        }
        let mut h = Human::new().fields(f);
        if w.hotkeys.is_empty() {
            h = h.text("no hotkeys");
        } else {
            let mut t = output::table(["hotkey", "address", "format", "file"]);
            for hk in &w.hotkeys {
                let file = hk
                    .key
                    .as_ref()
                    .or(hk.pub_file.as_ref())
                    .map(|k| k.path.clone())
                    .unwrap_or_default();
                t.add_row([
                    hk.name.clone(),
                    hk.address.clone().unwrap_or_else(|| "-".into()),
                    hotkey_desc(hk),
                    file,
                ]);
            }
            h = h.table(t);
        }
        if w.watch_only {
            h = h.note(
                "watch-only wallet: balances and overviews work; signing needs the secret key",
            );
        }
        h
    }
}

pub fn show(ctx: &Ctx, name: &str) -> Result<()> {
    let w = keys::wallet(ctx)?;
    if !w.exists() {
        return Err(crate::error::CliError::input(format!(
            "there is no wallet `{}` in {}",
            ctx.wallet,
            ctx.wallet_path.display()
        ))
        .with_hint(
            "`taoctl wallet list` shows the wallets; `taoctl wallet create -w NAME` makes one",
        ));
    }
    let s = w.summary().map_err(map)?;
    let mut view = WalletView::from(&s);
    if let Some(k) = &s.coldkey
        && k.format == Some(KeyFileFormat::Taoctl)
    {
        view.kdf = taoctl_kdf_desc(&k.path);
    }
    output::emit(ctx.mode, name, &ShowReport { wallet: view })
}

/// "argon2id m=192 MiB t=2 p=1" from a taoctl-format file's clear header.
fn taoctl_kdf_desc(path: &std::path::Path) -> Option<String> {
    let data = std::fs::read(path).ok()?;
    let h = keystore::format::taoctl::read_header(path, &data).ok()?;
    Some(format!("argon2id m={} MiB t={} p={}", h.kdf.m_kib / 1024, h.kdf.t, h.kdf.p))
}
