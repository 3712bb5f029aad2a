"""The Vietnamese lunar calendar, after Hồ Ngọc Đức's well-known algorithm ("Thuật toán tính âm lịch").

A lunar month starts on the day (in the time zone, +7 for Vietnam) of a new moon; month 11 is the one
that holds the winter solstice; a lunar year with 13 months repeats the first month after month 11
that holds no major solar term (the sun's longitude does not cross a multiple of 30°). The new moons
and the sun's longitude come from Meeus's approximations, as in the original; they are good to a few
minutes for 1800–2199, enough for whole days except on rare borderline nights, which is why the
generator checks known dates before writing anything.
"""

import math
from datetime import date, timedelta

VIETNAM = 7  # hours east of UTC

_EPOCH_NEW_MOON = 2415021.076998695  # Julian day of the new moon of 1900-01-01
_SYNODIC_MONTH = 29.530588853


def jd_from_date(day: date) -> int:
    """Julian day number of a Gregorian date."""
    a = (14 - day.month) // 12
    y = day.year + 4800 - a
    m = day.month + 12 * a - 3
    return day.day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045


def date_from_jd(jd: int) -> date:
    # 1721425 is the Julian day of 0001-01-00 in the proleptic Gregorian calendar (ordinal 0)
    return date.fromordinal(jd - 1721425)


def _new_moon(k: int) -> float:
    """Julian day (UTC, fractional) of the k-th new moon after 1900-01-01."""
    t = k / 1236.85
    t2 = t * t
    t3 = t2 * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3  # sun's mean anomaly
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3  # moon's mean anomaly
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3  # moon's argument of latitude
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 = c1 - 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 = c1 - 0.0004 * math.sin(dr * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


def _sun_longitude(jdn: float) -> float:
    """The sun's apparent longitude in radians, 0 to 2π, at a Julian day (UTC)."""
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    return longitude - math.pi * 2 * math.floor(longitude / (math.pi * 2))


def _new_moon_day(k: int, time_zone: int) -> int:
    return math.floor(_new_moon(k) + 0.5 + time_zone / 24)


def _sun_sector(day_number: int, time_zone: int) -> int:
    """Which of the 12 major solar terms (0–11) the sun is in at the start of a local day."""
    return math.floor(_sun_longitude(day_number - 0.5 - time_zone / 24) / math.pi * 6)


def _lunar_month_11(year: int, time_zone: int) -> int:
    """Julian day on which month 11 begins: the month that holds the winter solstice of {year}."""
    off = jd_from_date(date(year, 12, 31)) - 2415021
    k = math.floor(off / _SYNODIC_MONTH)
    new_moon = _new_moon_day(k, time_zone)
    if _sun_sector(new_moon, time_zone) >= 9:  # after the solstice: the previous new moon
        new_moon = _new_moon_day(k - 1, time_zone)
    return new_moon


def _leap_month_offset(a11: int, time_zone: int) -> int:
    """Months after month 11 to the first month that holds no major solar term (the leap month)."""
    k = math.floor((a11 - _EPOCH_NEW_MOON) / _SYNODIC_MONTH + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i, time_zone), time_zone)
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i, time_zone), time_zone)
        if arc == last or i >= 14:
            break
    return i - 1


def lunar_to_solar(lunar_day: int, lunar_month: int, lunar_year: int, leap: bool = False,
                   time_zone: int = VIETNAM) -> date:
    """The Gregorian date of a lunar date; ValueError for a leap month the year does not have."""
    if lunar_month < 11:
        a11 = _lunar_month_11(lunar_year - 1, time_zone)
        b11 = _lunar_month_11(lunar_year, time_zone)
    else:
        a11 = _lunar_month_11(lunar_year, time_zone)
        b11 = _lunar_month_11(lunar_year + 1, time_zone)
    k = math.floor(0.5 + (a11 - _EPOCH_NEW_MOON) / _SYNODIC_MONTH)
    off = (lunar_month - 11) % 12
    if b11 - a11 > 365:  # 13 months between two months 11: this lunar year has a leap month
        leap_off = _leap_month_offset(a11, time_zone)
        leap_month = (leap_off - 2) % 12
        if leap and lunar_month != leap_month:
            raise ValueError(f"lunar year {lunar_year} has no leap month {lunar_month}")
        if leap or off >= leap_off:
            off += 1
    elif leap:
        raise ValueError(f"lunar year {lunar_year} has no leap month")
    month_start = _new_moon_day(k + off, time_zone)
    return date_from_jd(month_start + lunar_day - 1)


def new_year(lunar_year: int) -> date:
    """Tết: the first day of the first lunar month."""
    return lunar_to_solar(1, 1, lunar_year)


def last_day_of_year(lunar_year: int) -> date:
    """The last day of month 12 (the 29th or 30th): the eve of the next Tết."""
    return new_year(lunar_year + 1) - timedelta(days=1)
