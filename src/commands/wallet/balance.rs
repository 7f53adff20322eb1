//! `wallet balance`: free balance and stake value (at spot, from `ChainClient::stake_of`) of the
//! selected wallet's coldkey, of every wallet (`--all`), or of any address (`--ss58`).

use keystore::WalletRoot;
use serde::Serialize;

use crate::amount::fmt_tao;
use crate::chain::{self, ChainClient};
use crate::cli::wallet::BalanceArgs;
use crate::context::Ctx;
use crate::error::Result;
use crate::keys::{self, map};
use crate::output::{self, Human, Report};

#[derive(Serialize)]
pub struct BalanceRow {
    /// Wallet name (None for a bare address).
    pub wallet: Option<String>,
    pub address: Option<String>,
    pub free_rao: u64,
    /// Sum of the stake positions' TAO value at the current spot prices.
    pub staked_rao: u64,
    pub total_rao: u64,
    /// Why this wallet has no balance (no readable coldkey address).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Serialize)]
pub struct BalanceReport {
    pub network: String,
    pub block: u64,
    pub balances: Vec<BalanceRow>,
    pub total_free_rao: u64,
    pub total_staked_rao: u64,
    pub total_rao: u64,
}

impl Report for BalanceReport {
    fn human(&self) -> Human {
        let mut t = output::table(["wallet", "coldkey", "free τ", "staked τ (spot)", "total τ"]);
        for r in &self.balances {
            let name = r.wallet.clone().unwrap_or_else(|| "-".into());
            match &r.error {
                Some(e) => t.add_row([
                    name,
                    r.address.clone().unwrap_or_default(),
                    format!("({e})"),
                    String::new(),
                    String::new(),
                ]),
                None => t.add_row([
                    name,
                    r.address.clone().unwrap_or_default(),
                    fmt_tao(r.free_rao),
                    fmt_tao(r.staked_rao),
                    fmt_tao(r.total_rao),
                ]),
            };
        }
        if self.balances.len() > 1 {
            t.add_row([
                "total".to_string(),
                String::new(),
                fmt_tao(self.total_free_rao),
                fmt_tao(self.total_staked_rao),
                fmt_tao(self.total_rao),
            ]);
        }
        Human::new()
            .table(t)
            .note(format!("{} at block #{}; stake valued at spot prices", self.network, self.block))
    }
}

/// Free + staked of one account.
pub fn row(
    c: &dyn ChainClient,
    wallet: Option<String>,
    pk: &keystore::PublicKey,
) -> Result<BalanceRow> {
    let who = keys::account(pk);
    let free = c.balance(&who)?;
    let staked = c.stake_of(&who)?.iter().map(|p| p.tao_value).fold(0u64, u64::saturating_add);
    Ok(BalanceRow {
        wallet,
        address: Some(pk.to_ss58()),
        free_rao: free,
        staked_rao: staked,
        total_rao: free.saturating_add(staked),
        error: None,
    })
}

pub fn balance(ctx: &Ctx, a: &BalanceArgs, name: &str) -> Result<()> {
    // Addresses are resolved before connecting, so a typo fails fast and touches no chain.
    let mut targets: Vec<(Option<String>, std::result::Result<keystore::PublicKey, String>)> =
        Vec::new();
    if let Some(s) = &a.ss58 {
        targets.push((None, Ok(super::parse_ss58("--ss58", s)?)));
    } else if a.all {
        let root = WalletRoot::new(&ctx.wallet_path);
        for n in root.wallet_names().map_err(map)? {
            let pk = root.wallet(&n).and_then(|w| w.coldkey_public()).map_err(|e| e.to_string());
            targets.push((Some(n), pk));
        }
    } else {
        let pk = keystore::PublicKey(keys::coldkey_account(ctx)?.0);
        targets.push((Some(ctx.wallet.clone()), Ok(pk)));
    }
    let c = chain::connect(ctx)?;
    let mut balances = Vec::new();
    for (wallet, pk) in targets {
        balances.push(match pk {
            Ok(pk) => row(c.as_ref(), wallet, &pk)?,
            Err(e) => BalanceRow {
                wallet,
                address: None,
                free_rao: 0,
                staked_rao: 0,
                total_rao: 0,
                error: Some(e),
            },
        });
    }
    let sum = |f: fn(&BalanceRow) -> u64| balances.iter().map(f).fold(0u64, u64::saturating_add);
    let report = BalanceReport {
        network: c.network(),
        block: c.head()?.number,
        total_free_rao: sum(|r| r.free_rao),
        total_staked_rao: sum(|r| r.staked_rao),
        total_rao: sum(|r| r.total_rao),
        balances,
    };
    output::emit(ctx.mode, name, &report)
}
