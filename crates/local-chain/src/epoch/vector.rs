//! JSON codec for the `yuma-epoch-vector/v1` and `yuma-epoch-sequence/v1` reference formats.

use serde_json::{Map, Value, json};
use substrate_fixed::types::I32F32;

use super::math::SparseRow;
use super::{BondAction, EpochHyperparams, EpochInput, EpochOutput, run_epoch};

/// Schema id of a single-epoch vector.
pub const SCHEMA_VECTOR: &str = "yuma-epoch-vector/v1";
/// Schema id of a multi-epoch sequence.
pub const SCHEMA_SEQUENCE: &str = "yuma-epoch-sequence/v1";

/// A malformed vector document; every variant names the offending field.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum VectorError {
    #[error("missing field `{0}`")]
    Missing(String),
    #[error("field `{field}` must be {expected}")]
    Type { field: String, expected: &'static str },
    #[error("field `{field}` value {value} does not fit {target}")]
    Range { field: String, value: String, target: &'static str },
    #[error("field `schema` is `{0}`, expected `{SCHEMA_VECTOR}` or `{SCHEMA_SEQUENCE}`")]
    Schema(String),
}

fn field<'a>(obj: &'a Value, path: &str, key: &str) -> Result<&'a Value, VectorError> {
    obj.get(key).ok_or_else(|| VectorError::Missing(format!("{path}{key}")))
}

fn as_u64(v: &Value, name: &str) -> Result<u64, VectorError> {
    v.as_u64().ok_or_else(|| VectorError::Type {
        field: name.to_owned(),
        expected: "an unsigned 64-bit integer",
    })
}

fn as_bool(v: &Value, name: &str) -> Result<bool, VectorError> {
    v.as_bool().ok_or_else(|| VectorError::Type { field: name.to_owned(), expected: "a boolean" })
}

fn narrow<T: TryFrom<u64>>(x: u64, name: &str, target: &'static str) -> Result<T, VectorError> {
    T::try_from(x).map_err(|_| VectorError::Range {
        field: name.to_owned(),
        value: x.to_string(),
        target,
    })
}

fn as_array<'a>(v: &'a Value, name: &str) -> Result<&'a Vec<Value>, VectorError> {
    v.as_array().ok_or_else(|| VectorError::Type { field: name.to_owned(), expected: "an array" })
}

fn u64_vec(v: &Value, name: &str) -> Result<Vec<u64>, VectorError> {
    as_array(v, name)?.iter().enumerate().map(|(i, x)| as_u64(x, &format!("{name}[{i}]"))).collect()
}

fn bool_vec(v: &Value, name: &str) -> Result<Vec<bool>, VectorError> {
    as_array(v, name)?
        .iter()
        .enumerate()
        .map(|(i, x)| as_bool(x, &format!("{name}[{i}]")))
        .collect()
}

/// Triplets `[i, j, u16]` in stored order → rows by `i` (row order within `i` preserved).
fn triplets(v: &Value, name: &str) -> Result<Vec<Vec<(u16, u16)>>, VectorError> {
    let mut rows: Vec<Vec<(u16, u16)>> = Vec::new();
    for (k, t) in as_array(v, name)?.iter().enumerate() {
        let tname = format!("{name}[{k}]");
        let parts = as_array(t, &tname)?;
        if parts.len() != 3 {
            return Err(VectorError::Type { field: tname, expected: "a triplet [i, j, value]" });
        }
        let i: u16 = narrow(as_u64(&parts[0], &tname)?, &tname, "u16")?;
        let j: u16 = narrow(as_u64(&parts[1], &tname)?, &tname, "u16")?;
        let w: u16 = narrow(as_u64(&parts[2], &tname)?, &tname, "u16")?;
        if rows.len() <= i as usize {
            rows.resize(i as usize + 1, Vec::new());
        }
        rows[i as usize].push((j, w));
    }
    Ok(rows)
}

