//! Problems found in content files, in the `file:line:column: level: what — how to fix`
//! form that staff see in `kiosk check` and in the staff panel.

use std::fmt;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem in one place. `line` and `column` count from 1; the column counts
/// characters (not bytes), so it matches what an editor shows for Chinese text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub message: String,
    pub help: String,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}: {}", self.file, self.line, self.column, self.severity, self.message)?;
        if !self.help.is_empty() {
            write!(f, " — {}", self.help)?;
        }
        Ok(())
    }
}

/// A file's text plus the means to turn byte offsets into line and column.
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

impl SourceFile {
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].trim_end_matches('\r').chars().count() + 1;
        (line, column)
    }

    pub fn diagnostic(
        &self,
        span: Option<Range<usize>>,
        severity: Severity,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Diagnostic {
        let (line, column) = span.map_or((1, 1), |s| self.line_col(s.start));
        Diagnostic { file: self.name.clone(), line, column, severity, message: message.into(), help: help.into() }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// A diagnostic for a whole file (it could not be read at all).
pub fn file_problem(file: &str, message: impl Into<String>, help: impl Into<String>) -> Diagnostic {
    Diagnostic {
        file: file.to_owned(),
        line: 1,
        column: 1,
        severity: Severity::Error,
        message: message.into(),
        help: help.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let file = SourceFile { name: "a.toml".into(), text: "a = 1\r\n标题 = 2\n".into() };
        assert_eq!(file.line_col(0), (1, 1));
        let offset = file.text.find('=').expect("first =");
        assert_eq!(file.line_col(offset), (1, 3));
        let offset = file.text.rfind('=').expect("last =");
        assert_eq!(file.line_col(offset), (2, 4));
    }
}
