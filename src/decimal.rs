//! [`Decimal`]: the exact value of a figure, as the text wrote it.

use std::fmt;
use std::str::FromStr;

use crate::error::{Detail, Error, ErrorKind};

/// An exact decimal number: the value of a figure as written, with its
/// multiplier applied exactly (`1,2 triệu` is 1200000, `10,2 triệu tỷ`,
/// ten to the fifteenth times 10.2, is 10200000000000000; `53,68` is
/// 53.68).
///
/// A `Decimal` holds every value that JSON readers get back exactly, those
/// that read numbers as 64-bit integers or binary floating point included:
///
/// - a whole number that a 64-bit integer holds: up to
///   18446744073709551615 ([`u64::MAX`]), down to -9223372036854775808
///   ([`i64::MIN`]);
/// - a number with a fraction of up to [`Decimal::MAX_FRACTION_DIGITS`]
///   significant digits (15), no smaller than 0.00001.
///
/// A figure in a text outside these bounds gives no mention but a
/// `number_too_long` diagnostic. Values are kept normalized (no trailing
/// zeros after the point), so `==` compares values: `1,50` equals `1,5`.
///
/// `Display` writes the plain digits, never an exponent; with the `serde`
/// feature the value is a JSON number with exactly those digits.
///
/// ```
/// use vn_article::Decimal;
///
/// let d: Decimal = "53.68".parse().unwrap();
/// assert_eq!((d.mantissa(), d.scale()), (5368, 2));
/// assert_eq!(d.to_string(), "53.68");
/// assert_eq!(d.to_f64(), 53.68);
/// let gdp = Decimal::new(102, 1).unwrap().times_ten_pow(15).unwrap();
/// assert_eq!(gdp.to_string(), "10200000000000000");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    mantissa: i128,
    scale: u8,
}

impl Decimal {
    /// The most significant digits of a number with a fraction.
    pub const MAX_FRACTION_DIGITS: u32 = 15;
    /// The most zeros between the point and the first significant digit of
    /// a number below 1 (`0,00001` has four).
    const MAX_LEADING_ZEROS: u32 = 4;

    /// Zero.
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    /// The value `mantissa / 10^scale`, or `None` when it is outside the
    /// bounds a `Decimal` holds (see the type's documentation).
    ///
    /// ```
    /// use vn_article::Decimal;
    ///
    /// assert_eq!(Decimal::new(1500, 3).unwrap().to_string(), "1.5");
    /// assert_eq!(Decimal::new(1, 6), None); // 0.000001
    /// ```
    pub fn new(mantissa: i128, scale: u32) -> Option<Decimal> {
        let negative = mantissa < 0;
        let (mut m, mut s) = (mantissa.unsigned_abs(), scale);
        // The zeros after the point dropped, in 64 bits when the digits fit
        // (figures in text always do: 128-bit division is a library call).
        if s > 0 {
            match u64::try_from(m) {
                Ok(mut small) => {
                    while s > 0 && small % 10 == 0 {
                        small /= 10;
                        s -= 1;
                    }
                    m = u128::from(small);
                }
                Err(_) => {
                    while s > 0 && m % 10 == 0 {
                        m /= 10;
                        s -= 1;
                    }
                }
            }
        }
        let magnitude = i128::try_from(m).ok()?;
        let signed = if negative { -magnitude } else { magnitude };
        let fits = if s == 0 {
            (i128::from(i64::MIN)..=i128::from(u64::MAX)).contains(&signed)
        } else {
            let digits = digit_count(m);
            digits <= Self::MAX_FRACTION_DIGITS && s <= digits + Self::MAX_LEADING_ZEROS
        };
        Some(Decimal {
            mantissa: signed,
            scale: u8::try_from(s).ok()?,
        })
        .filter(|_| fits)
    }

    /// The whole number `n` (always within the bounds).
    pub(crate) const fn whole(n: u64) -> Decimal {
        Decimal {
            mantissa: n as i128,
            scale: 0,
        }
    }

    /// The digits of the value as one integer: 5368 for 53.68.
    pub fn mantissa(self) -> i128 {
        self.mantissa
    }

    /// The digits after the point: 2 for 53.68, 0 for a whole number.
    pub fn scale(self) -> u32 {
        u32::from(self.scale)
    }

    /// Whether the value is a whole number.
    pub fn is_integer(self) -> bool {
        self.scale == 0
    }

    /// The value as an integer, when it is a whole number.
    pub fn to_i128(self) -> Option<i128> {
        self.is_integer().then_some(self.mantissa)
    }

    /// The nearest `f64`, for convenience (the value itself for whole
    /// numbers below 2^53).
    pub fn to_f64(self) -> f64 {
        // One correctly rounded division of two exact values: a number with
        // a fraction has at most 15 digits, and ten to a power up to 22 is
        // exact in binary (a whole number rounds once, in the conversion).
        let power = (0..self.scale).fold(1.0_f64, |p, _| p * 10.0);
        self.mantissa as f64 / power
    }

