//! The first view of a prerendered page: reads the dataset, lets the map answer and
//! hydrates the county panel. `boot.js` loads it first; the `app` binary follows for the
//! story (see `jingjin_aid::start`). Kept small: nothing here reaches the charts, the
//! comparison or the geometry decoder.

fn main() {
    jingjin_aid::start::map_main();
}
