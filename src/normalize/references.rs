//! Character references left in scraped text: `&nbsp;`, `&quot;`,
//! `Vi&#7879;t`, `&#x1EBF;`, decoded as a browser shows them.

use crate::vocab::{NAMED_REFERENCES, WINDOWS_1252_REFERENCES};

/// The longest name of [`NAMED_REFERENCES`], in bytes.
const MAX_NAME: usize = 6;
/// The most digits of a decimal reference (`&#1114111;`).
const MAX_DECIMAL_DIGITS: usize = 7;
/// The most digits of a hexadecimal reference (`&#x10FFFF;`).
const MAX_HEX_DIGITS: usize = 6;
/// The longest reference read, in bytes: `&#x10FFFF;`.
const MAX_REFERENCE: usize = 3 + MAX_HEX_DIGITS + 1;

/// `text` with its character references decoded, or `None` when it holds
/// none. A reference is `&`, a name of [`NAMED_REFERENCES`] or `#` and a
/// decimal or `#x` and a hexadecimal number, then `;`: anything else after
/// a `&` is text (`AT&T`, `?a=1&b=2`, `&nbsp` without its `;`). A number
/// that names no character a page may show (0, a surrogate, a control
/// character but tab and line ends, past U+10FFFF) is left as written; one
/// of U+0080..U+009F is read as Windows-1252, as browsers do (`&#150;` is
/// `–`). Text escaped twice is decoded whole (`&amp;nbsp;` is a
/// non-breaking space), so that the result holds no reference: decoding
/// it again changes nothing.
pub(crate) fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    // Most texts hold no reference at all: told without a copy.
    let any = memchr::memchr_iter(b'&', bytes)
        .any(|at| reference(bytes.get(at + 1..).unwrap_or_default()).is_some());
    if !any {
        return None;
    }
    // Each stretch up to a `;` is copied, then a reference closed by that
    // `;` is replaced by its character, again while the character is a
    // `;` closing another one. A reference opens at the last `&` before its
    // `;`: a character decoded into `&`, a letter or a digit joins the text
    // after it, as a second decoding would read them.
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for semicolon in memchr::memchr_iter(b';', bytes) {
        out.push_str(text.get(from..=semicolon)?);
        from = semicolon + 1;
        while let Some((at, c)) = closing_reference(&out) {
            out.truncate(at);
            out.push(c);
            if c != ';' {
                break;
            }
        }
    }
    out.push_str(text.get(from..)?);
    Some(out)
}

/// The reference that ends `out` (with its `;`): where its `&` stands, and
/// its character.
fn closing_reference(out: &str) -> Option<(usize, char)> {
    let b = out.as_bytes();
    let window = b.len().saturating_sub(MAX_REFERENCE);
    let at = window + memchr::memrchr(b'&', b.get(window..)?)?;
    let (len, c) = reference(b.get(at + 1..)?)?;
    (at + 1 + len == b.len()).then_some((at, c))
}

/// The reference after a `&` at the start of `rest`: its length up to and
/// with its `;`, and the character.
fn reference(rest: &[u8]) -> Option<(usize, char)> {
    match rest.first()? {
        b'#' => {
            let (hex, digits_at) = match rest.get(1) {
                Some(b'x' | b'X') => (true, 2),
                _ => (false, 1),
            };
            let digits = rest.get(digits_at..)?;
            let n = digits
                .iter()
                .take_while(|b| {
                    if hex {
                        b.is_ascii_hexdigit()
                    } else {
                        b.is_ascii_digit()
                    }
                })
                .count();
            let max = if hex {
                MAX_HEX_DIGITS
            } else {
                MAX_DECIMAL_DIGITS
            };
            if n == 0 || n > max || digits.get(n) != Some(&b';') {
                return None;
            }
            let number = std::str::from_utf8(digits.get(..n)?).ok()?;
            let code = u32::from_str_radix(number, if hex { 16 } else { 10 }).ok()?;
            Some((digits_at + n + 1, numbered(code)?))
        }
        _ => {
            let n = rest
                .iter()
                .take(MAX_NAME + 1)
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            if n == 0 || n > MAX_NAME || rest.get(n) != Some(&b';') {
                return None;
            }
            let name = rest.get(..n)?;
            NAMED_REFERENCES
                .iter()
                .find(|(known, _)| known.as_bytes() == name)
                .map(|&(_, c)| (n + 1, c))
        }
    }
}

/// The character a numeric reference names (see [`decode`]).
fn numbered(code: u32) -> Option<char> {
    const WINDOWS_1252_FROM: u32 = 0x80;
    match code {
        0x09 | 0x0A | 0x0D => char::from_u32(code),
        0x00..=0x1F | 0x7F => None,
        0x80..=0x9F => WINDOWS_1252_REFERENCES
            .get(usize::try_from(code - WINDOWS_1252_FROM).ok()?)
            .copied()
            .flatten(),
        _ => char::from_u32(code),
    }
}

#[cfg(test)]
mod tests {
    use super::{decode, MAX_NAME, NAMED_REFERENCES};

    #[test]
    fn every_name_is_read_once_and_whole() {
        for (i, &(name, c)) in NAMED_REFERENCES.iter().enumerate() {
            assert!(name.len() <= MAX_NAME, "{name}");
            assert!(
                NAMED_REFERENCES.iter().skip(i + 1).all(|&(n, _)| n != name),
                "{name}"
            );
            assert_eq!(
                decode(&format!("a&{name};b")),
                Some(format!("a{c}b")),
                "{name}"
            );
        }
    }

    #[test]
    fn references_are_decoded_once_and_only_when_whole() {
        assert_eq!(
            decode("Tin,&nbsp;ảnh: A").as_deref(),
            Some("Tin,\u{a0}ảnh: A")
        );
        assert_eq!(
            decode("Vi&#7879;t Nam &#x1EBF; &#X1ebf;").as_deref(),
            Some("Việt Nam ế ế")
        );
        assert_eq!(
            decode("&quot;Ti&ecirc;u&quot; &#150; &#147;x&#148;").as_deref(),
            Some("\"Tiêu\" – “x”")
        );
        // Escaped twice or more: decoded whole, nothing left to decode.
        assert_eq!(decode("&amp;nbsp;").as_deref(), Some("\u{a0}"));
        assert_eq!(decode("&amp;amp;amp;quot;").as_deref(), Some("\""));
        assert_eq!(decode("&#38;#7879;").as_deref(), Some("ệ"));
        assert_eq!(decode("&amp&#59;").as_deref(), Some("&"));
        assert_eq!(decode("&amp;#0;").as_deref(), Some("&#0;"));
        assert_eq!(
            decode("&Dstrok;à &dstrok;ường").as_deref(),
            Some("Đà đường")
        );
        // No reference: none decoded, no copy.
        for text in [
            "AT&T",
            "?a=1&b=2",
            "&nbsp không dấu chấm phẩy",
            "&unknown;",
            "&#;",
            "&#x;",
            "&#0;",
            "&#1;",
            "&#129;",
            "&#xD800;",
            "&#x110000;",
            "&#12345678;",
            "&toolongname;",
            "&",
            "cuối &",
            "",
        ] {
            assert_eq!(decode(text), None, "{text}");
        }
        // A bad one beside a good one: the good one alone is decoded.
        assert_eq!(decode("&#0;&amp;").as_deref(), Some("&#0;&"));
        assert_eq!(decode("&&amp;&").as_deref(), Some("&&&"));
        assert_eq!(decode("a;b &lt; c;").as_deref(), Some("a;b < c;"));
    }
}
