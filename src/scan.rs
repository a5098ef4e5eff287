//! Searches for bytes of a class, in blocks the compiler turns into vector
//! code: the test is written branch-free over a block and its look-ahead,
//! so prose without a hit costs about an instruction a byte or less.

/// Bytes per block.
const BLOCK: usize = 32;
/// Bytes of look-ahead each test may read past its own.
const AHEAD: usize = 4;

/// The first offset `i` at or after `from` where `test(b[i], b[i+1], ...,
/// b[i+4])` holds (bytes past the end read as 0), or `None`.
///
/// `test` must be branch-free (`&` and `|`, not `&&` and `||`) for the
/// block loop to vectorize.
#[inline(always)]
pub(crate) fn find(
    bytes: &[u8],
    from: usize,
    test: impl Fn(u8, u8, u8, u8, u8) -> bool,
) -> Option<usize> {
    let mut at = from;
    while let Some(window) = bytes.get(at..at + BLOCK + AHEAD) {
        if let Some(k) = find_in(window, BLOCK, &test) {
            return Some(at + k);
        }
        at += BLOCK;
    }
    // The tail, shorter than a block and its look-ahead, padded with zeros:
    // one block when it is no longer than one.
    let rest = bytes.get(at..).unwrap_or_default();
    let found = if rest.len() <= BLOCK {
        let mut padded = [0u8; BLOCK + AHEAD];
        padded.get_mut(..rest.len())?.copy_from_slice(rest);
        find_in(&padded, BLOCK, &test)
    } else {
        let mut padded = [0u8; 2 * BLOCK + AHEAD];
        padded.get_mut(..rest.len())?.copy_from_slice(rest);
        find_in(&padded, 2 * BLOCK, &test)
    };
    found.filter(|&k| k < rest.len()).map(|k| at + k)
}

/// The offsets at or after `from` where `test` holds, in order, for a
/// search that stops at most of them (the hits are dense): each block's
/// tests are computed once, as a mask, and the hits read from it (where
/// [`find`] from each hit on would test the block again).
pub(crate) struct Hits<'a, T> {
    bytes: &'a [u8],
    test: T,
    /// The start of the block of `mask`.
    block: usize,
    mask: u64,
}

impl<'a, T: Fn(u8, u8, u8, u8, u8) -> bool> Hits<'a, T> {
    pub(crate) fn new(bytes: &'a [u8], from: usize, test: T) -> Self {
        let mut hits = Hits {
            bytes,
            test,
            block: from,
            mask: 0,
        };
        hits.mask = hits.block_mask(from);
        hits
    }

    /// The tests at the `BLOCK` offsets from `at`, as bits.
    #[inline(always)]
    fn block_mask(&self, at: usize) -> u64 {
        let fold = |window: &[u8]| mask(window, &self.test);
        match self.bytes.get(at..at + BLOCK + AHEAD) {
            Some(window) => fold(window),
            None => {
                // The tail, padded with zeros; offsets past the end dropped.
                let rest = self.bytes.get(at..).unwrap_or_default();
                let mut padded = [0u8; BLOCK + AHEAD];
                if let Some(head) = padded.get_mut(..rest.len().min(BLOCK + AHEAD)) {
                    head.copy_from_slice(rest.get(..head.len()).unwrap_or_default());
                }
                // Shorter than a block and its look-ahead: fewer than 64.
                let keep = (1u64 << rest.len().min(BLOCK + AHEAD)) - 1;
                fold(&padded) & keep
            }
        }
    }
}

/// The tests at the first `BLOCK` offsets of `window`, as bits: written
/// out as bytes without a branch, then packed eight at a time (with each
/// byte 0 or 1, the product gathers byte `i` into bit `56 + i`). Out of
/// line: inlined into the scanner's loop it cost 0.3 million more
/// instructions (callgrind over the corpus, three passes: 107.82 against
/// 107.51 million).
#[inline(never)]
fn mask(window: &[u8], test: &impl Fn(u8, u8, u8, u8, u8) -> bool) -> u64 {
    let mut hits = [0u8; BLOCK];
    for (slot, hit) in hits.iter_mut().zip(lanes(window, BLOCK, test)) {
        *slot = u8::from(hit);
    }
    hits.chunks_exact(8)
        .enumerate()
        .fold(0u64, |m, (i, eight)| {
            let word = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]));
            m | ((word.wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * i))
        })
}

impl<T: Fn(u8, u8, u8, u8, u8) -> bool> Iterator for Hits<'_, T> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        loop {
            if self.mask != 0 {
                let k = self.mask.trailing_zeros() as usize;
                self.mask &= self.mask - 1;
                return Some(self.block + k);
            }
            self.block += BLOCK;
            if self.block >= self.bytes.len() {
                self.block = self.bytes.len();
                return None;
            }
            self.mask = self.block_mask(self.block);
        }
    }
}

