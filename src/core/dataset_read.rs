//! Builds the typed dataset ([`Dataset`]) from its JSON tree, field by field, with the
//! path of the first problem. Each reader lists its fields in the order of the struct; a
//! field not listed is refused (a typo in an edit cannot pass silently). Fields that are
//! `Option` may be missing or null.

use super::json::{Json, Path, Read, Reader, one_of};
use super::model::*;

/// An enum read from one of its strings (see `string_enum!` in `core::model`).
fn named<T: Named>(r: &Reader, v: &Json, path: &Path) -> Read<T> {
    let Json::Str(s) = v else {
        return Err(r.wrong_type(path, v, "a string"));
    };
    match T::NAMES.iter().position(|n| n == s) {
        Some(i) => Ok(T::ALL[i]),
        None => Err(r.error(
            path,
            &format!("unknown variant `{s}`, expected {}", one_of(T::NAMES)),
        )),
    }
}

fn string<'a>(r: &'a Reader<'a>) -> impl Fn(&Json, &Path) -> Read<String> + 'a {
    move |v, p| r.string(v, p)
}

fn strings<'a>(r: &'a Reader<'a>) -> impl Fn(&Json, &Path) -> Read<Vec<String>> + 'a {
    move |v, p| r.list(v, p, &|x, q| r.string(x, q))
}

fn text<'a>(r: &'a Reader<'a>) -> impl Fn(&Json, &Path) -> Read<Text> + 'a {
    move |v, p| {
        let o = r.object(v, p, "struct Text", &["zh-Hans", "zh-Hant", "en"])?;
        Ok(Text {
            zh_hans: o.req("zh-Hans", &string(r))?,
            zh_hant: o.req("zh-Hant", &string(r))?,
            en: o.req("en", &string(r))?,
        })
    }
}

fn number<'a>(r: &'a Reader<'a>) -> impl Fn(&Json, &Path) -> Read<f64> + 'a {
    move |v, p| r.number(v, p)
}

fn enumerated<'a, T: Named>(r: &'a Reader<'a>) -> impl Fn(&Json, &Path) -> Read<T> + 'a {
    move |v, p| named(r, v, p)
}

/// The whole dataset.
pub fn dataset(r: &Reader, v: &Json) -> Read<Dataset> {
    let o = r.object(
        v,
        &Path::Root,
        "struct Dataset",
        &[
            "schema_version",
            "article",
            "figures",
            "projects",
            "cities",
            "districts",
            "counties",
            "open_questions",
            "sources",
        ],
    )?;
    Ok(Dataset {
        schema_version: o.req("schema_version", &|v, p| {
            r.whole(v, p, u64::from(u32::MAX), "u32").map(|n| n as u32)
        })?,
        article: o.req("article", &|v, p| article(r, v, p))?,
        figures: o.req("figures", &|v, p| r.list(v, p, &|x, q| figure(r, x, q)))?,
        projects: o.req("projects", &|v, p| r.list(v, p, &|x, q| project(r, x, q)))?,
        cities: o.req("cities", &|v, p| r.list(v, p, &|x, q| city(r, x, q)))?,
        districts: o.req("districts", &|v, p| r.list(v, p, &|x, q| district(r, x, q)))?,
        counties: o.req("counties", &|v, p| r.list(v, p, &|x, q| county(r, x, q)))?,
        open_questions: o.req("open_questions", &|v, p| {
            r.list(v, p, &|x, q| open_question(r, x, q))
        })?,
        sources: o.req("sources", &|v, p| r.list(v, p, &|x, q| source(r, x, q)))?,
    })
}

fn article(r: &Reader, v: &Json, path: &Path) -> Read<Article> {
    let o = r.object(
        v,
        path,
        "struct Article",
        &["source", "title", "outlet", "byline", "date", "sentences"],
    )?;
    Ok(Article {
        source: o.req("source", &string(r))?,
        title: o.req("title", &text(r))?,
        outlet: o.req("outlet", &text(r))?,
        byline: o.req("byline", &text(r))?,
        date: o.req("date", &string(r))?,
        sentences: o.req("sentences", &|v, p| {
            r.list(v, p, &|x, q| {
                let s = r.object(x, q, "struct Sentence", &["id", "text"])?;
                Ok(Sentence {
                    id: s.req("id", &string(r))?,
                    text: s.req("text", &text(r))?,
                })
            })
        })?,
    })
}

