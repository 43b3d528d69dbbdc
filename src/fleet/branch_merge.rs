//! A branch's own `branch.toml` merged into head office's signed one. The
//! signed file is the authority for every number customers are told to call
//! (110, 96110, 12378 …): anyone who can write one local file must not be able
//! to put a scammer's number on the anti-fraud line. The branch may set its own
//! facts (`[branch]`: name, address, hours, languages), add phones head office
//! did not sign, and fill in a number head office signed as a sample
//! (`placeholder = true`). Any other change to a signed phone is refused: the
//! signed value stays, and staff get `branch.toml:line:col` saying so.

use crate::content::{Diagnostic, Severity, SourceFile};

/// The merged file and what in the local file was not taken.
#[derive(Debug, Default)]
pub struct Merged {
    /// The `branch.toml` to install.
    pub text: String,
    /// Refused overrides and unreadable local files, for staff.
    pub refused: Vec<Diagnostic>,
    /// Ids of the signed phones the local file tried to change, for `/metrics`.
    pub refused_ids: Vec<String>,
}

/// Merges `local` (this branch's file, as written) into `signed`.
pub fn merge(signed: &str, local: &str) -> Merged {
    let source = SourceFile { name: "branch.toml".into(), text: local.to_owned() };
    let unchanged = |d: Diagnostic| Merged { text: signed.to_owned(), refused: vec![d], refused_ids: Vec::new() };
    let mut out: toml_edit::DocumentMut = match signed.parse() {
        Ok(d) => d,
        // The signed file is checked after merging; a broken one is refused there.
        Err(_) => return Merged { text: signed.to_owned(), ..Merged::default() },
    };
    let (local_doc, local_phones) = match parse_local(local) {
        Ok(parsed) => parsed,
        Err(e) => {
            let span = e.span();
            let message =
                format!("this branch's file cannot be read ({}); head office's branch details are shown", e.message());
            return unchanged(source.diagnostic(
                span,
                Severity::Warning,
                message,
                "fix the file; `kiosk check` shows how",
            ));
        }
    };
    if let Some(branch) = local_doc.get("branch") {
        out["branch"] = branch.clone();
    }
    let mut merged = Merged::default();
    let signed_phones = phone_values(signed);
    let local_tables: Vec<toml_edit::Table> = local_doc
        .get("phone")
        .and_then(toml_edit::Item::as_array_of_tables)
        .map(|a| a.iter().cloned().collect())
        .unwrap_or_default();
    for (table, spanned) in local_tables.into_iter().zip(local_phones) {
        let span = spanned.span();
        let value = spanned.into_inner();
        let Some(id) = value.get("id").and_then(toml::Value::as_str).map(str::to_owned) else { continue };
        match signed_phones.iter().position(|p| p.get("id").and_then(toml::Value::as_str) == Some(&id)) {
            None => push_phone(&mut out, table),
            Some(i) if signed_phones[i] == value => {}
            Some(i) if is_sample(&signed_phones[i]) => replace_phone(&mut out, i, table),
            Some(_) => {
                let message = format!(
                    "phone \"{id}\" comes signed from head office; this file may not change it, so the signed number is shown"
                );
                let help = "remove this phone from the branch's file, or ask head office to change it";
                merged.refused.push(source.diagnostic(Some(span), Severity::Warning, message, help));
                merged.refused_ids.push(id);
            }
        }
    }
    merged.text = out.to_string();
    merged
}

type LocalPhones = Vec<toml::Spanned<toml::Table>>;

/// The local file for editing, and its phones with where each is written.
fn parse_local(local: &str) -> Result<(toml_edit::DocumentMut, LocalPhones), toml::de::Error> {
    #[derive(serde::Deserialize)]
    struct Phones {
        #[serde(default)]
        phone: LocalPhones,
    }
    let phones: Phones = toml::from_str(local)?;
    let doc = local.parse::<toml_edit::DocumentMut>().map_err(|e| {
        // Not reached when `toml` read it; kept so a disagreement is a warning, not a panic.
        serde::de::Error::custom(e.to_string())
    })?;
    Ok((doc, phones.phone))
}

fn phone_values(text: &str) -> Vec<toml::Table> {
    #[derive(serde::Deserialize)]
    struct Phones {
        #[serde(default)]
        phone: Vec<toml::Table>,
    }
    toml::from_str::<Phones>(text).map(|p| p.phone).unwrap_or_default()
}

fn is_sample(phone: &toml::Table) -> bool {
    phone.get("placeholder").and_then(toml::Value::as_bool) == Some(true)
}

fn push_phone(out: &mut toml_edit::DocumentMut, table: toml_edit::Table) {
    let item = out.entry("phone").or_insert_with(|| toml_edit::Item::ArrayOfTables(Default::default()));
    if let Some(array) = item.as_array_of_tables_mut() {
        array.push(table);
    }
}

fn replace_phone(out: &mut toml_edit::DocumentMut, index: usize, table: toml_edit::Table) {
    if let Some(slot) =
        out.get_mut("phone").and_then(toml_edit::Item::as_array_of_tables_mut).and_then(|a| a.get_mut(index))
    {
        *slot = table;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGNED: &str = r#"
[branch]
languages = ["zh-CN"]
[branch.text.zh-CN]
name = "总行写的"

[[phone]]
id = "anti-fraud"
number = "96110"

[[phone]]
id = "bank"
number = "400-000-0000"
placeholder = true
"#;

    fn numbers(text: &str) -> Vec<(String, String)> {
        phone_values(text)
            .iter()
            .map(|p| (p["id"].as_str().unwrap_or("").to_owned(), p["number"].as_str().unwrap_or("").to_owned()))
            .collect()
    }

    #[test]
    fn a_changed_signed_number_is_refused_with_its_line() {
        let local = "[branch]\nlanguages = [\"zh-CN\"]\n[branch.text.zh-CN]\nname = \"本地\"\n\n[[phone]]\nid = \"anti-fraud\"\nnumber = \"400-123\"\n";
        let m = merge(SIGNED, local);
        assert!(numbers(&m.text).contains(&("anti-fraud".into(), "96110".into())), "{}", m.text);
        assert!(m.text.contains("本地"), "the branch's own name is taken");
        assert_eq!(m.refused_ids, ["anti-fraud"]);
        assert_eq!((m.refused[0].line, m.refused[0].file.as_str()), (6, "branch.toml"), "{}", m.refused[0]);
    }

    #[test]
    fn new_phones_and_signed_samples_are_the_branchs_to_set() {
        let local =
            "[[phone]]\nid = \"bank\"\nnumber = \"95555\"\n\n[[phone]]\nid = \"lobby\"\nnumber = \"023-1234\"\n";
        let m = merge(SIGNED, local);
        let n = numbers(&m.text);
        assert!(
            n.contains(&("bank".into(), "95555".into())) && n.contains(&("lobby".into(), "023-1234".into())),
            "{n:?}"
        );
        assert!(m.refused.is_empty(), "{:?}", m.refused);
        assert!(m.text.contains("总行写的"), "no [branch] locally: head office's is kept");
    }

    #[test]
    fn a_broken_local_file_is_a_warning_and_the_signed_file_is_used() {
        let m = merge(SIGNED, "[[phone]\nid = ");
        assert_eq!(m.text, SIGNED);
        assert_eq!(m.refused.len(), 1);
        assert!(m.refused[0].to_string().starts_with("branch.toml:1:"), "{}", m.refused[0]);
    }
}
