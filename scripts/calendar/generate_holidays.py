#!/usr/bin/env python3
"""Writes src/main/resources/calendar/vn-holidays.json: Vietnam's public holidays for 2021–2030.

Rules of the Labour Code 2019, Art. 112: Tết Dương lịch (1/1); Tết Nguyên đán, 5 days (here: the last
day of the lunar year and mùng 1–4); Giỗ Tổ Hùng Vương (10/3 lunar); Ngày Chiến thắng (30/4); Ngày Quốc tế
lao động (1/5); Quốc khánh (2/9 and one adjacent day). A holiday on a Saturday or Sunday gives a
compensatory day off on the next working day, except Tết (TET_COMPENSATION_RULE): its compensatory days
go first to the working day before the eve, then to the working day after mùng 4, as the Government
decided in 2021, 2023, 2024 and 2025. Where the Government's decision for a year is known, it replaces
the rule for that holiday (DECISIONS below); every other holiday follows the rule, and the year's
`source` cites the notices followed, says what was checked and what still follows the rule.

Only weekdays are listed as days off (weekends are off anyway); swapped working days are Saturdays or
Sundays. The application replaces a year it loaded from this file when the file's content for that year
changes, unless an administrator has corrected the year through PUT /api/calendar/{year}.

Usage: python3 scripts/calendar/generate_holidays.py [output.json]   (no network, Python 3.8+)
"""

import json
import math
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import lunar  # noqa: E402

YEARS = range(2021, 2031)
OUTPUT = Path(__file__).resolve().parents[2] / "src/main/resources/calendar/vn-holidays.json"

# Dates published by the Government, against which the lunar algorithm is checked before anything is
# written: a wrong new moon would shift Tết by a day.
KNOWN_TET = {2021: "2021-02-12", 2022: "2022-02-01", 2023: "2023-01-22", 2024: "2024-02-10",
             2025: "2025-01-29", 2026: "2026-02-17", 2030: "2030-02-02"}
KNOWN_HUNG_KINGS = {2024: "2024-04-18", 2025: "2025-04-07", 2026: "2026-04-26"}

# A new moon this close to local midnight (minutes) could fall on the other day with a better
# ephemeris: the year's source then says so.
CLOSE_TO_MIDNIGHT = 90

NEW_YEAR = "new-year"
TET = "tet"
HUNG_KINGS = "hung-kings"
VICTORY_AND_LABOUR = "victory-and-labour"
NATIONAL_DAY = "national-day"

HOLIDAY_NAMES = {
    NEW_YEAR: "Tết Dương lịch",
    TET: "Tết Nguyên đán",
    HUNG_KINGS: "Giỗ Tổ Hùng Vương",
    NATIONAL_DAY: "Quốc khánh",
}
# What a swapped or compensatory day of a decision belongs to.
OCCASIONS = {**HOLIDAY_NAMES, VICTORY_AND_LABOUR: "30/4–1/5"}
VICTORY = "Ngày Chiến thắng"
LABOUR = "Ngày Quốc tế lao động"

WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


@dataclass
class Decision:
    """The Government's decision for one holiday of one year: the whole break (weekends included) and
    the weekdays swapped with a working Saturday or Sunday (day off, working day)."""
    first: str
    last: str
    swaps: list = field(default_factory=list)
    note: str = ""


