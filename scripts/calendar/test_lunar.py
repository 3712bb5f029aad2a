"""Checks the lunar algorithm against published dates: python3 -m unittest discover scripts/calendar"""

import unittest
from datetime import date

import lunar


class LunarCalendarTest(unittest.TestCase):

    def test_tet_matches_the_published_dates(self):
        for year, expected in {2021: date(2021, 2, 12), 2022: date(2022, 2, 1), 2023: date(2023, 1, 22),
                               2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17),
                               2030: date(2030, 2, 2)}.items():
            self.assertEqual(lunar.new_year(year), expected, year)

    def test_hung_kings_day_matches_the_published_dates(self):
        for year, expected in {2024: date(2024, 4, 18), 2025: date(2025, 4, 7), 2026: date(2026, 4, 26)}.items():
            self.assertEqual(lunar.lunar_to_solar(10, 3, year), expected, year)

    def test_leap_months(self):
        # 2023 repeated the 2nd month, 2025 the 6th
        self.assertEqual(lunar.lunar_to_solar(1, 2, 2023, leap=True), date(2023, 3, 22))
        self.assertEqual(lunar.lunar_to_solar(1, 6, 2025, leap=True), date(2025, 7, 25))
        with self.assertRaises(ValueError):
            lunar.lunar_to_solar(1, 6, 2026, leap=True)

    def test_the_last_day_of_the_lunar_year_is_the_eve_of_tet(self):
        self.assertEqual(lunar.last_day_of_year(2025), date(2026, 2, 16))


if __name__ == "__main__":
    unittest.main()