fn figure(r: &Reader, v: &Json, path: &Path) -> Read<Figure> {
    let o = r.object(
        v,
        path,
        "struct Figure",
        &[
            "id",
            "section",
            "label",
            "value",
            "unit",
            "measure",
            "qualifier",
            "period",
            "stated",
            "sentence",
            "split",
            "counterpart",
            "before",
            "note",
        ],
    )?;
    Ok(Figure {
        id: o.req("id", &string(r))?,
        section: o.req("section", &enumerated(r))?,
        label: o.req("label", &text(r))?,
        value: o.req("value", &number(r))?,
        unit: o.req("unit", &enumerated(r))?,
        measure: o.opt("measure", &enumerated(r))?,
        qualifier: o.opt("qualifier", &enumerated(r))?,
        period: o.req("period", &enumerated(r))?,
        stated: o.req("stated", &string(r))?,
        sentence: o.req("sentence", &string(r))?,
        split: o.opt("split", &|v, p| {
            let s = r.object(v, p, "struct Split", &["beijing", "tianjin"])?;
            Ok(Split {
                beijing: s.req("beijing", &|v, p| split_part(r, v, p))?,
                tianjin: s.req("tianjin", &|v, p| split_part(r, v, p))?,
            })
        })?,
        counterpart: o.opt("counterpart", &string(r))?,
        before: o.opt("before", &string(r))?,
        note: o.opt("note", &text(r))?,
    })
}

fn split_part(r: &Reader, v: &Json, path: &Path) -> Read<SplitPart> {
    let o = r.object(v, path, "struct SplitPart", &["value", "stated"])?;
    Ok(SplitPart {
        value: o.req("value", &number(r))?,
        stated: o.req("stated", &string(r))?,
    })
}

fn project(r: &Reader, v: &Json, path: &Path) -> Read<Project> {
    let o = r.object(
        v,
        path,
        "struct Project",
        &[
            "id", "name", "partner", "city", "county", "sentence", "figure", "note",
        ],
    )?;
    Ok(Project {
        id: o.req("id", &string(r))?,
        name: o.req("name", &text(r))?,
        partner: o.opt("partner", &enumerated(r))?,
        city: o.opt("city", &string(r))?,
        county: o.opt("county", &string(r))?,
        sentence: o.req("sentence", &string(r))?,
        figure: o.opt("figure", &string(r))?,
        note: o.opt("note", &text(r))?,
    })
}

fn city(r: &Reader, v: &Json, path: &Path) -> Read<City> {
    let o = r.object(v, path, "struct City", &["id", "code_prefix", "name"])?;
    Ok(City {
        id: o.req("id", &string(r))?,
        code_prefix: o.req("code_prefix", &string(r))?,
        name: o.req("name", &text(r))?,
    })
}

fn district(r: &Reader, v: &Json, path: &Path) -> Read<District> {
    let o = r.object(
        v,
        path,
        "struct District",
        &["id", "code", "partner", "name"],
    )?;
    Ok(District {
        id: o.req("id", &string(r))?,
        code: o.req("code", &string(r))?,
        partner: o.req("partner", &enumerated(r))?,
        name: o.req("name", &text(r))?,
    })
}

fn county(r: &Reader, v: &Json, path: &Path) -> Read<County> {
    let o = r.object(
        v,
        path,
        "struct County",
        &["code", "name", "city", "kind", "note", "pairing"],
    )?;
    Ok(County {
        code: o.req("code", &string(r))?,
        name: o.req("name", &text(r))?,
        city: o.req("city", &string(r))?,
        kind: o.req("kind", &enumerated(r))?,
        note: o.opt("note", &|v, p| note(r, v, p))?,
        pairing: o.opt("pairing", &|v, p| pairing(r, v, p))?,
    })
}

fn note(r: &Reader, v: &Json, path: &Path) -> Read<Note> {
    let o = r.object(v, path, "struct Note", &["text", "sources"])?;
    Ok(Note {
        text: o.req("text", &text(r))?,
        sources: o.req("sources", &strings(r))?,
    })
}

fn year<'a>(r: &'a Reader<'a>) -> impl Fn(&Json, &Path) -> Read<u16> + 'a {
    move |v, p| r.whole(v, p, u64::from(u16::MAX), "u16").map(|n| n as u16)
}

fn boolean<'a>(r: &'a Reader<'a>) -> impl Fn(&Json, &Path) -> Read<bool> + 'a {
    move |v, p| r.boolean(v, p)
}

