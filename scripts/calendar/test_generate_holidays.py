"""Checks the generated years against the Government's notices and the rule: python3 -m unittest discover scripts/calendar"""

import unittest
from datetime import date, timedelta

import generate_holidays


def days_off(year: int) -> set:
    return {date.fromisoformat(d["date"]) for d in generate_holidays.build_year(year)["daysOff"]}


def working_days(year: int) -> set:
    return {date.fromisoformat(d["date"]) for d in generate_holidays.build_year(year)["workingDays"]}


def weekdays(first: date, last: date) -> set:
    return {day for day in generate_holidays.days(first, last) if day.weekday() < 5}


class NoticesTest(unittest.TestCase):

    def test_tet_2021_is_10_to_16_february(self):
        self.assertTrue(weekdays(date(2021, 2, 10), date(2021, 2, 16)) <= days_off(2021))
        self.assertNotIn(date(2021, 2, 17), days_off(2021))

    def test_2024_swaps_monday_29_april_with_saturday_4_may(self):
        self.assertIn(date(2024, 4, 29), days_off(2024))
        self.assertEqual(working_days(2024), {date(2024, 5, 4)})
        self.assertIn("2450/VPCP-KGVX", generate_holidays.build_year(2024)["source"])

    def test_tet_2025_has_no_make_up_day(self):
        self.assertTrue(weekdays(date(2025, 1, 25), date(2025, 2, 2)) <= days_off(2025))
        self.assertNotIn(date(2025, 2, 8), working_days(2025))
        self.assertIn("8726/VPCP-KGVX", generate_holidays.build_year(2025)["source"])

    def test_2026_new_year_and_national_day_swaps(self):
        self.assertTrue({date(2026, 1, 2), date(2026, 8, 31), date(2026, 9, 1), date(2026, 9, 2)} <= days_off(2026))
        self.assertEqual(working_days(2026), {date(2026, 1, 10), date(2026, 8, 22)})
        self.assertIn("12729/VPCP-KGVX", generate_holidays.build_year(2026)["source"])

    def test_2022_and_2023_are_unchanged(self):
        self.assertEqual(days_off(2022), {date(2022, 1, 3), date(2022, 4, 11), date(2022, 5, 2), date(2022, 5, 3),
                                          date(2022, 9, 1), date(2022, 9, 2)}
                         | weekdays(date(2022, 1, 31), date(2022, 2, 4)))
        self.assertEqual(days_off(2023), {date(2023, 1, 2), date(2023, 5, 1), date(2023, 5, 2), date(2023, 5, 3),
                                          date(2023, 9, 1), date(2023, 9, 4)}
                         | weekdays(date(2023, 1, 20), date(2023, 1, 26)))


class RuleBasedYearsTest(unittest.TestCase):

    def test_tet_weekend_days_are_compensated_before_the_eve_then_after_the_fourth_day(self):
        # Tết 2027 on Saturday 6/2: 5/2–9/2 and one day either side; 2030 on Saturday 2/2 alike
        self.assertTrue(weekdays(date(2027, 2, 4), date(2027, 2, 10)) <= days_off(2027))
        self.assertNotIn(date(2027, 2, 11), days_off(2027))
        self.assertTrue(weekdays(date(2030, 1, 31), date(2030, 2, 6)) <= days_off(2030))
        self.assertNotIn(date(2030, 2, 7), days_off(2030))
        # 2028: mùng 4 on Saturday 29/1, one day before the eve
        self.assertTrue(weekdays(date(2028, 1, 24), date(2028, 1, 28)) <= days_off(2028))
        self.assertNotIn(date(2028, 1, 31), days_off(2028))

    def test_every_rule_based_year_has_five_tet_days_off_and_says_which_rule(self):
        for year in range(2027, 2031):
            entry = generate_holidays.build_year(year)
            tet = [d for d in entry["daysOff"] if "Tết Nguyên đán" in d["name"]]
            self.assertEqual(len(tet), 5, year)
            self.assertEqual(entry["workingDays"], [], year)
            self.assertIn(generate_holidays.TET_COMPENSATION_RULE, entry["source"], year)

    def test_national_day_has_two_days_off(self):
        for year in range(2027, 2031):
            september = {day for day in days_off(year) if day.month == 9}
            self.assertEqual(len(september), 2, year)
            self.assertTrue(all(abs((day - date(year, 9, 2)).days) <= 2 for day in september), year)


if __name__ == "__main__":
    unittest.main()
