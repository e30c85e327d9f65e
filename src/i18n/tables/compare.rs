//! The texts of comparing two assessments over time.

texts! {
    CompareTexts
    plain {
        compare_title,
        compare_intro,
        need_two,
        before_label,
        after_label,
        same_twice,
        missing_in_link,
        overall_label,
        stage_label,
        profile_label,
        table_title,
        col_before,
        col_after,
        col_change,
        not_answered,
        chart_title,
        rose_title,
        fell_title,
        none_moved,
    }
    formatted {
        change: fn(i64) -> String,
        from_to: fn(&str, &str) -> String,
        chart_desc: fn(&str, &str) -> String,
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::locale::Locale;

    #[test]
    fn every_text_is_there_and_translated() {
        let (nl, en) = (
            &crate::i18n::texts(Locale::Nl).compare(),
            &crate::i18n::texts(Locale::En).compare(),
        );
        for t in [nl, en] {
            assert_eq!((t.change)(12), "+12");
            assert_eq!((t.change)(-3), "−3");
            assert!((t.from_to)("2", "3").contains('2') && (t.from_to)("2", "3").contains('3'));
            assert!((t.chart_desc)("A", "B").contains('A'));
        }
        assert_ne!((nl.change)(0), (en.change)(0));
    }
}
