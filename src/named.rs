//! Public enums over closed vocabularies: each variant with its stable
//! name, written once, from which `as_str`, `Display`, `FromStr` and `all`
//! follow and round-trip.

/// Defines a public enum whose variants each carry a stable name:
///
/// ```text
/// named! {
///     /// Docs.
///     #[derive(...)]
///     pub enum Name ("what it is, for messages") {
///         /// Docs.
///         Variant = "name",
///     }
/// }
/// ```
macro_rules! named {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $str:literal, )*
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
        }

        impl $name {
            /// Every value with its stable name, in one table.
            const NAMES: &'static [($name, &'static str)] = &[$( ($name::$variant, $str), )*];

            /// The stable snake_case name, as written in JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $str, )*
                }
            }

            /// Every value, in the order declared.
            pub fn all() -> impl Iterator<Item = $name> {
                Self::NAMES.iter().map(|&(v, _)| v)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                // As `str` does: width, fill and alignment honoured.
                f.pad(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::Error;

            /// The value of a stable name, exactly as [`Self::as_str`]
            /// writes it.
            ///
            /// # Errors
            ///
            /// [`crate::ErrorKind::UnknownName`] for any other text.
            fn from_str(s: &str) -> Result<$name, crate::Error> {
                Self::NAMES
                    .iter()
                    .find(|(_, name)| *name == s)
                    .map(|&(v, _)| v)
                    .ok_or_else(|| crate::error::unknown_name($what, s))
            }
        }
    };
}