DECISIONS = {
    2021: {TET: Decision("2021-02-10", "2021-02-16",
                         note="Tết Nguyên đán nghỉ từ 10/02 đến 16/02/2021, thứ Tư 17/02 đi làm")},
    2023: {TET: Decision("2023-01-20", "2023-01-26", note="Tết Nguyên đán nghỉ từ 20/01 đến 26/01/2023")},
    2024: {
        TET: Decision("2024-02-08", "2024-02-14", note="Tết Nguyên đán nghỉ từ 08/02 đến 14/02/2024"),
        VICTORY_AND_LABOUR: Decision("2024-04-27", "2024-05-01", swaps=[("2024-04-29", "2024-05-04")],
                                     note="Công văn 2450/VPCP-KGVX: 30/4–1/5 nghỉ từ 27/4 đến 01/5/2024, "
                                          "nghỉ thứ Hai 29/4, làm bù thứ Bảy 04/5/2024"),
    },
    2025: {
        TET: Decision("2025-01-25", "2025-02-02",
                      note="Công văn 8726/VPCP-KGVX: Tết Nguyên đán nghỉ từ 25/01 đến 02/02/2025, không làm bù"),
        VICTORY_AND_LABOUR: Decision("2025-04-30", "2025-05-04", swaps=[("2025-05-02", "2025-04-26")],
                                     note="30/4–1/5 nghỉ từ 30/4 đến 04/5/2025, làm bù thứ Bảy 26/4/2025"),
        NATIONAL_DAY: Decision("2025-08-30", "2025-09-02", note="Quốc khánh nghỉ từ 30/8 đến 02/9/2025"),
    },
    2026: {
        NEW_YEAR: Decision("2026-01-01", "2026-01-04", swaps=[("2026-01-02", "2026-01-10")],
                           note="Công văn 12729/VPCP-KGVX: Tết Dương lịch nghỉ từ 01/01 đến 04/01/2026, "
                                "nghỉ thứ Sáu 02/01, làm bù thứ Bảy 10/01/2026"),
        TET: Decision("2026-02-14", "2026-02-22", note="Tết Nguyên đán nghỉ từ 14/02 đến 22/02/2026"),
        HUNG_KINGS: Decision("2026-04-26", "2026-04-27", note="Giỗ Tổ nghỉ bù thứ Hai 27/4/2026"),
        VICTORY_AND_LABOUR: Decision("2026-04-30", "2026-05-01", note="30/4–1/5 nghỉ thứ Năm, thứ Sáu"),
        NATIONAL_DAY: Decision("2026-08-29", "2026-09-02", swaps=[("2026-08-31", "2026-08-22")],
                               note="Quốc khánh nghỉ từ 29/8 đến 02/9/2026, nghỉ thứ Hai 31/8, "
                                    "làm bù thứ Bảy 22/8/2026"),
    },
}

# What was checked of each year beyond its decisions, for its source. A year not named here follows
# the rule alone and says so.
CHECKED = {
    2021: "Các ngày lễ khác tính theo quy định chung (30/4–03/5, Quốc khánh 02/9–05/9); chưa dẫn được số "
          "thông báo của Chính phủ năm 2021",
    2022: "Tính theo quy định chung của Bộ luật Lao động 2019 (Điều 112), không hoán đổi ngày làm việc; đã đối "
          "chiếu ngày mùng 1 Tết (01/02/2022) với lịch công bố và các ngày nghỉ với quy định chung; chưa dẫn "
          "được số thông báo nghỉ lễ, Tết của Chính phủ năm 2022",
    2023: "Các ngày lễ khác tính theo quy định chung (Giỗ Tổ 29/4 trùng thứ Bảy, nghỉ bù đến 03/5; Quốc khánh "
          "01/9–04/9); chưa dẫn được số thông báo của Chính phủ năm 2023",
    2024: "Các ngày lễ khác tính theo quy định chung",
    2025: "Các ngày lễ khác tính theo quy định chung",
    2026: "Các ngày lễ khác tính theo quy định chung",
}

# How a rule-based year places the compensatory days of Tết days that fall on a Saturday or Sunday.
TET_COMPENSATION_RULE = ("ngày Tết trùng thứ Bảy, Chủ nhật nghỉ bù lần lượt vào ngày làm việc liền trước ngày cuối "
                         "năm âm lịch rồi liền sau mùng 4 (như 2021, 2023–2025)")