fn hyperparams(h: &Value) -> Result<EpochHyperparams, VectorError> {
    let p = "input.hyperparams.";
    let u = |k: &str| -> Result<u64, VectorError> { as_u64(field(h, p, k)?, &format!("{p}{k}")) };
    let u16f = |k: &str| -> Result<u16, VectorError> { narrow(u(k)?, &format!("{p}{k}"), "u16") };
    let b = |k: &str| -> Result<bool, VectorError> { as_bool(field(h, p, k)?, &format!("{p}{k}")) };
    let steep_name = format!("{p}alpha_sigmoid_steepness");
    let steep = field(h, p, "alpha_sigmoid_steepness")?
        .as_i64()
        .ok_or_else(|| VectorError::Type { field: steep_name.clone(), expected: "an integer" })?;
    let alpha_sigmoid_steepness = i16::try_from(steep).map_err(|_| VectorError::Range {
        field: steep_name,
        value: steep.to_string(),
        target: "i16",
    })?;
    Ok(EpochHyperparams {
        tempo: u("tempo")?,
        activity_cutoff: u("activity_cutoff")?,
        last_mechanism_step_block: u("last_mechanism_step_block")?,
        kappa: u16f("kappa")?,
        bonds_penalty: u16f("bonds_penalty")?,
        bonds_moving_average: u("bonds_moving_average")?,
        yuma3_enabled: b("yuma3_enabled")?,
        liquid_alpha_enabled: b("liquid_alpha_enabled")?,
        alpha_low: u16f("alpha_low")?,
        alpha_high: u16f("alpha_high")?,
        alpha_sigmoid_steepness,
        max_allowed_validators: u16f("max_allowed_validators")?,
        stake_threshold: u("stake_threshold")?,
        tao_weight: u("tao_weight")?,
        commit_reveal_enabled: b("commit_reveal_enabled")?,
    })
}

/// Parses a vector's `input` object.
pub fn parse_input(input: &Value) -> Result<EpochInput, VectorError> {
    let p = "input.";
    let get = |k: &str| field(input, p, k);
    let name = |k: &str| format!("{p}{k}");
    let n: u16 = narrow(as_u64(get("n")?, &name("n"))?, &name("n"), "u16")?;
    let owner_uid = match get("owner_uid")? {
        Value::Null => None,
        v => Some(narrow(as_u64(v, &name("owner_uid"))?, &name("owner_uid"), "u16")?),
    };
    let commit_block = as_array(get("commit_block")?, &name("commit_block"))?
        .iter()
        .enumerate()
        .map(|(i, v)| match v {
            Value::Null => Ok(None),
            v => as_u64(v, &format!("{p}commit_block[{i}]")).map(Some),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(EpochInput {
        n,
        current_block: as_u64(get("current_block")?, &name("current_block"))?,
        rao_emission: as_u64(get("rao_emission")?, &name("rao_emission"))?,
        hyperparams: hyperparams(get("hyperparams")?)?,
        owner_uid,
        alpha_stake: u64_vec(get("alpha_stake")?, &name("alpha_stake"))?,
        tao_stake: u64_vec(get("tao_stake")?, &name("tao_stake"))?,
        last_update: u64_vec(get("last_update")?, &name("last_update"))?,
        block_at_registration: u64_vec(
            get("block_at_registration")?,
            &name("block_at_registration"),
        )?,
        validator_permit: bool_vec(get("validator_permit")?, &name("validator_permit"))?,
        commit_block,
        weights: triplets(get("weights")?, &name("weights"))?,
        bonds: triplets(get("bonds")?, &name("bonds"))?,
    })
}

fn fixed_vec(v: &[I32F32]) -> Value {
    Value::from(v.iter().map(|x| x.to_bits()).collect::<Vec<i64>>())
}

fn fixed_triplets(m: &[SparseRow]) -> Value {
    Value::Array(
        m.iter()
            .enumerate()
            .flat_map(|(i, row)| row.iter().map(move |&(j, v)| json!([i, j, v.to_bits()])))
            .collect(),
    )
}

fn u16_triplets<'a>(rows: impl Iterator<Item = (usize, &'a Vec<(u16, u16)>)>) -> Value {
    Value::Array(
        rows.flat_map(|(i, row)| row.iter().map(move |&(j, v)| json!([i, j, v]))).collect(),
    )
}

