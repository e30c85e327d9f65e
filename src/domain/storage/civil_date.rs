//! Calendar days without a clock or a time zone: the plan's due dates count whole
//! days from the day the plan is made (the browser gives that day in the user's
//! own time zone).

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CivilDate {
    pub year: i32,
    /// 1–12.
    pub month: u32,
    /// 1–31.
    pub day: u32,
}

impl CivilDate {
    /// The date, when it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<CivilDate> {
        let d = CivilDate { year, month, day };
        (d.month >= 1 && d.month <= 12 && d.day >= 1 && CivilDate::from_days(d.days()) == d)
            .then_some(d)
    }

    /// The UTC day of a moment in milliseconds since 1970.
    pub fn from_ms(ms: u64) -> CivilDate {
        CivilDate::from_days((ms / 86_400_000) as i64)
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` since 1970-01-01 (`civil_from_days`).
    pub fn from_days(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }

    pub fn plus_days(self, n: i64) -> CivilDate {
        CivilDate::from_days(self.days() + n)
    }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> u8 {
        (self.days() + 3).rem_euclid(7) as u8
    }

    /// This day, or the Monday after it when it falls on a weekend: a due date
    /// people can keep.
    pub fn working_day(self) -> CivilDate {
        match self.weekday() {
            5 => self.plus_days(2),
            6 => self.plus_days(1),
            _ => self,
        }
    }

    /// `YYYYMMDD`, as calendar files write a date.
    pub fn basic(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_days() {
        assert_eq!(
            CivilDate::from_days(0),
            CivilDate {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        let d = CivilDate::new(2026, 12, 6).unwrap();
        assert_eq!(d.plus_days(30).iso(), "2027-01-05");
        assert_eq!(d.plus_days(90).basic(), "20270306");
        assert_eq!(
            CivilDate::new(2028, 1, 31).unwrap().plus_days(29).iso(),
            "2028-02-29"
        );
        assert_eq!(CivilDate::from_ms(1_796_524_800_000).iso(), "2026-12-06");
        assert!(CivilDate::new(2027, 2, 29).is_none() && CivilDate::new(2026, 13, 1).is_none());
        // 6 March 2027 is a Saturday: due on Monday the 8th; a Tuesday stays.
        let saturday = d.plus_days(90);
        assert_eq!(
            (saturday.weekday(), saturday.working_day().iso()),
            (5, "2027-03-08".to_owned())
        );
        assert_eq!(d.plus_days(30).working_day(), d.plus_days(30));
        assert_eq!(d.weekday(), 6);
    }

    proptest! {
        #[test]
        fn days_and_dates_round_trip(days in -1_000_000i64..1_000_000) {
            let d = CivilDate::from_days(days);
            prop_assert_eq!(d.days(), days);
            prop_assert!(CivilDate::new(d.year, d.month, d.day).is_some());
            prop_assert!(d.plus_days(1) > d);
            prop_assert!(d.working_day().weekday() < 5 && d.working_day().days() - days <= 2);
        }
    }
}