def vn_date(day: date) -> str:
    """A date as Vietnamese documents write it (Decree 30/2020): a leading zero for days below 10 and
    for January and February only, e.g. 02/5/2025, 27/01/2025."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def days(first: date, last: date):
    while first <= last:
        yield first
        first += timedelta(days=1)


def lunar_day_label(day: date, tet: date) -> str:
    offset = (day - tet).days
    if offset < 0:
        return f"{lunar_day_of_month_12(day, tet)} tháng Chạp"
    return f"mùng {offset + 1}"


def lunar_day_of_month_12(day: date, tet: date) -> int:
    month_12 = lunar.lunar_to_solar(1, 12, tet.year - 1)
    return (day - month_12).days + 1


def statutory_holidays(year: int):
    """The holidays the Labour Code names, weekends included: {group: [(date, name)]}."""
    tet = lunar.new_year(year)
    eve = lunar.last_day_of_year(year - 1)
    national_day = date(year, 9, 2)
    # The adjacent day is 1/9, unless it would fall on a weekend (2/9 a Sunday or Monday) or split the
    # break (2/9 a Thursday: 3/9 makes Thursday to Sunday, as in 2021): then 3/9.
    adjacent = date(year, 9, 1)
    if adjacent.weekday() in (2, 5, 6):
        adjacent = date(year, 9, 3)
    return {
        NEW_YEAR: [(date(year, 1, 1), HOLIDAY_NAMES[NEW_YEAR])],
        TET: [(day, f"Tết Nguyên đán ({lunar_day_label(day, tet)})") for day in days(eve, tet + timedelta(days=3))],
        HUNG_KINGS: [(lunar.lunar_to_solar(10, 3, year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)")],
        VICTORY_AND_LABOUR: [(date(year, 4, 30), VICTORY), (date(year, 5, 1), LABOUR)],
        NATIONAL_DAY: sorted([(national_day, "Quốc khánh"), (adjacent, "Quốc khánh (ngày liền kề)")]),
    }


def build_year(year: int) -> dict:
    holidays = statutory_holidays(year)
    decisions = DECISIONS.get(year, {})
    days_off: dict = {}
    working_days: dict = {}

    # Decisions first: they fix their days, and the rule's compensatory days must avoid them.
    for group, decision in decisions.items():
        statutory = dict(holidays[group])
        swapped = {date.fromisoformat(off): date.fromisoformat(work) for off, work in decision.swaps}
        for day in days(date.fromisoformat(decision.first), date.fromisoformat(decision.last)):
            if is_weekend(day):
                continue
            if day in swapped:
                days_off[day] = (f"Nghỉ hoán đổi dịp {OCCASIONS[group]} (làm bù {WEEKDAYS[swapped[day].weekday()]} "
                                 f"{vn_date(swapped[day])})")
            elif day in statutory:
                days_off[day] = statutory[day]
            else:
                days_off[day] = f"Nghỉ bù {OCCASIONS[group]}"
        for off, work in swapped.items():
            working_days[work] = f"Làm bù cho ngày {vn_date(off)}"

    statutory_days = sorted((day, name, group) for group, entries in holidays.items()
                            if group not in decisions for day, name in entries)
    for day, name, group in statutory_days:
        if not is_weekend(day):
            days_off[day] = name
    if TET not in decisions:
        compensate_tet(holidays[TET], days_off)
    for day, name, group in statutory_days:
        if is_weekend(day) and group != TET:
            compensation = next_free_working_day(day, days_off, 1)
            days_off[compensation] = f"Nghỉ bù {group_name(group, day)}"

    for day in days_off:
        if day.year != year:
            raise SystemExit(f"{year}: day off {day} falls outside the year")
    return {
        "year": year,
        "source": source(year, decisions),
        "daysOff": [{"date": day.isoformat(), "name": days_off[day]} for day in sorted(days_off)],
        "workingDays": [{"date": day.isoformat(), "name": working_days[day]} for day in sorted(working_days)],
    }


def next_free_working_day(day: date, days_off: dict, step: int) -> date:
    """The first weekday after (step 1) or before (step -1) `day` that is not already off."""
    day += timedelta(days=step)
    while is_weekend(day) or day in days_off:
        day += timedelta(days=step)
    return day


def compensate_tet(tet_days: list, days_off: dict):
    """TET_COMPENSATION_RULE: the first compensatory day before the eve, the second after mùng 4."""
    weekend_days = sum(1 for day, _ in tet_days if is_weekend(day))
    for i in range(weekend_days):
        if i % 2 == 0:
            day = next_free_working_day(tet_days[0][0], days_off, -1)
        else:
            day = next_free_working_day(tet_days[-1][0], days_off, 1)
        days_off[day] = f"Nghỉ bù {HOLIDAY_NAMES[TET]}"


def group_name(group: str, day: date) -> str:
    if group == VICTORY_AND_LABOUR:
        return VICTORY if (day.month, day.day) <= (4, 30) else LABOUR
    return HOLIDAY_NAMES[group]


def source(year: int, decisions: dict) -> str:
    if decisions:
        text = ("Theo Bộ luật Lao động 2019 (Điều 112) và quyết định nghỉ lễ, Tết của Chính phủ năm "
                f"{year}: " + "; ".join(d.note for d in decisions.values()) + ". " + CHECKED[year])
    elif year in CHECKED:
        text = CHECKED[year]
    else:
        text = (f"Tính theo Bộ luật Lao động 2019 (Điều 112), chưa có thông báo của Chính phủ năm {year}: Tết "
                f"gồm ngày cuối năm âm lịch và mùng 1–4; {TET_COMPENSATION_RULE}; ngày lễ khác trùng ngày nghỉ "
                f"hằng tuần nghỉ bù vào ngày làm việc kế tiếp; Quốc khánh thêm 01/9 hoặc 03/9; không hoán đổi "
                f"ngày làm việc")
    for what, minutes in close_new_moons(year):
        text += f"; điểm sóc {what} sát nửa đêm ({minutes} phút), cần đối chiếu lịch chính thức"
    if len(text) > 500:
        raise SystemExit(f"{year}: source longer than 500 characters")
    return text


def close_new_moons(year: int):
    """The lunar months that fix this year's holidays, not confirmed by a known date, whose new moon
    falls near local midnight."""
    checked = []
    if year not in KNOWN_TET:
        checked.append(("tháng Giêng", lunar.new_year(year)))
    if year not in KNOWN_HUNG_KINGS:
        checked.append(("tháng Ba", lunar.lunar_to_solar(1, 3, year)))
    close = []
    for what, first_day in checked:
        k = round((lunar.jd_from_date(first_day) - lunar._EPOCH_NEW_MOON) / lunar._SYNODIC_MONTH)
        local = lunar._new_moon(k) + lunar.VIETNAM / 24 + 0.5  # a day starts at .0
        minutes = round(min(local % 1, 1 - local % 1) * 24 * 60)
        if minutes < CLOSE_TO_MIDNIGHT:
            close.append((what, minutes))
    return close


def check_known_dates():
    wrong = []
    for year, expected in KNOWN_TET.items():
        if lunar.new_year(year).isoformat() != expected:
            wrong.append(f"Tết {year}: {lunar.new_year(year)} instead of {expected}")
    for year, expected in KNOWN_HUNG_KINGS.items():
        if lunar.lunar_to_solar(10, 3, year).isoformat() != expected:
            wrong.append(f"Giỗ Tổ {year}: {lunar.lunar_to_solar(10, 3, year)} instead of {expected}")
    if wrong:
        raise SystemExit("The lunar algorithm disagrees with known dates:\n" + "\n".join(wrong))


def check_year(entry: dict):
    off = {d["date"] for d in entry["daysOff"]}
    working = {d["date"] for d in entry["workingDays"]}
    assert not off & working, entry["year"]
    assert all(not is_weekend(date.fromisoformat(d)) for d in off), entry["year"]
    assert all(is_weekend(date.fromisoformat(d)) for d in working), entry["year"]


def to_json(years: list) -> str:
    """One entry a line, so that a year's correction reads as a small diff."""
    lines = ["["]
    for i, entry in enumerate(years):
        lines.append("  {")
        lines.append(f'    "year": {entry["year"]},')
        lines.append(f'    "source": {json.dumps(entry["source"], ensure_ascii=False)},')
        for key, last in (("daysOff", False), ("workingDays", True)):
            items = [json.dumps(item, ensure_ascii=False) for item in entry[key]]
            if items:
                lines.append(f'    "{key}": [')
                lines.extend(f"      {item}{',' if j < len(items) - 1 else ''}" for j, item in enumerate(items))
                lines.append(f'    ]{"" if last else ","}')
            else:
                lines.append(f'    "{key}": []{"" if last else ","}')
        lines.append("  }" + ("," if i < len(years) - 1 else ""))
    lines.append("]")
    return "\n".join(lines) + "\n"


def main():
    check_known_dates()
    years = [build_year(year) for year in YEARS]
    for entry in years:
        check_year(entry)
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT
    output.parent.mkdir(parents=True, exist_ok=True)
    text = to_json(years)
    json.loads(text)  # the hand-made layout is still JSON
    output.write_text(text, encoding="utf-8")
    print(f"{output}: {len(years)} years, {sum(len(y['daysOff']) for y in years)} days off, "
          f"{sum(len(y['workingDays']) for y in years)} working days")


if __name__ == "__main__":
    main()