fn pairing(r: &Reader, v: &Json, path: &Path) -> Read<Pairing> {
    let o = r.object(
        v,
        path,
        "struct Pairing",
        &[
            "membership",
            "partner",
            "district",
            "start_year",
            "poverty_status",
            "deep_poverty",
            "exit_year",
            "figures",
            "notes",
        ],
    )?;
    Ok(Pairing {
        membership: o.req("membership", &|v, p| fact(r, v, p, boolean(r)))?,
        partner: o.req("partner", &|v, p| fact(r, v, p, enumerated(r)))?,
        district: o.req("district", &|v, p| fact(r, v, p, string(r)))?,
        start_year: o.req("start_year", &|v, p| fact(r, v, p, year(r)))?,
        poverty_status: o.req("poverty_status", &|v, p| fact(r, v, p, enumerated(r)))?,
        deep_poverty: o.req("deep_poverty", &|v, p| fact(r, v, p, boolean(r)))?,
        exit_year: o.req("exit_year", &|v, p| fact(r, v, p, year(r)))?,
        figures: o.req("figures", &|v, p| {
            r.list(v, p, &|x, q| county_figure(r, x, q))
        })?,
        notes: o.req("notes", &|v, p| r.list(v, p, &|x, q| note(r, x, q)))?,
    })
}

fn fact<T>(
    r: &Reader,
    v: &Json,
    path: &Path,
    value: impl Fn(&Json, &Path) -> Read<T>,
) -> Read<Fact<T>> {
    let o = r.object(
        v,
        path,
        "struct Fact",
        &[
            "value",
            "sources",
            "confidence",
            "method",
            "note",
            "conflicts",
        ],
    )?;
    Ok(Fact {
        value: o.opt("value", &&value)?,
        sources: o.req("sources", &strings(r))?,
        confidence: o.opt("confidence", &enumerated(r))?,
        method: o.opt("method", &enumerated(r))?,
        note: o.opt("note", &text(r))?,
        conflicts: o.def("conflicts", &|v, p| {
            r.list(v, p, &|x, q| {
                let c = r.object(
                    x,
                    q,
                    "struct Conflict",
                    &["value", "sources", "confidence", "note"],
                )?;
                Ok(Conflict {
                    value: c.req("value", &&value)?,
                    sources: c.req("sources", &strings(r))?,
                    confidence: c.req("confidence", &enumerated(r))?,
                    note: c.opt("note", &text(r))?,
                })
            })
        })?,
    })
}

fn county_figure(r: &Reader, v: &Json, path: &Path) -> Read<CountyFigure> {
    let o = r.object(
        v,
        path,
        "struct CountyFigure",
        &[
            "id",
            "label",
            "value",
            "unit",
            "qualifier",
            "period",
            "source",
            "confidence",
            "note",
        ],
    )?;
    Ok(CountyFigure {
        id: o.req("id", &string(r))?,
        label: o.req("label", &text(r))?,
        value: o.req("value", &number(r))?,
        unit: o.req("unit", &enumerated(r))?,
        qualifier: o.opt("qualifier", &enumerated(r))?,
        period: o.req("period", &text(r))?,
        source: o.req("source", &string(r))?,
        confidence: o.req("confidence", &enumerated(r))?,
        note: o.opt("note", &text(r))?,
    })
}

fn open_question(r: &Reader, v: &Json, path: &Path) -> Read<OpenQuestion> {
    let o = r.object(v, path, "struct OpenQuestion", &["id", "text", "sources"])?;
    Ok(OpenQuestion {
        id: o.req("id", &string(r))?,
        text: o.req("text", &text(r))?,
        sources: o.req("sources", &strings(r))?,
    })
}

fn published(r: &Reader, v: &Json, path: &Path) -> Read<Published> {
    let o = r.object(
        v,
        path,
        "struct Published",
        &["outlet", "reporter", "title"],
    )?;
    Ok(Published {
        outlet: o.opt("outlet", &string(r))?,
        reporter: o.opt("reporter", &string(r))?,
        title: o.opt("title", &string(r))?,
    })
}

fn source(r: &Reader, v: &Json, path: &Path) -> Read<Source> {
    let o = r.object(
        v,
        path,
        "struct Source",
        &[
            "id",
            "date",
            "date_note",
            "outlet",
            "reporter",
            "title",
            "title_script",
            "hant",
            "note",
            "copy",
            "url",
            "confidence",
        ],
    )?;
    Ok(Source {
        id: o.req("id", &string(r))?,
        date: o.opt("date", &string(r))?,
        date_note: o.opt("date_note", &enumerated(r))?,
        outlet: o.opt("outlet", &string(r))?,
        reporter: o.opt("reporter", &string(r))?,
        title: o.opt("title", &string(r))?,
        title_script: o.opt("title_script", &enumerated(r))?,
        hant: o.opt("hant", &|v: &Json, p: &Path| published(r, v, p))?,
        note: o.opt("note", &text(r))?,
        copy: o.opt("copy", &enumerated(r))?,
        url: o.opt("url", &string(r))?,
        confidence: o.opt("confidence", &enumerated(r))?,
    })
}
