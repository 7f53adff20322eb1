//! The compact binary value format of state rows (store format 2): a serde data format that
//! writes values positionally, with no field names and fixed-width little-endian integers.
//!
//! Why: every block reads and rewrites the hot per-subnet rows; the JSON round trip of those rows
//! (and of 256-entry weight rows at every epoch) was the largest cost of a simulated day.
//!
//! Encoding: `bool` 1 byte; integers fixed-width LE (u16 → 2 bytes … u128/i128 → 16);
//! `char` as u32; strings and byte strings `len u32 LE ++ bytes`; `Option` `0x00` | `0x01 ++
//! value`; sequences and maps `len u32 LE ++ items`; tuples and structs their fields in order;
//! enum variants `index u32 LE ++ payload`; unit types nothing. It is not self-describing:
//! decoding needs the type, so `#[serde(tag/untagged/flatten)]`, `skip_serializing_if` and
//! floats are unsupported (they fail loudly, never silently) — stored row types are plain
//! derives. `is_human_readable()` is false, so `AccountId`/`Hash` write their 32 raw bytes.

use serde::de::{self, DeserializeSeed, IntoDeserializer, SeqAccess, Visitor};
use serde::ser::{self, Serialize};

/// A codec error (message only; callers wrap it).
#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}
impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}
impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, Error> {
    Err(Error(format!("{what} is not supported by the binary state codec")))
}

/// Encodes `v` (appending to `out`).
pub fn to_vec<T: Serialize + ?Sized>(v: &T, out: &mut Vec<u8>) -> Result<(), Error> {
    v.serialize(&mut Ser { out })
}

/// Decodes a `T` that must use every byte of `bytes`.
pub fn from_slice<'de, T: de::Deserialize<'de>>(bytes: &'de [u8]) -> Result<T, Error> {
    let mut d = De { input: bytes };
    let v = T::deserialize(&mut d)?;
    if d.input.is_empty() { Ok(v) } else { Err(Error(format!("{} trailing bytes", d.input.len()))) }
}

struct Ser<'a> {
    out: &'a mut Vec<u8>,
}

impl Ser<'_> {
    fn len(&mut self, n: usize) -> Result<(), Error> {
        let n = u32::try_from(n).map_err(|_| Error("length exceeds u32".into()))?;
        self.out.extend_from_slice(&n.to_le_bytes());
        Ok(())
    }
}

macro_rules! ser_int {
    ($($f:ident $t:ty),*) => {$(
        fn $f(self, v: $t) -> Result<(), Error> {
            self.out.extend_from_slice(&v.to_le_bytes());
            Ok(())
        }
    )*};
}

impl<'a, 'b> ser::Serializer for &'a mut Ser<'b> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn is_human_readable(&self) -> bool {
        false
    }

    ser_int!(serialize_i8 i8, serialize_i16 i16, serialize_i32 i32, serialize_i64 i64,
        serialize_i128 i128, serialize_u8 u8, serialize_u16 u16, serialize_u32 u32,
        serialize_u64 u64, serialize_u128 u128);

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push(u8::from(v));
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        unsupported("f32")
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        unsupported("f64")
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_u32(v as u32)
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.serialize_bytes(v.as_bytes())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        self.len(v.len())?;
        self.out.extend_from_slice(v);
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.push(0);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Error> {
        self.out.push(1);
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, i: u32, _: &'static str) -> Result<(), Error> {
        self.serialize_u32(i)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        i: u32,
        _: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.serialize_u32(i)?;
        v.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self, Error> {
        match len {
            Some(n) => {
                self.len(n)?;
                Ok(self)
            }
            None => unsupported("a sequence of unknown length"),
        }
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, Error> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Error> {
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        i: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Error> {
        self.serialize_u32(i)?;
        Ok(self)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self, Error> {
        match len {
            Some(n) => {
                self.len(n)?;
                Ok(self)
            }
            None => unsupported("a map of unknown length"),
        }
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Error> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        i: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Error> {
        self.serialize_u32(i)?;
        Ok(self)
    }
}

/// Struct fields are written in declaration order, without names.
macro_rules! ser_struct {
    ($tr:ident) => {
        impl ser::$tr for &mut Ser<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<K: Serialize + ?Sized>(
                &mut self,
                _: &'static str,
                v: &K,
            ) -> Result<(), Error> {
                v.serialize(&mut **self)
            }
            fn end(self) -> Result<(), Error> {
                Ok(())
            }
        }
    };
}

impl ser::SerializeSeq for &mut Ser<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}
impl ser::SerializeTuple for &mut Ser<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}
impl ser::SerializeTupleStruct for &mut Ser<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}
impl ser::SerializeTupleVariant for &mut Ser<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}
impl ser::SerializeMap for &mut Ser<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Error> {
        k.serialize(&mut **self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}
ser_struct!(SerializeStruct);
ser_struct!(SerializeStructVariant);

struct De<'de> {
    input: &'de [u8],
}