/// Whether `test` holds at some offset of `bytes` that has [`AHEAD`] bytes
/// after it: for patterns of five bytes, which cannot stand closer to the
/// end. One branch-free pass, without the position.
#[inline(always)]
pub(crate) fn any_whole(bytes: &[u8], test: impl Fn(u8, u8, u8, u8, u8) -> bool) -> bool {
    let n = bytes.len().saturating_sub(AHEAD);
    if n < BLOCK {
        // Fewer offsets than a block: the bytes padded to one, the offsets
        // past `n` left out.
        let mut padded = [0u8; BLOCK + AHEAD];
        if let Some(head) = padded.get_mut(..bytes.len()) {
            head.copy_from_slice(bytes);
        }
        return lanes(&padded, BLOCK, &test)
            .enumerate()
            .fold(false, |acc, (i, hit)| acc | (hit & (i < n)));
    }
    // Blocks of offsets, the last one overlapping the one before: no odd
    // tail for the compiler to work through a byte at a time.
    let block = |k: usize| {
        let window = bytes.get(k..k + BLOCK + AHEAD).unwrap_or_default();
        lanes(window, BLOCK, &test).fold(false, |acc, hit| acc | hit)
    };
    let mut any = false;
    let mut k = 0;
    while k + BLOCK <= n {
        any |= block(k);
        k += BLOCK;
    }
    if k < n {
        any |= block(n - BLOCK);
    }
    any
}

/// `test` at each of the `n` first offsets of `window`, with the four
/// bytes after it.
#[inline(always)]
fn lanes<'a>(
    window: &'a [u8],
    n: usize,
    test: &'a impl Fn(u8, u8, u8, u8, u8) -> bool,
) -> impl Iterator<Item = bool> + 'a {
    let shifted = move |k: usize| window.get(k..k + n).unwrap_or_default();
    shifted(0)
        .iter()
        .zip(shifted(1))
        .zip(shifted(2))
        .zip(shifted(3))
        .zip(shifted(4))
        .map(move |((((&a, &b), &c), &d), &e)| test(a, b, c, d, e))
}

/// The first of the `n` first offsets of `window` where `test` holds:
/// first a branch-free pass over all of them, then the position.
#[inline(always)]
fn find_in(window: &[u8], n: usize, test: &impl Fn(u8, u8, u8, u8, u8) -> bool) -> Option<usize> {
    if !lanes(window, n, test).fold(false, |acc, hit| acc | hit) {
        return None;
    }
    // A hit: the tests written out without a branch, then read eight at a
    // time.
    let mut hits = [0u8; 2 * BLOCK];
    for (slot, hit) in hits.iter_mut().zip(lanes(window, n, test)) {
        *slot = u8::from(hit);
    }
    hits.chunks_exact(8).enumerate().find_map(|(i, eight)| {
        let word = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]));
        (word != 0).then(|| i * 8 + (word.trailing_zeros() / 8) as usize)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_at_every_offset_across_blocks() {
        let is_x = |a: u8, _, _, _, _| a == b'x';
        let pair = |a: u8, b: u8, _, _, _| (a == b'a') & (b == b'b');
        for len in [0, 1, 5, 31, 32, 33, 36, 37, 64, 100] {
            for at in 0..len {
                let mut v = vec![b'.'; len];
                v[at] = b'x';
                assert_eq!(find(&v, 0, is_x), Some(at), "{len} {at}");
                assert_eq!(find(&v, at, is_x), Some(at));
                assert_eq!(find(&v, at + 1, is_x), None);
                if at + 1 < len {
                    v[at] = b'a';
                    v[at + 1] = b'b';
                    assert_eq!(find(&v, 0, pair), Some(at), "{len} {at}");
                }
            }
            assert_eq!(find(&vec![b'.'; len], 0, is_x), None);
        }
        // Whole patterns at every offset of texts around the block sizes.
        let five = |a: u8, _, _, _, e: u8| (a == b'a') & (e == b'e');
        for len in [5, 6, 20, 35, 36, 37, 40, 67, 68, 69, 100, 131, 132, 133] {
            for at in 0..len - 4 {
                let mut v = vec![b'.'; len];
                v[at] = b'a';
                v[at + 4] = b'e';
                assert!(any_whole(&v, five), "{len} {at}");
                v[at + 4] = b'.';
                assert!(!any_whole(&v, five), "{len} {at}");
            }
        }
        // Whole patterns only: offsets with four bytes after them.
        let five = |a: u8, _, _, _, e: u8| (a == b'a') & (e == b'e');
        assert!(any_whole(b"xabcde", five));
        assert!(!any_whole(b"xabcd", five));
        assert!(!any_whole(b"", five));
        assert!(!any_whole(b"bcde", |_, _, _, _, _| true));
        assert!(any_whole(b"bcdef", |_, _, _, _, _| true));
        // Every hit in order, across blocks and the tail.
        for len in [0, 1, 31, 32, 33, 35, 36, 37, 64, 70, 100] {
            let v: Vec<u8> = (0..len)
                .map(|i| if i % 3 == 0 { b'x' } else { b'.' })
                .collect();
            for from in [0, 1, 5, 33] {
                let want: Vec<usize> = (from..len).filter(|i| i % 3 == 0).collect();
                assert_eq!(
                    Hits::new(&v, from, is_x).collect::<Vec<_>>(),
                    want,
                    "{len} {from}"
                );
            }
        }
        // A test that reads past the end sees zeros.
        assert_eq!(
            find(b"ab", 0, |a, b, c, _, _| (a == b'b') & (b == 0) & (c == 0)),
            Some(1)
        );
    }
}