    /// The value times `10^exp` (`exp` may be negative), or `None` when the
    /// result is outside the bounds.
    pub fn times_ten_pow(self, exp: i32) -> Option<Decimal> {
        if exp == 0 {
            return Some(self);
        }
        let scale = i64::from(self.scale) - i64::from(exp);
        if scale >= 0 {
            Decimal::new(self.mantissa, u32::try_from(scale).ok()?)
        } else {
            let factor = 10i128.checked_pow(u32::try_from(-scale).ok()?)?;
            Decimal::new(self.mantissa.checked_mul(factor)?, 0)
        }
    }

    /// The value with its sign changed, or `None` when that is outside the
    /// bounds (a whole number past [`i64::MIN`]).
    pub fn checked_neg(self) -> Option<Decimal> {
        Decimal::new(-self.mantissa, u32::from(self.scale))
    }
}

/// The decimal digits of `n` (1 for 0), in 64 bits when it fits.
fn digit_count(n: u128) -> u32 {
    match u64::try_from(n) {
        Ok(small) => small.checked_ilog10().map_or(1, |l| l + 1),
        Err(_) => n.checked_ilog10().map_or(1, |l| l + 1),
    }
}

/// Decimals compare by value: `1,5` is less than `1,75` and than `2`.
///
/// ```
/// use vn_article::Decimal;
///
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// assert!(d("1.5") < d("1.75"));
/// assert!(d("-3") < d("0.00001"));
/// assert_eq!(d("20").max(d("25")), d("25"));
/// ```
impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // At one scale, the mantissas; a value too large for that (a whole
        // number past 10^19 against a fraction) differs from the other by
        // far more than a double's error.
        let scale = self.scale.max(other.scale);
        let up = |d: &Decimal| {
            10i128
                .checked_pow(u32::from(scale - d.scale))
                .and_then(|f| d.mantissa.checked_mul(f))
        };
        match (up(self), up(other)) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => self.to_f64().total_cmp(&other.to_f64()),
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = usize::from(self.scale);
        let sign = if self.mantissa < 0 { "-" } else { "" };
        if scale == 0 {
            return write!(f, "{sign}{digits}");
        }
        let (int, frac) = if digits.len() > scale {
            digits.split_at(digits.len() - scale)
        } else {
            ("0", digits.as_str())
        };
        let zeros = scale.saturating_sub(frac.len());
        write!(f, "{sign}{int}.{:0>zeros$}{frac}", "")
    }
}

impl FromStr for Decimal {
    type Err = Error;

