//! Public types are `Send + Sync` (and `'static` when owned).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice
)]

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<vn_article::Article<'static>>();
    assert_send_sync::<vn_article::Error>();
    assert_send_sync::<vn_article::Dateline<'static>>();
    assert_send_sync::<vn_article::SourceMarker<'static>>();
    assert_send_sync::<vn_article::Credit<'static>>();
    assert_send_sync::<vn_article::Mention<'static>>();
    assert_send_sync::<vn_article::ParseMany<'static>>();
    let _: &dyn std::error::Error = &vn_article::parse("").unwrap_err();
}
