//! The pool/emission vector runner behind `taoctl dev vectors FAMILY FILE`: reads the cases of
//! one vector file (`{"id","input"}`), runs them through [`crate::swap`] / [`crate::emission`]
//! and returns `[{"id","output"}]` with the field names and encodings of the vector files.

mod emission_families;
pub mod fixed_json;
mod swap_families;

use serde_json::{Map, Value, json};
use sp_arithmetic::Perquintill;
use substrate_fixed::types::{I96F32, U96F32};

/// The vector families, in the order of their files.
pub const FAMILIES: &[&str] = &[
    "swap",
    "swap-limit",
    "swap-injection",
    "emission-block",
    "emission-split",
    "moving-price",
    "coinbase-block",
];

/// The file (without `.json`) each family's cases live in, same order as [`FAMILIES`].
pub const FAMILY_FILES: &[&str] = &[
    "swap_cases",
    "swap_limit_orders",
    "swap_injection_weights",
    "emission_block",
    "emission_split",
    "emission_moving_price",
    "emission_coinbase_block",
];

/// Why a vector file could not be run.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VectorError {
    /// The family name is not one of [`FAMILIES`].
    #[error("unknown vector family {family:?}; valid families: {valid}")]
    UnknownFamily {
        /// The name given.
        family: String,
        /// The valid names, comma-separated.
        valid: String,
    },
    /// The file is not a JSON list of cases.
    #[error("the vector file must be a JSON list of {{\"id\", \"input\"}} cases")]
    NotAList,
    /// A case has a missing or malformed field.
    #[error("case {case}: field {field:?}: {problem}")]
    BadField {
        /// The case id (or its index when the id is missing).
        case: String,
        /// The field, as a path inside the case.
        field: String,
        /// What is wrong with it.
        problem: &'static str,
    },
}

/// Runs every case of `cases` (the parsed vector file) through `family`'s code.
///
/// `cases` is a JSON list of `{"id","input"}`; an `"output"` present is ignored. Returns the
/// JSON list `[{"id","output"}]`.
pub fn run_family(family: &str, cases: &Value) -> Result<Value, VectorError> {
    let runner: fn(&Case<'_>) -> Result<Value, VectorError> = match family {
        "swap" => swap_families::swap_case,
        "swap-limit" => swap_families::limit_case,
        "swap-injection" => swap_families::injection_case,
        "emission-block" => emission_families::block_case,
        "emission-split" => emission_families::split_case,
        "moving-price" => emission_families::moving_price_case,
        "coinbase-block" => emission_families::coinbase_case,
        _ => {
            return Err(VectorError::UnknownFamily {
                family: family.to_owned(),
                valid: FAMILIES.join(", "),
            });
        }
    };
    let list = cases.as_array().ok_or(VectorError::NotAList)?;
    let mut out = Vec::with_capacity(list.len());
    for (index, case) in list.iter().enumerate() {
        let id = case
            .get("id")
            .and_then(Value::as_str)
            .map_or_else(|| format!("#{index}"), str::to_owned);
        let input = case.get("input").ok_or_else(|| VectorError::BadField {
            case: id.clone(),
            field: "input".to_owned(),
            problem: "missing",
        })?;
        let case = Case { id: &id, path: "input".to_owned(), value: input };
        let output = runner(&case)?;
        out.push(json!({"id": id, "output": output}));
    }
    Ok(Value::Array(out))
}

/// A JSON object inside a case, with the case id and path for error messages.
pub(crate) struct Case<'a> {
    id: &'a str,
    path: String,
    value: &'a Value,
}

impl<'a> Case<'a> {
    fn bad(&self, field: &str, problem: &'static str) -> VectorError {
        VectorError::BadField {
            case: self.id.to_owned(),
            field: format!("{}.{field}", self.path),
            problem,
        }
    }

    fn field(&self, field: &str) -> Result<&'a Value, VectorError> {
        self.value.get(field).ok_or_else(|| self.bad(field, "missing"))
    }

    pub(crate) fn u64(&self, field: &str) -> Result<u64, VectorError> {
        self.field(field)?
            .as_u64()
            .ok_or_else(|| self.bad(field, "expected an unsigned 64-bit integer"))
    }

    pub(crate) fn opt_u64(&self, field: &str) -> Result<Option<u64>, VectorError> {
        match self.field(field)? {
            Value::Null => Ok(None),
            v => v
                .as_u64()
                .map(Some)
                .ok_or_else(|| self.bad(field, "expected null or an unsigned 64-bit integer")),
        }
    }

    pub(crate) fn u16(&self, field: &str) -> Result<u16, VectorError> {
        u16::try_from(self.u64(field)?).map_err(|_| self.bad(field, "expected a u16"))
    }

    pub(crate) fn bool(&self, field: &str) -> Result<bool, VectorError> {
        self.field(field)?.as_bool().ok_or_else(|| self.bad(field, "expected a boolean"))
    }

    pub(crate) fn str(&self, field: &str) -> Result<&'a str, VectorError> {
        self.field(field)?.as_str().ok_or_else(|| self.bad(field, "expected a string"))
    }

    /// A Perquintill given as parts per 1e18.
    pub(crate) fn perquintill(&self, field: &str) -> Result<Perquintill, VectorError> {
        let parts = self.u64(field)?;
        if parts > 1_000_000_000_000_000_000 {
            return Err(self.bad(field, "Perquintill parts above 1e18"));
        }
        Ok(Perquintill::from_parts(parts))
    }

    pub(crate) fn u96f32(&self, field: &str) -> Result<U96F32, VectorError> {
        fixed_json::parse_u128_bits(self.field(field)?)
            .map(U96F32::from_bits)
            .ok_or_else(|| self.bad(field, "expected {\"bits\": \"<u128>\"}"))
    }

    pub(crate) fn i96f32(&self, field: &str) -> Result<I96F32, VectorError> {
        fixed_json::parse_i128_bits(self.field(field)?)
            .map(I96F32::from_bits)
            .ok_or_else(|| self.bad(field, "expected {\"bits\": \"<i128>\"}"))
    }

    /// The objects of a list field, each as a nested [`Case`].
    pub(crate) fn list(&self, field: &str) -> Result<Vec<Case<'a>>, VectorError> {
        let items =
            self.field(field)?.as_array().ok_or_else(|| self.bad(field, "expected a list"))?;
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, value)| Case {
                id: self.id,
                path: format!("{}.{field}[{i}]", self.path),
                value,
            })
            .collect())
    }
}

/// Builds a JSON object from `(name, value)` pairs.
pub(crate) fn object<const N: usize>(fields: [(&str, Value); N]) -> Map<String, Value> {
    fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}
