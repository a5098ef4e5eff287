//! Python values straight from the crate's `Serialize`: the serializer
//! builds what `json.loads` of the crate's JSON would give (dicts with the
//! same keys in the same order, lists, `str`, `int`, `bool`, `None`), with
//! one difference that makes it exact: a number with a fraction becomes a
//! `decimal.Decimal` of the digits JSON writes, never a `float`. No JSON text
//! is written or read on the way, and the crate's `Serialize` stays the one
//! definition of the output.

use std::fmt;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString};
use serde::ser::{self, Impossible, Serialize};

/// A Python error met while building, or a value the output never holds.
#[derive(Debug)]
pub(crate) struct Error(pub(crate) PyErr);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(pyo3::exceptions::PyValueError::new_err(msg.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error(e)
    }
}

/// The Python value of `value`.
pub(crate) fn to_py<T: Serialize + ?Sized>(py: Python<'_>, value: &T) -> PyResult<Py<PyAny>> {
    value
        .serialize(Serializer { py })
        .map(Bound::unbind)
        .map_err(|e| e.0)
}

/// `decimal.Decimal`, looked up once.
fn decimal(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    static DECIMAL: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    DECIMAL
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(py.import("decimal")?.getattr("Decimal")?.unbind())
        })
        .map(|d| d.bind(py))
}

#[derive(Clone, Copy)]
struct Serializer<'py> {
    py: Python<'py>,
}

type Out<'py> = Result<Bound<'py, PyAny>, Error>;

impl<'py> Serializer<'py> {
    fn value(self, v: impl IntoPyObject<'py>) -> Out<'py> {
        v.into_bound_py_any(self.py).map_err(Error)
    }
}

use pyo3::conversion::IntoPyObjectExt;

impl<'py> ser::Serializer for Serializer<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = List<'py>;
    type SerializeTuple = List<'py>;
    type SerializeTupleStruct = List<'py>;
    type SerializeTupleVariant = Impossible<Self::Ok, Error>;
    type SerializeMap = Map<'py>;
    type SerializeStruct = Map<'py>;
    type SerializeStructVariant = Impossible<Self::Ok, Error>;

    fn serialize_bool(self, v: bool) -> Out<'py> {
        self.value(v)
    }
    fn serialize_i8(self, v: i8) -> Out<'py> {
        self.value(v)
    }
    fn serialize_i16(self, v: i16) -> Out<'py> {
        self.value(v)
    }
    fn serialize_i32(self, v: i32) -> Out<'py> {
        self.value(v)
    }
    fn serialize_i64(self, v: i64) -> Out<'py> {
        self.value(v)
    }
    fn serialize_i128(self, v: i128) -> Out<'py> {
        self.value(v)
    }
    fn serialize_u8(self, v: u8) -> Out<'py> {
        self.value(v)
    }
    fn serialize_u16(self, v: u16) -> Out<'py> {
        self.value(v)
    }
    fn serialize_u32(self, v: u32) -> Out<'py> {
        self.value(v)
    }
    fn serialize_u64(self, v: u64) -> Out<'py> {
        self.value(v)
    }
    fn serialize_u128(self, v: u128) -> Out<'py> {
        self.value(v)
    }
    fn serialize_f32(self, v: f32) -> Out<'py> {
        self.serialize_f64(f64::from(v))
    }
    /// The crate writes a number with a fraction as the `f64` whose shortest
    /// form is exactly its digits (its bounds see to it): those digits, as
    /// a `Decimal`.
    fn serialize_f64(self, v: f64) -> Out<'py> {
        if !v.is_finite() {
            return Err(ser::Error::custom(format!("{v} is no JSON number")));
        }
        Ok(decimal(self.py)?.call1((v.to_string(),))?)
    }
    fn serialize_char(self, v: char) -> Out<'py> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Out<'py> {
        Ok(PyString::new(self.py, v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> Out<'py> {
        self.value(v.to_vec())
    }
    fn serialize_none(self) -> Out<'py> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Out<'py> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Out<'py> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Out<'py> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Out<'py> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Out<'py> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Out<'py> {
        let dict = PyDict::new(self.py);
        dict.set_item(variant, value.serialize(self)?)?;
        Ok(dict.into_any())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<List<'py>, Error> {
        Ok(List {
            ser: self,
            items: Vec::with_capacity(len.unwrap_or(0)),
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<List<'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<List<'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(ser::Error::custom(format!(
            "{name}::{variant} is not in schema 1"
        )))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Map<'py>, Error> {
        Ok(Map {
            ser: self,
            dict: PyDict::new(self.py),
            key: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Map<'py>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(ser::Error::custom(format!(
            "{name}::{variant} is not in schema 1"
        )))
    }
}

/// A list being built.
pub(crate) struct List<'py> {
    ser: Serializer<'py>,
    items: Vec<Bound<'py, PyAny>>,
}

impl<'py> List<'py> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.items.push(value.serialize(self.ser)?);
        Ok(())
    }
    fn finish(self) -> Out<'py> {
        Ok(PyList::new(self.ser.py, self.items)?.into_any())
    }
}

/// A list is built the same way whatever serde calls it: a sequence, a
/// tuple, a tuple struct.
macro_rules! list_serializer {
    ($($trait:ident :: $element:ident),*) => {$(
        impl<'py> ser::$trait for List<'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn $element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.push(value)
            }
            fn end(self) -> Out<'py> {
                self.finish()
            }
        }
    )*};
}

list_serializer!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

/// A struct key's address and length, and its Python string.
type KeySlot = (usize, usize, Py<PyString>);

/// How many struct keys [`KEYS`] holds: more than the crate's output has.
const KEY_SLOTS: usize = 256;

thread_local! {
    /// The keys of structs as Python strings, made once: a key is a
    /// `&'static str`, known by where it lies. A slot is chosen by the
    /// key's address; two keys meeting in one slot take turns.
    static KEYS: std::cell::RefCell<Vec<Option<KeySlot>>> =
        std::cell::RefCell::new((0..KEY_SLOTS).map(|_| None).collect());
}

/// The Python string of the struct key `key`.
fn key<'py>(py: Python<'py>, key: &'static str) -> Bound<'py, PyString> {
    let at = key.as_ptr() as usize;
    let slot = (at >> 3).wrapping_add(key.len()) % KEY_SLOTS;
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        match keys.get_mut(slot) {
            Some(Some((k, n, s))) if *k == at && *n == key.len() => s.bind(py).clone(),
            Some(entry) => {
                let s = PyString::intern(py, key);
                *entry = Some((at, key.len(), s.clone().unbind()));
                s
            }
            None => PyString::intern(py, key),
        }
    })
}

/// A dict being built; struct keys are interned, as `json` does.
pub(crate) struct Map<'py> {
    ser: Serializer<'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
}

impl<'py> ser::SerializeMap for Map<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(key.serialize(self.ser)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a map value without its key"))?;
        self.dict.set_item(key, value.serialize(self.ser)?)?;
        Ok(())
    }
    fn end(self) -> Out<'py> {
        Ok(self.dict.into_any())
    }
}

impl<'py> ser::SerializeStruct for Map<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let value = value.serialize(self.ser)?;
        self.dict.set_item(self::key(self.ser.py, key), value)?;
        Ok(())
    }
    fn end(self) -> Out<'py> {
        Ok(self.dict.into_any())
    }
}