impl<'de> De<'de> {
    fn take(&mut self, n: usize) -> Result<&'de [u8], Error> {
        if self.input.len() < n {
            return Err(Error(format!("needs {n} more bytes, has {}", self.input.len())));
        }
        let (head, rest) = self.input.split_at(n);
        self.input = rest;
        Ok(head)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn len(&mut self) -> Result<usize, Error> {
        Ok(u32::from_le_bytes(self.array()?) as usize)
    }
    fn bytes(&mut self) -> Result<&'de [u8], Error> {
        let n = self.len()?;
        self.take(n)
    }
    fn str(&mut self) -> Result<&'de str, Error> {
        std::str::from_utf8(self.bytes()?).map_err(|e| Error(format!("string: {e}")))
    }
}

macro_rules! de_int {
    ($($f:ident $visit:ident $t:ty),*) => {$(
        fn $f<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
            v.$visit(<$t>::from_le_bytes(self.array()?))
        }
    )*};
}

impl<'de> de::Deserializer<'de> for &mut De<'de> {
    type Error = Error;

    fn is_human_readable(&self) -> bool {
        false
    }

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        unsupported("a self-describing type (tagged/untagged enum, flatten, any)")
    }

    de_int!(deserialize_i8 visit_i8 i8, deserialize_i16 visit_i16 i16,
        deserialize_i32 visit_i32 i32, deserialize_i64 visit_i64 i64,
        deserialize_i128 visit_i128 i128, deserialize_u8 visit_u8 u8,
        deserialize_u16 visit_u16 u16, deserialize_u32 visit_u32 u32,
        deserialize_u64 visit_u64 u64, deserialize_u128 visit_u128 u128);

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.take(1)?[0] {
            0 => v.visit_bool(false),
            1 => v.visit_bool(true),
            b => Err(Error(format!("bool byte {b}"))),
        }
    }
    fn deserialize_f32<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        unsupported("f32")
    }
    fn deserialize_f64<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        unsupported("f64")
    }
    fn deserialize_char<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let c = u32::from_le_bytes(self.array()?);
        v.visit_char(char::from_u32(c).ok_or_else(|| Error(format!("char {c}")))?)
    }
    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_borrowed_str(self.str()?)
    }
    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }
    fn deserialize_bytes<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_borrowed_bytes(self.bytes()?)
    }
    fn deserialize_byte_buf<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_bytes(v)
    }
    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.take(1)?[0] {
            0 => v.visit_none(),
            1 => v.visit_some(self),
            b => Err(Error(format!("option tag {b}"))),
        }
    }
    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_unit()
    }
    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        v: V,
    ) -> Result<V::Value, Error> {
        v.visit_unit()
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        v: V,
    ) -> Result<V::Value, Error> {
        v.visit_newtype_struct(self)
    }
    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let n = self.len()?;
        v.visit_seq(Items { de: self, left: n })
    }
    fn deserialize_tuple<V: Visitor<'de>>(self, n: usize, v: V) -> Result<V::Value, Error> {
        v.visit_seq(Items { de: self, left: n })
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        n: usize,
        v: V,
    ) -> Result<V::Value, Error> {
        v.visit_seq(Items { de: self, left: n })
    }
    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let n = self.len()?;
        v.visit_map(Items { de: self, left: n })
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        v.visit_seq(Items { de: self, left: fields.len() })
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        v.visit_enum(self)
    }
    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_u32(u32::from_le_bytes(self.array()?))
    }
    fn deserialize_ignored_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        unsupported("skipping a value")
    }
}

