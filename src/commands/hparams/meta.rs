//! What each hyperparameter means to a person: unit and a one-line description (spec §6).

/// Unit and description of a hyperparameter by its snake_case name.
pub fn describe(name: &str) -> (&'static str, &'static str) {
    match name {
        "rho" => ("integer", "Legacy consensus temperature; kept for compatibility"),
        "kappa" => {
            ("u16 fraction", "Stake fraction that must agree for consensus (clipping majority)")
        }
        "immunity_period" => ("blocks", "Blocks a new neuron is protected from pruning"),
        "min_allowed_weights" => ("count", "Fewest weights a validator must set"),
        "tempo" => ("blocks", "Blocks between epochs"),
        "weights_version" => ("integer", "Version key that set_weights must match"),
        "weights_rate_limit" => ("blocks", "Blocks between two set_weights of one hotkey"),
        "activity_cutoff_factor_milli" => {
            ("‰ of tempo", "Inactivity cutoff as a multiple of tempo (×1000)")
        }
        "activity_cutoff" => ("blocks", "Legacy inactivity cutoff"),
        "registration_allowed" => ("bool", "Whether new neurons may register"),
        "target_regs_per_interval" => ("count", "Registrations per interval the burn aims for"),
        "min_burn" => ("rao", "Lowest registration burn"),
        "max_burn" => ("rao", "Highest registration burn"),
        "burn_half_life" => ("blocks", "Blocks for the registration burn to halve when idle"),
        "burn_increase_mult" => {
            ("U64F64 bits", "Burn multiplier per registration (1.26 = default)")
        }
        "bonds_moving_avg" => ("per million", "Bonds EMA retention (legacy bonds path)"),
        "bonds_penalty" => ("u16 fraction", "How much clipped weight is removed from bonds"),
        "max_regs_per_block" => ("count", "Registrations allowed in one block"),
        "serving_rate_limit" => ("blocks", "Blocks between axon updates"),
        "max_validators" => ("count", "Validator permits (top-k by stake)"),
        "commit_reveal_period" => ("epochs", "Epochs before committed weights are revealed"),
        "commit_reveal_weights_enabled" => ("bool", "Weights must be committed, then revealed"),
        "alpha_high" => ("u16 fraction", "Liquid alpha upper bound"),
        "alpha_low" => ("u16 fraction", "Liquid alpha lower bound"),
        "liquid_alpha_enabled" => ("bool", "Per-bond EMA rate from consensus (Yuma3)"),
        "alpha_sigmoid_steepness" => ("i16", "Steepness of the liquid-alpha sigmoid"),
        "yuma_version3" => ("bool", "Yuma3 bonds (on) or the legacy bonds path (off)"),
        "subnet_is_active" => ("bool", "Subnet has been started (start_call)"),
        "transfers_enabled" => ("bool", "Alpha may be transferred between coldkeys"),
        "bonds_reset_enabled" => ("bool", "Bonds reset when a neuron is replaced"),
        "owner_cut_enabled" => ("bool", "Owner receives the owner cut of alpha emission"),
        "owner_cut_auto_lock_enabled" => ("bool", "Owner cut is locked automatically"),
        "min_childkey_take" => ("u16 fraction", "Lowest take a childkey may set"),
        "max_allowed_uids" => ("count", "Neuron slots on the subnet"),
        "min_allowed_uids" => ("count", "Fewest slots the subnet may be trimmed to"),
        "difficulty" => ("integer", "Proof-of-work difficulty (PoW registration)"),
        "min_difficulty" => ("integer", "Lowest PoW difficulty"),
        "max_difficulty" => ("integer", "Highest PoW difficulty"),
        "adjustment_interval" => ("blocks", "Blocks between burn/difficulty adjustments"),
        "adjustment_alpha" => ("u64 fraction", "Smoothing of burn/difficulty adjustments"),
        "immune_owner_uids_limit" => ("count", "Owner uids immune from pruning"),
        "recycle_or_burn" => ("bool", "Registration TAO is recycled (off) or burned (on)"),
        "mechanism_count" => ("count", "Mechanisms (sub-subnets) on the subnet"),
        "ema_price_halving_blocks" => ("blocks", "Half-life of the moving price EMA"),
        "subnet_emission_enabled" => ("bool", "Subnet receives TAO emission"),
        "min_non_immune_uids" => ("count", "Non-immune uids kept for pruning"),
        "fee_rate" => ("x/65535", "Swap fee of the subnet's pool"),
        _ => ("", ""),
    }
}
