//! `taoctl subnets …`: the market table, one subnet's metagraph, costs, price history, and the
//! writes (create, register, start, set-identity) through one dry-run-first flow.

mod list;
mod price;
mod show;
mod write;

use local_chain::extrinsic::Call;
use local_chain::state::SubnetIdentity;
use serde::Serialize;

use crate::amount::{self, fmt_tao};
use crate::chain;
use crate::cli::subnets::{IdentityArgs, SubnetsCommand};
use crate::commands::tx;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::keys;
use crate::output::{self, Human, Report};

pub fn verb(c: &SubnetsCommand) -> &'static str {
    match c {
        SubnetsCommand::List => "list",
        SubnetsCommand::Show(_) => "show",
        SubnetsCommand::Create(_) => "create",
        SubnetsCommand::Register(_) => "register",
        SubnetsCommand::BurnCost(_) => "burn_cost",
        SubnetsCommand::CreateCost => "create_cost",
        SubnetsCommand::Start(_) => "start",
        SubnetsCommand::SetIdentity(_) => "set_identity",
        SubnetsCommand::Price(_) => "price",
    }
}

/// `subnets burn-cost` / `subnets create-cost`.
#[derive(Debug, Serialize)]
pub struct CostReport {
    /// The subnet (burn-cost only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub netuid: Option<u16>,
    pub block: u64,
    /// The cost in rao.
    pub cost_rao: u64,
}

impl Report for CostReport {
    fn human(&self) -> Human {
        let what = match self.netuid {
            Some(n) => format!("registration cost on subnet {n}"),
            None => "subnet creation (lock) cost".into(),
        };
        Human::new()
            .fields([(what, format!("{} τ", fmt_tao(self.cost_rao)))])
            .note(format!("at block #{}", self.block))
    }
}

/// Identity fields → the chain's struct, enforcing its length limits before signing.
fn identity(a: &IdentityArgs) -> Result<SubnetIdentity> {
    let get = |v: &Option<String>| v.clone().unwrap_or_default();
    let id = SubnetIdentity {
        subnet_name: get(&a.name),
        github_repo: get(&a.github_repo),
        subnet_contact: get(&a.subnet_contact),
        subnet_url: get(&a.subnet_url),
        discord: get(&a.discord),
        description: get(&a.description),
        logo_url: get(&a.logo_url),
        additional: get(&a.additional),
    };
    let limits = [
        ("--name", &id.subnet_name, 256),
        ("--discord", &id.discord, 256),
        ("--github-repo", &id.github_repo, 1024),
        ("--subnet-contact", &id.subnet_contact, 1024),
        ("--subnet-url", &id.subnet_url, 1024),
        ("--description", &id.description, 1024),
        ("--logo-url", &id.logo_url, 1024),
        ("--additional", &id.additional, 1024),
    ];
    for (flag, v, max) in limits {
        if v.len() > max {
            return Err(CliError::input(format!(
                "{flag} is {} bytes long, over the chain's limit",
                v.len()
            ))
            .with_hint(format!("keep {flag} within {max} bytes")));
        }
    }
    Ok(id)
}

fn has_identity(a: &IdentityArgs) -> bool {
    [
        &a.name,
        &a.github_repo,
        &a.subnet_contact,
        &a.subnet_url,
        &a.discord,
        &a.description,
        &a.logo_url,
        &a.additional,
    ]
    .iter()
    .any(|v| v.is_some())
}

