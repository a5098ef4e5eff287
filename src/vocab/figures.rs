//! The words of figures: multipliers, currencies, units.

use crate::model::Currency;
use crate::parse::common::Table;

/// Multiplier words and the power of ten they stand for (`vạn` ten
/// thousand, `tr` the abbreviation of `triệu`). One may follow a smaller
/// one, and the powers add up: `nghìn tỷ` 10^12, `triệu tỷ` 10^15 (see
/// `parse::number::multiplier`).
pub(crate) const MULTIPLIERS: Table<i32> = Table::new(&[
    ("nghìn", 3),
    ("ngàn", 3),
    ("vạn", 4),
    ("triệu", 6),
    ("tr", 6),
    ("tỷ", 9),
    ("tỉ", 9),
]);

/// The percent sign written out after a number and a space (`50 phần
/// trăm`).
pub(crate) const PERCENT_WORD: &str = "phần trăm";

/// Multipliers glued to the digits before them (`10tr`, `50k`, as
/// informal text writes `10 triệu`, `50 nghìn`), in lower case and closing
/// the word.
pub(crate) const GLUED_MULTIPLIERS: &[(&str, i32)] = &[("tr", 6), ("k", 3)];

/// Currency words and their currencies, longest first where one is the
/// prefix of another.
pub(crate) const CURRENCIES: Table<Currency> = Table::new(&[
    ("đồng", Currency::Vnd),
    ("vnđ", Currency::Vnd),
    ("vnd", Currency::Vnd),
    ("đô la mỹ", Currency::Usd),
    ("đô la úc", Currency::Aud),
    ("đô la canada", Currency::Cad),
    ("đô la singapore", Currency::Sgd),
    ("đô la hồng kông", Currency::Hkd),
    ("đô la hồng công", Currency::Hkd),
    ("đô la hong kong", Currency::Hkd),
    ("đô la đài loan", Currency::Twd),
    ("đô la new zealand", Currency::Nzd),
    ("đô la", Currency::Usd),
    ("đôla", Currency::Usd),
    ("đô", Currency::Usd),
    ("đ", Currency::Vnd),
    ("usd", Currency::Usd),
    ("eur", Currency::Eur),
    ("euro", Currency::Eur),
    ("yên", Currency::Jpy),
    ("yen", Currency::Jpy),
    ("jpy", Currency::Jpy),
    ("nhân dân tệ", Currency::Cny),
    ("ndt", Currency::Cny),
    ("cny", Currency::Cny),
    ("bảng anh", Currency::Gbp),
    ("gbp", Currency::Gbp),
    ("won", Currency::Krw),
    ("krw", Currency::Krw),
    ("baht", Currency::Thb),
    ("bạt", Currency::Thb),
    ("thb", Currency::Thb),
    ("aud", Currency::Aud),
    ("cad", Currency::Cad),
    ("sgd", Currency::Sgd),
    ("hkd", Currency::Hkd),
    ("tân đài tệ", Currency::Twd),
    ("đài tệ", Currency::Twd),
    ("twd", Currency::Twd),
    ("nzd", Currency::Nzd),
    ("franc thụy sĩ", Currency::Chf),
    ("chf", Currency::Chf),
    ("rúp", Currency::Rub),
    ("rub", Currency::Rub),
    ("rupee", Currency::Inr),
    ("inr", Currency::Inr),
    ("ringgit", Currency::Myr),
    ("myr", Currency::Myr),
    ("rupiah", Currency::Idr),
    ("idr", Currency::Idr),
    ("peso philippines", Currency::Php),
    ("kíp lào", Currency::Lak),
    ("lak", Currency::Lak),
    ("riel", Currency::Khr),
    ("khr", Currency::Khr),
]);

/// Currency signs, written before a figure (`$20`, `US$1,5 tỷ`, `€15`) or
/// after it (`20$`, `10₫`, `10¥`: the yen's, as Vietnamese text uses it).
pub(crate) const CURRENCY_SIGNS: Table<Currency> = Table::new(&[
    ("us$", Currency::Usd),
    ("$", Currency::Usd),
    ("€", Currency::Eur),
    ("£", Currency::Gbp),
    ("₫", Currency::Vnd),
    ("¥", Currency::Jpy),
    ("₽", Currency::Rub),
    ("₹", Currency::Inr),
]);

/// Units kept as written after a number, matched exactly (`kg`, not `KG`),
/// longest first where one is the prefix of another; two words at most
/// (`độ C`, `điểm phần trăm`).
pub(crate) const UNITS: Table<()> = Table::new(&[
    ("km/h", ()),
    ("m/s", ()),
    ("m³/s", ()),
    ("người/km²", ()),
    ("gram", ()),
    ("gam", ()),
    ("kg", ()),
    ("mg", ()),
    ("g", ()),
    ("tấn", ()),
    ("tạ", ()),
    ("ha", ()),
    ("km²", ()),
    ("km2", ()),
    ("km", ()),
    ("m²", ()),
    ("m2", ()),
    ("m³", ()),
    ("m3", ()),
    ("cm", ()),
    ("mm", ()),
    ("m", ()),
    ("lít", ()),
    ("ml", ()),
    ("l", ()),
    ("người", ()),
    ("hộ", ()),
    ("ca", ()),
    ("con", ()),
    ("chiếc", ()),
    ("lượt", ()),
    ("tuổi", ()),
    ("phiếu", ()),
    ("sao", ()),
    ("°C", ()),
    ("độ C", ()),
    ("độ", ()),
    ("điểm phần trăm", ()),
    ("điểm", ()),
    ("MW", ()),
    ("kWh", ()),
    ("kW", ()),
    ("GB", ()),
    ("MB", ()),
]);
