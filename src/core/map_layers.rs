//! What the map colours by: the layers a reader can switch between.

/// A map layer. `Figure` layers show one sourced county figure (ids from
/// `pairing.figures[].id` in the dataset).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MapLayer {
    #[default]
    Partner,
    District,
    ExitYear,
    PovertyStatus,
    DeepPoverty,
    Figure(String),
}

impl MapLayer {
    /// The id used in the URL: `partner`, `district`, `exit`, `status`, `deep`, `fig.<id>`.
    pub fn id(&self) -> String {
        match self {
            MapLayer::Partner => "partner".to_owned(),
            MapLayer::District => "district".to_owned(),
            MapLayer::ExitYear => "exit".to_owned(),
            MapLayer::PovertyStatus => "status".to_owned(),
            MapLayer::DeepPoverty => "deep".to_owned(),
            MapLayer::Figure(id) => format!("fig.{id}"),
        }
    }

    /// Reads an id written by [`MapLayer::id`]; `None` for anything else. Figure ids are
    /// checked against the dataset elsewhere (an unknown one falls back to the default).
    pub fn from_id(id: &str) -> Option<MapLayer> {
        Some(match id {
            "partner" => MapLayer::Partner,
            "district" => MapLayer::District,
            "exit" => MapLayer::ExitYear,
            "status" => MapLayer::PovertyStatus,
            "deep" => MapLayer::DeepPoverty,
            other => {
                let fig = other.strip_prefix("fig.")?;
                let ok = !fig.is_empty()
                    && fig.len() <= 64
                    && fig
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
                if !ok {
                    return None;
                }
                MapLayer::Figure(fig.to_owned())
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for l in [
            MapLayer::Partner,
            MapLayer::District,
            MapLayer::ExitYear,
            MapLayer::PovertyStatus,
            MapLayer::DeepPoverty,
            MapLayer::Figure("poor_population_end2013".into()),
        ] {
            assert_eq!(MapLayer::from_id(&l.id()), Some(l));
        }
        for bad in ["", "fig.", "fig.<script>", "Partner", "fig.a b"] {
            assert_eq!(MapLayer::from_id(bad), None, "{bad}");
        }
    }
}
