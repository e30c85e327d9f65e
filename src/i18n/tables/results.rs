//! The texts of the results page and the printed report, in every language.

use crate::domain::scoring::b2b::B2bBand;

texts! {
    ResultTexts
    plain {
        summary_title,
        overall_label,
        stage_label,
        weakest_label,
        weakest_note,
        confidence_label,
        confidence_low,
        nothing_yet,
        profile_title,
        profile_none,
        profile_unknown,
        strengths,
        risks,
        first_moves,
        labels_note,
        calc_summary,
        drive,
        grounding,
        quadrant_title,
        you,
        radar_title,
        your_scores,
        references_legend,
        references_note,
        not_answered,
        col_measure,
        col_value,
        b2b_title,
        b2b_none,
        b2b_for_you,
        b2b_not_yet,
        b2b_building,
        b2b_ready,
        b2b_leading,
        b2b_not_yet_text,
        b2b_building_text,
        b2b_ready_text,
        b2b_leading_text,
        warnings_title,
        warnings_none,
        gaps_title,
        gaps_intro,
        gap_focus,
        owner_label,
        deliverable_label,
        measure_label,
        keep_learning,
        overreaction_label,
        holding_back_label,
        b2b_show,
        b2b_consumers_note,
        plan_from_signal,
        style_link,
        plan_title,
        details_loading,
        details_failed,
        start_label,
        target_label,
        source_label,
        plan_intro,
        plan_csv,
        plan_ics,
        plan_files_hint,
        plan_file_failed,
        col_owner,
        col_action,
        col_deliverable,
        col_plan_measure,
        col_due,
        print,
        method_link,
        answers_title,
        actions_label,
        reworded_note,
    }
    formatted {
        score_of_100: fn(u32) -> String,
        confidence_text: fn(usize, usize, u32) -> String,
        evidence_text: fn(u32) -> String,
        dont_know_text: fn(usize) -> String,
        axis_calc: fn(&str, usize, usize, u32) -> String,
        profile_missing: fn(usize) -> String,
        leans_to: fn(&str) -> String,
        profile_with_tagline: fn(&str, &str) -> String,
        clarity_note: fn(&str, u32) -> String,
        quadrant_desc: fn(u32, u32, &str) -> String,
        b2b_basis: fn(usize, usize) -> String,
        gap_heading: fn(&str, u32) -> String,
        step_from: fn(&str) -> String,
        by_day: fn(u16) -> String,
        plan_from_gap: fn(&str) -> String,
        plan_owner: fn(&str) -> String,
        stage_profile: fn(u8, &str) -> String,
        stage_line: fn(u8) -> String,
        upgraded_note: fn(u32, usize, usize, usize) -> String,
        report_meta: fn(&str, u32) -> String,
    }
}

impl ResultTexts {
    /// The name and the one-line meaning of a B2B readiness band.
    pub fn band(&self, band: B2bBand) -> (&'static str, &'static str) {
        match band {
            B2bBand::NotYet => (self.b2b_not_yet, self.b2b_not_yet_text),
            B2bBand::Building => (self.b2b_building, self.b2b_building_text),
            B2bBand::Ready => (self.b2b_ready, self.b2b_ready_text),
            B2bBand::Leading => (self.b2b_leading, self.b2b_leading_text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::Locale;

    fn formatted(t: &ResultTexts, c: &crate::i18n::CommonTexts) -> Vec<String> {
        vec![
            (t.score_of_100)(63),
            (c.stage_value)(3, "Gestructureerd"),
            (t.confidence_text)(30, 40, 75),
            (t.evidence_text)(25),
            (t.dont_know_text)(1),
            (t.dont_know_text)(4),
            (t.axis_calc)("Drive", 4, 5, 24),
            (t.quadrant_desc)(75, 30, "Dutch enthusiast"),
            (t.b2b_basis)(5, 8),
            (t.gap_heading)("Klantreizen", 38),
            (t.step_from)("2 · Bewust"),
            (t.by_day)(30),
            (t.plan_from_gap)("Klantreizen"),
            (t.report_meta)("22 november 2026", 1),
            (t.profile_missing)(2),
            (t.plan_owner)("CX lead"),
            (t.stage_profile)(2, "Dutch enthusiast"),
            (t.stage_line)(4),
            (t.upgraded_note)(1, 38, 9, 1),
            (t.leans_to)("Starter"),
            (t.profile_with_tagline)("Starter", "rustig"),
            (t.clarity_note)("Drive", 55),
        ]
    }

    #[test]
    fn every_text_is_there_and_carries_its_numbers() {
        for locale in Locale::ALL {
            let t = crate::i18n::texts(locale).results();
            let f = formatted(t, &crate::i18n::texts(locale).common);
            assert!(f.iter().all(|s| !s.trim().is_empty()));
            assert!(f[0].contains("63") && f[1].contains('3') && f[1].contains("Gestructureerd"));
            assert!(f[2].contains("30") && f[2].contains("40") && f[2].contains("75"));
            assert!(f[6].contains('4') && f[6].contains('5') && f[6].contains("24"));
            assert!(f[14].contains('2'));
            assert!(f[19].contains("Starter"));
            assert!(f[20].contains("Starter") && f[20].contains("rustig"));
            assert!(f[21].contains("Drive") && f[21].contains("55"));
            assert!(
                f[15].contains("CX lead")
                    && f[16].contains('2')
                    && f[16].contains("Dutch enthusiast")
            );
            assert!(f[17].contains('4'));
            assert!(["revisie 1", "révision 1", "revision 1"]
                .iter()
                .any(|r| f[18].contains(r)));
            assert!(f[18].contains("38") && f[18].contains('9'));
            assert!(f[13].contains("22 november 2026") && f[13].contains('1'));
        }
    }
}
