#include "valueparsers.h"

#include "localtime.h"
#include "trimmedview.h"

#include <cmath>

namespace huddle::import {

namespace {

// A cursor over one value's characters; every reader leaves the position unchanged on failure.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(trimmedView(text))
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    void skip() { ++m_pos; }
    void skipSpaces()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }
    bool accept(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool acceptAny(QStringView chars, QChar *which)
    {
        if (atEnd() || !chars.contains(peek()))
            return false;
        *which = m_text[m_pos++];
        return true;
    }
    bool acceptWord(QLatin1String word)
    {
        if (!m_text.sliced(m_pos).startsWith(word, Qt::CaseInsensitive))
            return false;
        m_pos += word.size();
        return true;
    }
    // Reads 1..maxDigits ASCII digits.
    std::optional<int> integer(int maxDigits, int *digits = nullptr)
    {
        int value = 0;
        int count = 0;
        while (!atEnd() && count < maxDigits && peek() >= u'0' && peek() <= u'9') {
            value = value * 10 + (peek().unicode() - u'0');
            ++m_pos;
            ++count;
        }
        if (digits)
            *digits = count;
        if (count == 0)
            return std::nullopt;
        return value;
    }
    QStringView text() const { return m_text; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

std::optional<QDate> scanDate(Scanner &s, DateOrder order)
{
    int digitsA = 0;
    int digitsC = 0;
    const auto a = s.integer(4, &digitsA);
    QChar sep;
    if (!a || !s.acceptAny(u"-/.", &sep))
        return std::nullopt;
    const auto b = s.integer(2);
    if (!b || !s.accept(sep))
        return std::nullopt;
    const auto c = s.integer(4, &digitsC);
    if (!c)
        return std::nullopt;
    int year = 0, month = 0, day = 0;
    if (digitsA == 4) {
        year = *a, month = *b, day = *c;
    } else if (digitsC == 4 && digitsA <= 2) {
        const bool monthFirst = order == DateOrder::MonthFirst || (order == DateOrder::Auto && sep == u'/');
        year = *c;
        month = monthFirst ? *a : *b;
        day = monthFirst ? *b : *a;
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// H[:.]MM[[:.]SS[.fff]] [AM|PM], as seconds since midnight.
std::optional<int> scanClock(Scanner &s)
{
    const auto hour = s.integer(2);
    QChar sep;
    if (!hour || !s.acceptAny(u":.", &sep))
        return std::nullopt;
    int minuteDigits = 0;
    const auto minute = s.integer(2, &minuteDigits);
    if (!minute || minuteDigits != 2)
        return std::nullopt;
    int second = 0;
    if (s.accept(sep)) {
        int secondDigits = 0;
        const auto sec = s.integer(2, &secondDigits);
        if (!sec || secondDigits != 2)
            return std::nullopt;
        second = *sec;
        QChar fractionMark;
        if (s.acceptAny(u".,", &fractionMark) && !s.integer(9))
            return std::nullopt; // sub-second precision is not kept, but must be digits
    }
    int h = *hour;
    s.skipSpaces();
    const bool am = s.acceptWord(QLatin1String("AM"));
    const bool pm = !am && s.acceptWord(QLatin1String("PM"));
    if (am || pm) {
        if (h < 1 || h > 12)
            return std::nullopt;
        h = (h % 12) + (pm ? 12 : 0);
    }
    if (h > 23 || *minute > 59 || second > 60)
        return std::nullopt;
    return h * 3600 + *minute * 60 + std::min(second, 59); // a leap second folds into :59
}

} // namespace

namespace parse {

std::optional<int> clockTime(QStringView text)
{
    Scanner s(text);
    const auto secs = scanClock(s);
    if (!secs || !s.atEnd())
        return std::nullopt;
    return secs;
}

std::optional<QDate> date(QStringView text, DateOrder order)
{
    Scanner s(text);
    const auto d = scanDate(s, order);
    if (!d)
        return std::nullopt;
    // A timestamp where a date is expected keeps its date part.
    if (!s.atEnd() && !s.peek().isSpace() && s.peek() != u'T')
        return std::nullopt;
    return d;
}

std::optional<qint64> timestamp(QStringView text, DateOrder order, LocalTimeConverter &zone)
{
    const QStringView trimmed = trimmedView(text);
    if (allDigits(trimmed)) {
        if (trimmed.size() >= 9 && trimmed.size() <= 10)
            return trimmed.toLongLong();
        if (trimmed.size() >= 12 && trimmed.size() <= 13)
            return trimmed.toLongLong() / 1000;
        return std::nullopt;
    }
    Scanner s(trimmed);
    const auto d = scanDate(s, order);
    if (!d)
        return std::nullopt;
    if (!s.accept(u'T'))
        s.skipSpaces();
    if (s.atEnd())
        return zone.toUtc(*d, 0);

    const auto clock = scanClock(s);
    if (!clock)
        return std::nullopt;
    const int secondsOfDay = *clock;

    s.skipSpaces();
    if (s.atEnd())
        return zone.toUtc(*d, secondsOfDay);
    const qint64 wallClockAsUtc = (d->toJulianDay() - 2440588) * 86400 + secondsOfDay;
    if (s.accept(u'Z') || s.accept(u'z'))
        return s.atEnd() ? std::optional<qint64>(wallClockAsUtc) : std::nullopt;
    QChar sign;
    if (!s.acceptAny(u"+-", &sign))
        return std::nullopt;
    int hourDigits = 0;
    const auto offHours = s.integer(2, &hourDigits);
    if (!offHours || hourDigits != 2)
        return std::nullopt;
    s.accept(u':');
    int offMinutes = 0;
    if (!s.atEnd()) {
        int digits = 0;
        const auto m = s.integer(2, &digits);
        if (!m || digits != 2)
            return std::nullopt;
        offMinutes = *m;
    }
    if (!s.atEnd() || *offHours > 14 || offMinutes > 59)
        return std::nullopt;
    const int offset = (*offHours * 3600 + offMinutes * 60) * (sign == u'-' ? -1 : 1);
    return wallClockAsUtc - offset;
}

// [-]digits[.digits] with at most 15 significant digits: exact as integer / 10^k (both
// exactly representable, and IEEE division rounds correctly), and far cheaper than the
// general conversion, which the import calls for nearly every cell.
std::optional<double> simpleDecimal(QStringView text)
{
    static constexpr double kPowersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
                                              1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text[0] == u'-';
    if (negative)
        ++i;
    qint64 digits = 0;
    int count = 0;
    int decimals = -1;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            if (++count > 15)
                return std::nullopt;
            digits = digits * 10 + (c.unicode() - u'0');
            if (decimals >= 0)
                ++decimals;
        } else if ((c == u'.' || c == u',') && decimals < 0) {
            decimals = 0;
        } else {
            return std::nullopt;
        }
    }
    if (count == 0 || decimals == 0)
        return std::nullopt;
    const double value = double(digits) / kPowersOfTen[std::max(decimals, 0)];
    return negative ? -value : value;
}

std::optional<double> number(QStringView text)
{
    const QStringView trimmed = trimmedView(text);
    if (trimmed.isEmpty())
        return std::nullopt;
    if (const auto simple = simpleDecimal(trimmed))
        return simple;
    bool ok = false;
    double value = trimmed.toDouble(&ok);
    if (!ok && trimmed.contains(u',') && !trimmed.contains(u'.')) {
        QString dotted = trimmed.toString();
        dotted.replace(u',', u'.');
        value = dotted.toDouble(&ok);
    }
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> percent(QStringView text)
{
    QStringView trimmed = trimmedView(text);
    const bool marked = trimmed.endsWith(u'%');
    if (marked)
        trimmed.chop(1);
    const auto value = number(trimmed);
    if (!value)
        return std::nullopt;
    return (marked || *value > 1.0) ? *value / 100.0 : *value;
}

std::optional<double> duration(QStringView text)
{
    const QStringView trimmed = trimmedView(text);
    const bool clockForm = trimmed.contains(u':') || trimmed.count(u'.') == 2;
    if (!clockForm) {
        const auto seconds = number(trimmed);
        if (!seconds || *seconds < 0)
            return std::nullopt;
        return seconds;
    }
    const QChar sep = trimmed.contains(u':') ? u':' : u'.';
    const QList<QStringView> parts = trimmed.split(sep);
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    double total = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool last = i == parts.size() - 1;
        if (!allDigits(parts[i]) && !(last && sep == u':'))
            return std::nullopt;
        const auto value = number(parts[i]);
        if (!value || *value < 0 || (i > 0 && *value >= 60))
            return std::nullopt;
        total = total * 60 + *value;
    }
    return total;
}

std::optional<bool> boolean(QStringView text, const QStringList &extraTrue, const QStringList &extraFalse)
{
    static const QStringList trueWords = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                                          QStringLiteral("1"), QStringLiteral("ja"), QStringLiteral("j"),
                                          QStringLiteral("t")};
    static const QStringList falseWords = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
                                           QStringLiteral("0"), QStringLiteral("nee"), QStringLiteral("nein"),
                                           QStringLiteral("f")};
    const QStringView trimmed = trimmedView(text);
    const auto in = [trimmed](const QStringList &words) {
        for (const QString &w : words) {
            if (trimmed.compare(w, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    // Most exports write 1 and 0: those first, without the case-insensitive word lists (a
    // preset's extra true words are still asked about 0).
    if (trimmed == u"1")
        return true;
    if (trimmed == u"0" && !in(extraTrue))
        return false;
    if (in(trueWords) || in(extraTrue))
        return true;
    if (in(falseWords) || in(extraFalse))
        return false;
    return std::nullopt;
}

} // namespace parse

DateOrder detectDateOrder(const QStringList &samples)
{
    for (const QString &sample : samples) {
        Scanner s(sample);
        int digitsA = 0;
        const auto a = s.integer(4, &digitsA);
        QChar sep;
        if (!a || digitsA == 4 || !s.acceptAny(u"-/.", &sep))
            continue;
        const auto b = s.integer(2);
        if (!b)
            continue;
        if (*a > 12 && *b <= 12)
            return DateOrder::DayFirst;
        if (*b > 12 && *a <= 12)
            return DateOrder::MonthFirst;
    }
    return DateOrder::Auto;
}

} // namespace huddle::import
