//! Sorting for this graphic's short lists (51 counties at most, usually fewer than 20 items).
//!
//! Why not `slice::sort_by`: every call site of the standard sorts instantiates its own copy
//! of driftsort or ipnsort, 2–4 KB of WebAssembly each, about 40 KB for a dozen sites. An
//! insertion sort is a few hundred bytes per site and as fast at these sizes. Stable, like
//! `sort_by`: equal items keep their order.

/// Sorts `items` so that no item is `less` than the one before it.
pub fn sort_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && less(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `items` by `key`, ascending.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a) < key(b));
}

/// Sorts `items` ascending.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, |a, b| a < b);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same order as the standard library's stable sort, on many pseudo-random lists
    /// with repeated keys (so stability shows).
    #[test]
    fn agrees_with_the_standard_stable_sort() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for len in 0..70 {
            let items: Vec<(u64, usize)> = (0..len).map(|i| (next() % 7, i)).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = items.clone();
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std);
            let mut plain = items;
            sort(&mut plain);
            assert!(plain.windows(2).all(|w| w[0] <= w[1]));
        }
    }
}