    /// Reads a number written the JSON way: `-12`, `53.68`, `1.2e6`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidNumber`] at the first byte that is not part of
    /// such a number, or at 0 when the value is outside the bounds.
    ///
    /// ```
    /// use vn_article::Decimal;
    ///
    /// assert_eq!("1.2e6".parse::<Decimal>().unwrap().to_string(), "1200000");
    /// let err = "12,5".parse::<Decimal>().unwrap_err();
    /// assert_eq!(err.to_string(), "invalid number: expected a digit, `.` or an exponent at line 1, column 3");
    /// ```
    fn from_str(s: &str) -> Result<Decimal, Error> {
        let bytes = s.as_bytes();
        let bad = |at: usize, expected: &'static str| {
            Error::at(
                ErrorKind::InvalidNumber,
                Detail::InvalidNumber { expected }.to_string(),
                s,
                at,
            )
        };
        let out_of_bounds = || {
            Error::at(
                ErrorKind::InvalidNumber,
                Detail::NumberOutOfBounds.to_string(),
                s,
                0,
            )
        };
        let mut pos = 0;
        let negative = bytes.first() == Some(&b'-');
        if negative {
            pos += 1;
        }
        let mut mantissa: i128 = 0;
        let mut scale: i64 = 0;
        let mut push = |b: u8| -> bool {
            // Leading zeros add nothing.
            if mantissa == 0 && b == b'0' {
                return true;
            }
            match mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(b - b'0')))
            {
                Some(m) => {
                    mantissa = m;
                    true
                }
                None => false,
            }
        };
        let int_start = pos;
        while let Some(&b) = bytes.get(pos).filter(|b| b.is_ascii_digit()) {
            if !push(b) {
                return Err(out_of_bounds());
            }
            pos += 1;
        }
        if pos == int_start {
            return Err(bad(pos, "a digit"));
        }
        if bytes.get(pos) == Some(&b'.') {
            pos += 1;
            let frac_start = pos;
            while let Some(&b) = bytes.get(pos).filter(|b| b.is_ascii_digit()) {
                if !push(b) {
                    return Err(out_of_bounds());
                }
                scale += 1;
                pos += 1;
            }
            if pos == frac_start {
                return Err(bad(pos, "a digit after the point"));
            }
        }
        if let Some(b'e' | b'E') = bytes.get(pos) {
            pos += 1;
            let exp_negative = bytes.get(pos) == Some(&b'-');
            if matches!(bytes.get(pos), Some(b'-' | b'+')) {
                pos += 1;
            }
            let exp_start = pos;
            let mut exp: i64 = 0;
            while let Some(&b) = bytes.get(pos).filter(|b| b.is_ascii_digit()) {
                exp = (exp * 10 + i64::from(b - b'0')).min(1 << 20);
                pos += 1;
            }
            if pos == exp_start {
                return Err(bad(pos, "a digit in the exponent"));
            }
            scale -= if exp_negative { -exp } else { exp };
        }
        if pos < s.len() {
            return Err(bad(pos, "a digit, `.` or an exponent"));
        }
        let signed = if negative { -mantissa } else { mantissa };
        let value = if scale >= 0 {
            u32::try_from(scale)
                .ok()
                .and_then(|s| Decimal::new(signed, s))
        } else {
            i32::try_from(-scale)
                .ok()
                .and_then(|e| Decimal::new(signed, 0)?.times_ten_pow(e))
        };
        value.ok_or_else(out_of_bounds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_exact_and_normalized() {
        let d = |m, s| Decimal::new(m, s).unwrap();
        assert_eq!(d(1200, 3), d(12, 1));
        assert_eq!(d(12, 1).times_ten_pow(6), Some(d(1_200_000, 0)));
        assert_eq!(
            d(102, 1).times_ten_pow(18).unwrap().to_string(),
            "10200000000000000000"
        );
        assert_eq!(d(9_007_199_254_740_993, 0).to_string(), "9007199254740993");
        assert_eq!(d(-5, 2).to_string(), "-0.05");
        assert_eq!(d(1, 5).to_string(), "0.00001");
        assert_eq!(d(0, 3).to_string(), "0");
        assert_eq!(Decimal::new(1, 6), None);
        assert_eq!(Decimal::new(1_234_567_890_123_456, 1), None);
        assert_eq!(d(123_456_789_012_345, 1).to_f64(), 12_345_678_901_234.5);
        assert_eq!(d(5368, 2).to_f64(), 53.68);
        let max = i128::from(u64::MAX);
        assert_eq!(d(max, 0).to_string(), "18446744073709551615");
        assert_eq!(Decimal::new(max + 1, 0), None);
        assert_eq!(d(i64::MIN.into(), 0).to_string(), "-9223372036854775808");
        assert_eq!(Decimal::new(i128::from(i64::MIN) - 1, 0), None);
        assert_eq!(d(max, 0).checked_neg(), None);
        assert_eq!(d(5, 1).checked_neg(), Some(d(-5, 1)));
        assert_eq!(
            d(1, 0).times_ten_pow(19),
            d(10_000_000_000_000_000_000, 0).into()
        );
        assert_eq!(d(1, 0).times_ten_pow(20), None);
        assert_eq!(d(1, 0).times_ten_pow(1000), None);
        assert_eq!(
            d(1, 0).times_ten_pow(-5).map(|d| d.to_string()),
            Some("0.00001".into())
        );
        assert_eq!(d(1, 0).times_ten_pow(i32::MIN), None);
    }

    #[test]
    fn reads_what_it_writes_and_reports_positions() {
        for s in [
            "0",
            "-12",
            "53.68",
            "0.00001",
            "10200000000000000000",
            "-0.5",
        ] {
            assert_eq!(s.parse::<Decimal>().unwrap().to_string(), s);
        }
        assert_eq!("1.50".parse::<Decimal>().unwrap().to_string(), "1.5");
        assert_eq!("1.2E+6".parse::<Decimal>().unwrap().to_string(), "1200000");
        assert_eq!("5e-3".parse::<Decimal>().unwrap().to_string(), "0.005");
        assert_eq!("000123".parse::<Decimal>().unwrap().to_string(), "123");
        let err = |s: &str| {
            let e = s.parse::<Decimal>().unwrap_err();
            (e.kind(), e.offset(), e.to_string())
        };
        assert_eq!(
            err(""),
            (
                ErrorKind::InvalidNumber,
                0,
                "invalid number: expected a digit at line 1, column 1".into()
            )
        );
        assert_eq!(
            err("1."),
            (
                ErrorKind::InvalidNumber,
                2,
                "invalid number: expected a digit after the point at line 1, column 3".into()
            )
        );
        assert_eq!(
            err("2e"),
            (
                ErrorKind::InvalidNumber,
                2,
                "invalid number: expected a digit in the exponent at line 1, column 3".into()
            )
        );
        assert_eq!(err("1 000").1, 1);
        assert_eq!(
            err("0.000001").2,
            "invalid number: outside what a decimal holds exactly (a whole number \
             that a 64-bit integer holds; with a fraction, 15 significant digits from 0.00001) \
             at line 1, column 1"
        );
        assert_eq!(err(&"9".repeat(39)).1, 0);
        assert_eq!(err("18446744073709551616").1, 0);
        assert_eq!(
            "-9223372036854775808"
                .parse::<Decimal>()
                .unwrap()
                .mantissa(),
            i64::MIN.into()
        );
        assert_eq!(err("-9223372036854775809").1, 0);
        assert_eq!(err("1e99999999999").1, 0);
    }
}
