//! The monitor's data model and the `Source` trait it is fed through. Everything here is plain
//! integers (rao, alpha units, u16 proportions) so any backend — the embedded chain, a remote
//! node, the deterministic fake — can fill it without knowing about the UI.

/// One subnet row of the market table. Amounts are rao (TAO) or alpha units (both 10^-9).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SubnetRow {
    pub netuid: u16,
    pub name: String,
    pub symbol: String,
    /// Spot price, rao per whole alpha (tao_in / alpha_in scaled by 10^9).
    pub price_rao: u64,
    /// The chain's moving (EMA) price, rao per whole alpha.
    pub moving_price_rao: u64,
    /// Share of the block emission going to this subnet, parts per billion.
    pub emission_share_ppb: u64,
    /// TAO injected into the pool per block, rao.
    pub tao_per_block_rao: u64,
    /// Alpha emitted per block, alpha units.
    pub alpha_per_block: u64,
    pub tao_in: u64,
    pub alpha_in: u64,
    pub alpha_out: u64,
    /// Market cap in rao (alpha supply × price).
    pub market_cap: u64,
    /// Current neuron registration (burn) cost, rao.
    pub burn_cost: u64,
    pub neurons: u16,
    pub max_neurons: u16,
    pub tempo: u16,
    pub blocks_to_epoch: u64,
}

/// One neuron of a drilled-into subnet's metagraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NeuronRow {
    pub uid: u16,
    pub hotkey: String,
    pub coldkey: String,
    /// Stake in alpha units.
    pub stake: u64,
    /// Validator permit.
    pub permit: bool,
    /// u16 proportion (65535 = 1.0).
    pub incentive: u16,
    /// u16 proportion (65535 = 1.0).
    pub dividends: u16,
    /// Emission per epoch, alpha units.
    pub emission: u64,
    /// Block of the neuron's last weight/axon update.
    pub last_update: u64,
    pub immune: bool,
}

/// One of the user's stakes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PositionRow {
    pub netuid: u16,
    pub hotkey: String,
    /// Alpha units held.
    pub alpha: u64,
    /// alpha × spot price, rao.
    pub value_spot_rao: u64,
    /// TAO received if the whole position were unstaked now (after AMM slippage), rao.
    pub value_exit_rao: u64,
}

/// One chain event shown in the event pane.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventRow {
    pub block: u64,
    pub kind: String,
    pub text: String,
}

/// Everything one frame of the monitor can show, as of one block.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    pub network: String,
    pub block: u64,
    /// Milliseconds until the next block, when the source knows (0 = unknown).
    pub block_time_ms: u64,
    pub connected: bool,
    /// Live networks: how long ago (wall clock) the head block was made, from its timestamp —
    /// how far the view lags the chain. `None` for sources that make their own time.
    pub head_age_ms: Option<u64>,
    pub subnets: Vec<SubnetRow>,
    /// The metagraph of the subnet named in `Request::netuid`, when one was asked for.
    pub metagraph: Option<(u16, Vec<NeuronRow>)>,
    /// Hyperparameters (name, formatted value) of the requested subnet.
    pub hyperparams: Option<(u16, Vec<(String, String)>)>,
    pub positions: Vec<PositionRow>,
    /// Events since the previous poll (the UI keeps a bounded history).
    pub events: Vec<EventRow>,
}

/// What the UI wants in the next snapshot beyond the always-present subnet list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Request {
    /// The subnet drilled into: the source should fill `metagraph` and `hyperparams` for it.
    pub netuid: Option<u16>,
}

/// A place snapshots come from. Owned by the poller thread, hence `Send`.
pub trait Source: Send {
    /// Reads the current state. Errors are shown in the status bar; the monitor keeps polling.
    fn poll(&mut self, req: &Request) -> Result<Snapshot, String>;

    /// Produces `blocks` new blocks. Only called when `can_drive_time` is true.
    fn step(&mut self, blocks: u64) -> Result<(), String> {
        let _ = blocks;
        Ok(())
    }

    /// True for an embedded chain the monitor may advance (speed, pause, single-step); false
    /// for a live network the monitor only follows.
    fn can_drive_time(&self) -> bool {
        false
    }
}
