//! The form of a posting's fields that `e` (edit) and `N` (new posting)
//! open: one line of text per field of [`Field::ALL`], the selected one
//! typed into. Saving hands the changed fields to the store as one change;
//! a refused value keeps the form open with the store's message.

use crate::hand::Field;
use crate::pipeline::PostingDetail;
use tui_input::Input;

/// An open form.
pub struct Form {
    /// The posting edited; `None` for a new one.
    pub id: Option<String>,
    /// Each field: what is typed and what it held when the form opened.
    pub fields: Vec<(Field, Input, String)>,
    /// The selected field.
    pub index: usize,
    /// Why the last save was refused.
    pub error: Option<String>,
}

impl Form {
    /// A form of a stored posting's fields, `at` selected.
    pub fn edit(d: &PostingDetail, at: Field) -> Form {
        let p = &d.record.posting;
        let fields = Field::ALL
            .iter()
            .map(|f| {
                let v = f.show(p).unwrap_or_default();
                (*f, Input::new(v.clone()), v)
            })
            .collect();
        Form {
            id: Some(d.record.id.clone()),
            fields,
            index: Field::ALL.iter().position(|f| *f == at).unwrap_or(0),
            error: None,
        }
    }

    /// An empty form for a new posting.
    pub fn new_posting() -> Form {
        Form {
            id: None,
            fields: Field::ALL
                .iter()
                .map(|f| (*f, Input::default(), String::new()))
                .collect(),
            index: 0,
            error: None,
        }
    }

    /// Moves the selection by `delta` fields, wrapping around.
    pub fn step(&mut self, delta: isize) {
        let n = self.fields.len() as isize;
        self.index = (self.index as isize + delta).rem_euclid(n) as usize;
    }

    /// The selected field's text input.
    pub fn input(&mut self) -> Option<&mut Input> {
        self.fields.get_mut(self.index).map(|(_, i, _)| i)
    }

    /// The fields whose text differs from what the form opened with.
    pub fn changes(&self) -> Vec<(Field, String)> {
        self.fields
            .iter()
            .filter(|(_, input, was)| input.value().trim() != was.trim())
            .map(|(f, input, _)| (*f, input.value().trim().to_string()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_are_saved_and_the_selection_wraps() {
        let mut f = Form::new_posting();
        assert!(f.changes().is_empty());
        if let Some(i) = f.input() {
            *i = Input::new("Adviseur".into());
        }
        f.step(-1);
        assert_eq!(f.fields[f.index].0, Field::DistanceKm);
        f.step(1);
        assert_eq!(f.changes(), vec![(Field::Title, "Adviseur".to_string())]);
    }
}