/// Renders an output object with exactly the vector file's field names and encodings.
pub fn output_json(out: &EpochOutput) -> Value {
    let f = &out.fixed;
    let action: Vec<&str> = out
        .bond_action
        .iter()
        .map(|a| match a {
            BondAction::Set => "set",
            BondAction::Clear => "clear",
            BondAction::Keep => "keep",
        })
        .collect();
    let mut fixed = Map::new();
    fixed.insert(
        "total_stake_i64f64".into(),
        Value::from(f.total_stake.iter().map(|x| x.to_bits().to_string()).collect::<Vec<_>>()),
    );
    fixed.insert("stake".into(), fixed_vec(&f.stake));
    fixed.insert("active_stake".into(), fixed_vec(&f.active_stake));
    fixed.insert("weights_normalized".into(), fixed_triplets(&f.weights_normalized));
    fixed.insert("consensus".into(), fixed_vec(&f.consensus));
    fixed.insert("validator_trust".into(), fixed_vec(&f.validator_trust));
    fixed.insert("ranks_unnormalized".into(), fixed_vec(&f.ranks_unnormalized));
    fixed.insert("incentive".into(), fixed_vec(&f.incentive));
    fixed.insert("dividends".into(), fixed_vec(&f.dividends));
    fixed.insert("ema_bonds".into(), fixed_triplets(&f.ema_bonds));
    fixed.insert("normalized_server_emission".into(), fixed_vec(&f.normalized_server_emission));
    fixed.insert(
        "normalized_validator_emission".into(),
        fixed_vec(&f.normalized_validator_emission),
    );
    fixed.insert("normalized_combined_emission".into(), fixed_vec(&f.normalized_combined_emission));
    fixed.insert("kappa".into(), Value::from(f.kappa.to_bits()));
    fixed.insert("bonds_penalty".into(), Value::from(f.bonds_penalty.to_bits()));
    json!({
        "active": out.active,
        "new_validator_permit": out.new_validator_permit,
        "stake_weight": out.stake_weight,
        "consensus": out.consensus,
        "incentive": out.incentive,
        "dividends": out.dividends,
        "validator_trust": out.validator_trust,
        "emission": {
            "server": out.emission.server,
            "validator": out.emission.validator,
            "combined": out.emission.combined,
        },
        "bonds": {
            "action": action,
            "written": u16_triplets(out.bonds_written.iter().enumerate()),
            "after": u16_triplets(out.bonds_after.iter().enumerate()),
        },
        "legacy": {
            "rank": out.legacy.rank,
            "trust": out.legacy.trust,
            "pruning_score": out.legacy.pruning_score,
        },
        "fixed_bits": Value::Object(fixed),
    })
}

fn schema(doc: &Value) -> Result<&str, VectorError> {
    let s = field(doc, "", "schema")?;
    s.as_str().ok_or_else(|| VectorError::Type { field: "schema".into(), expected: "a string" })
}

fn epochs(doc: &Value) -> Result<&Vec<Value>, VectorError> {
    as_array(field(doc, "", "epochs")?, "epochs")
}

/// The parsed inputs of a document (one for a single vector, one per epoch for a sequence).
pub fn document_inputs(doc: &Value) -> Result<Vec<EpochInput>, VectorError> {
    match schema(doc)? {
        SCHEMA_VECTOR => Ok(vec![parse_input(field(doc, "", "input")?)?]),
        SCHEMA_SEQUENCE => epochs(doc)?
            .iter()
            .enumerate()
            .map(|(k, e)| {
                let input = e
                    .get("input")
                    .ok_or_else(|| VectorError::Missing(format!("epochs[{k}].input")))?;
                parse_input(input).map_err(|err| prefix_error(err, &format!("epochs[{k}].")))
            })
            .collect(),
        other => Err(VectorError::Schema(other.to_owned())),
    }
}

fn prefix_error(err: VectorError, prefix: &str) -> VectorError {
    match err {
        VectorError::Missing(f) => VectorError::Missing(format!("{prefix}{f}")),
        VectorError::Type { field, expected } => {
            VectorError::Type { field: format!("{prefix}{field}"), expected }
        }
        VectorError::Range { field, value, target } => {
            VectorError::Range { field: format!("{prefix}{field}"), value, target }
        }
        other => other,
    }
}

/// Runs a whole document: the `output` object for a single vector, `{"epochs": [output, ...]}` for a
/// sequence (each epoch computed from its own input).
pub fn run_document(doc: &Value) -> Result<Value, VectorError> {
    let inputs = document_inputs(doc)?;
    let outputs: Vec<Value> = inputs.iter().map(|i| output_json(&run_epoch(i))).collect();
    if schema(doc)? == SCHEMA_SEQUENCE {
        Ok(json!({ "epochs": outputs }))
    } else {
        outputs.into_iter().next().ok_or_else(|| VectorError::Missing("input".into()))
    }
}