/// Sequence / tuple / struct / map items with a known count.
struct Items<'a, 'de> {
    de: &'a mut De<'de>,
    left: usize,
}

impl<'de> SeqAccess<'de> for Items<'_, 'de> {
    type Error = Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(&mut *self.de).map(Some)
    }
    fn size_hint(&self) -> Option<usize> {
        // Bounded by the remaining input so a corrupt length cannot pre-allocate gigabytes.
        Some(self.left.min(self.de.input.len()))
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(&mut *self.de).map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.de)
    }
}

impl<'de> de::EnumAccess<'de> for &mut De<'de> {
    type Error = Error;
    type Variant = Self;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let i = u32::from_le_bytes(self.array()?);
        let v = seed.deserialize(i.into_deserializer())?;
        Ok((v, self))
    }
}

impl<'de> de::VariantAccess<'de> for &mut De<'de> {
    type Error = Error;
    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, n: usize, v: V) -> Result<V::Value, Error> {
        v.visit_seq(Items { de: self, left: n })
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        v.visit_seq(Items { de: self, left: fields.len() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{HotkeyPool, NeuronRow, SubnetIdentity, SubnetMeta, SubnetPool};
    use crate::state_weights::{SubnetEmission, WeightCommit};
    use crate::types::{AccountId, Hash};
    use serde::{Deserialize, Serialize};

    fn round_trip<T: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug>(v: T) {
        let mut b = Vec::new();
        to_vec(&v, &mut b).expect("encode");
        assert_eq!(from_slice::<T>(&b).expect("decode"), v);
        // One byte short never decodes (no silent misread of a truncated row).
        if !b.is_empty() {
            assert!(from_slice::<T>(&b[..b.len() - 1]).is_err());
        }
    }

    #[test]
    fn golden_bytes() {
        let mut b = Vec::new();
        to_vec(&(7u16, true, Some(1u64), None::<u8>, vec![(1u16, 2u16)], "ab"), &mut b).unwrap();
        assert_eq!(
            b,
            [7, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 2, 0, 2, 0, 0, 0, b'a', b'b']
        );
        let mut b = Vec::new();
        to_vec(&AccountId([9; 32]), &mut b).unwrap();
        assert_eq!(b.len(), 36);
        assert_eq!(&b[..4], &32u32.to_le_bytes());
    }

    #[test]
    fn stored_row_types_round_trip() {
        let a = AccountId([3; 32]);
        round_trip(SubnetPool {
            tao: 1,
            alpha_in: 2,
            alpha_out: 3,
            quote_weight: 4,
            fee_rate: 5,
            volume: u128::MAX,
            recycled_for_registration: 6,
            burn: 7,
            registrations_this_block: 8,
            registrations_this_interval: 9,
            moving_price_bits: -10,
        });
        round_trip(SubnetMeta {
            owner: a,
            owner_hotkey: AccountId([4; 32]),
            registered_at: 5,
            mechanism: 1,
            first_emission_block: Some(9),
            subtoken_enabled: true,
            locked: 11,
            symbol: "α".into(),
            identity: Some(SubnetIdentity { subnet_name: "x".into(), ..Default::default() }),
            last_epoch_block: 12,
        });
        round_trip(NeuronRow { hotkey: a, active: true, incentive: 65535, ..Default::default() });
        round_trip(HotkeyPool { alpha: 5, shares: 1 << 100 });
        round_trip(SubnetEmission { root_prop_bits: 77, pending_server: 3, ..Default::default() });
        round_trip(vec![WeightCommit { hash: Hash([1; 32]), commit_epoch: 2, commit_block: 3 }]);
        round_trip(vec![(0u16, 65535u16), (255, 1)]);
        round_trip(i128::MIN);
        round_trip(crate::state::Global::TotalStake);
    }

    #[test]
    fn self_describing_types_are_refused() {
        assert!(from_slice::<serde_json::Value>(&[0]).is_err());
        let mut b = Vec::new();
        assert!(to_vec(&1.5f64, &mut b).is_err());
    }
}
