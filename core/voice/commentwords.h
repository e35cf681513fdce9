#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace huddle::voice {

// The words customers use in comments, counted so that a team leader sees what is new in the
// complaints: pure functions over texts.

// The words of a comment worth counting, each once, in the order first met: lower-cased runs
// of letters (an apostrophe inside a word keeps it whole: "don't"), at least three letters,
// without English and Dutch function words ("the", "and", "niet", "een"). Numbers are never
// words, so an identifier in a comment cannot become one.
QStringList commentWords(const QString &text);

// A word whose share among negative comments rose: `count` negative comments of the weeks
// asked contain it, `previousCount` of the weeks before; `ratio` is the rate ratio of the two
// shares with half a comment added to each count, (count + ½)/(comments + 1) ÷
// (previousCount + ½)/(previousComments + 1), so a word the weeks before never saw has a
// finite ratio. `clear` when the rise is more than chance: the 95 % interval of the log odds
// ratio (each cell plus ½, Haldane) excludes 0.
struct RisingWord
{
    QString word;
    qint64 count = 0;
    qint64 previousCount = 0;
    double ratio = 0;
    bool clear = false;
};

// Below this many comments in the weeks asked a word is noise, however much it rose.
constexpr int kMinWordCount = 5;

// The words of `current` (each comment's commentWords()) whose share rose against `previous`:
// those in at least `minCount` comments with a ratio above 1, highest ratio first (then the
// higher count, then alphabetical). Empty without previous comments: nothing to rise from.
QList<RisingWord> risingWords(const QList<QStringList> &current, const QList<QStringList> &previous,
                              int minCount = kMinWordCount);

} // namespace huddle::voice