pub fn run(ctx: &Ctx, cmd: SubnetsCommand, name: &str) -> Result<()> {
    match cmd {
        SubnetsCommand::List => list::run(ctx, name),
        SubnetsCommand::Show(a) => show::run(ctx, a.netuid, name),
        SubnetsCommand::Price(a) => price::run(ctx, &a, name),
        SubnetsCommand::BurnCost(a) => {
            let c = chain::connect(ctx)?;
            let s = tx::require_subnet(c.as_ref(), a.netuid)?;
            let r =
                CostReport { netuid: Some(a.netuid), block: c.head()?.number, cost_rao: s.burn };
            output::emit(ctx.mode, name, &r)
        }
        SubnetsCommand::CreateCost => {
            let c = chain::connect(ctx)?;
            let r = CostReport { netuid: None, block: c.head()?.number, cost_rao: c.lock_cost()? };
            output::emit(ctx.mode, name, &r)
        }
        SubnetsCommand::Create(a) => {
            let id = identity(&a.identity)?;
            let coldkey = keys::coldkey_account(ctx)?;
            let hotkey = keys::hotkey_account(ctx)?;
            let mut c = chain::connect(ctx)?;
            ctx.note(&format!("subnet lock cost now: {} τ", fmt_tao(c.lock_cost()?)));
            let call = if has_identity(&a.identity) {
                Call::RegisterNetworkWithIdentity { hotkey, identity: Some(id) }
            } else {
                Call::RegisterNetwork { hotkey }
            };
            write::run(ctx, name, c.as_mut(), &coldkey, "create", None, call, a.dry_run)
        }
        SubnetsCommand::Register(a) => {
            let max =
                a.max_cost.as_deref().map(|s| amount::parse_tao(s, "--max-cost")).transpose()?;
            let coldkey = keys::coldkey_account(ctx)?;
            let hotkey = keys::hotkey_account(ctx)?;
            let mut c = chain::connect(ctx)?;
            let s = tx::require_subnet(c.as_ref(), a.netuid)?;
            if a.netuid == 0 {
                return Err(CliError::input(
                    "subnet `0` is root; neurons cannot burn-register there",
                )
                .with_hint("root registration is not part of `subnets register`"));
            }
            // Without --max-cost the limit is the cost this block's price decay leads to, which
            // the dry run reports; until then use the head's burn as a provisional ceiling.
            let limit = max.unwrap_or(s.burn);
            let probe = Call::RegisterLimit { netuid: a.netuid, hotkey, limit_price: limit };
            if !c.offers(&probe) {
                // Runtimes before `register_limit` (finney spec 393) only have
                // `burned_register`: the cost ceiling is then checked here, against the
                // preview, and again against a fresh one after unlocking (`write::run`).
                let call = Call::BurnedRegister { netuid: a.netuid, hotkey };
                if let Some(m) = max {
                    let run = c
                        .dry_run(&coldkey, std::slice::from_ref(&call), &[], &[])?
                        .pop()
                        .ok_or_else(|| CliError::internal("empty dry run"))?;
                    let cost = run
                        .balance_before
                        .saturating_sub(run.balance_after)
                        .saturating_sub(run.fee);
                    if run.error.is_none() && cost > m {
                        return Err(CliError::new(
                            crate::error::ErrorKind::Chain,
                            format!(
                                "subnets register on subnet {}: the burn `{}` τ is above --max-cost `{}` τ; nothing was submitted",
                                a.netuid,
                                fmt_tao(cost),
                                fmt_tao(m)
                            ),
                        )
                        .with_chain_error("RegistrationPriceLimitExceeded")
                        .with_hint("raise --max-cost or wait for the burn to decay"));
                    }
                }
                return write::run(
                    ctx,
                    name,
                    c.as_mut(),
                    &coldkey,
                    "register",
                    Some(a.netuid),
                    call,
                    a.dry_run,
                );
            }
            let limit = match max {
                Some(m) => m,
                None => {
                    let run = c
                        .dry_run(&coldkey, std::slice::from_ref(&probe), &[], &[])?
                        .pop()
                        .ok_or_else(|| CliError::internal("empty dry run"))?;
                    let cost = run
                        .balance_before
                        .saturating_sub(run.balance_after)
                        .saturating_sub(run.fee);
                    if run.error.is_some() { limit } else { cost }
                }
            };
            let call = Call::RegisterLimit { netuid: a.netuid, hotkey, limit_price: limit };
            write::run(ctx, name, c.as_mut(), &coldkey, "register", Some(a.netuid), call, a.dry_run)
        }
        SubnetsCommand::Start(a) => {
            let coldkey = keys::coldkey_account(ctx)?;
            let mut c = chain::connect(ctx)?;
            write::require_owner(c.as_ref(), a.netuid, &coldkey)?;
            let call = Call::StartCall { netuid: a.netuid };
            write::run(ctx, name, c.as_mut(), &coldkey, "start", Some(a.netuid), call, a.dry_run)
        }
        SubnetsCommand::SetIdentity(a) => {
            let id = identity(&a.identity)?;
            let coldkey = keys::coldkey_account(ctx)?;
            let mut c = chain::connect(ctx)?;
            write::require_owner(c.as_ref(), a.netuid, &coldkey)?;
            let call = Call::SetSubnetIdentity { netuid: a.netuid, identity: id };
            write::run(
                ctx,
                name,
                c.as_mut(),
                &coldkey,
                "set_identity",
                Some(a.netuid),
                call,
                a.dry_run,
            )
        }
    }
}
