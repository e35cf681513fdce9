#include "commentwords.h"

#include <kpi/statistics.h>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace huddle::voice {

namespace {

// English and Dutch function words of three letters or more (shorter words are never
// counted). Negations are in: "not" and "niet" are in complaints and praise alike. Words a
// complaint is about stay out of it, even common ones ("again", "still", "weer", "nog steeds").
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        static const char *const list[] = {
            // English
            "about", "above", "after", "against", "all", "also", "and", "any", "are", "aren't", "because", "been",
            "before", "being", "below", "between", "both", "but", "can", "can't", "cannot", "could", "couldn't",
            "did", "didn't", "does", "doesn't", "doing", "don't", "down", "during", "each", "even", "few", "for",
            "from", "further", "get", "got", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "her",
            "here", "here's", "hers", "herself", "him", "himself", "his", "how", "i'd", "i'll", "i'm", "i've",
            "into", "isn't", "it's", "its", "itself", "just", "let's", "may", "more", "most", "much", "must", "myself",
            "nor", "not", "now", "off", "once", "only", "other", "ought", "our", "ours", "ourselves", "out", "over",
            "own", "same", "she", "should", "shouldn't", "some", "such", "than", "that", "that's", "the", "their",
            "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they're", "this", "those",
            "through", "too", "under", "until", "very", "was", "wasn't", "were", "weren't", "what", "what's", "when",
            "where", "which", "while", "who", "who's", "whom", "why", "will", "with", "won't", "would", "wouldn't",
            "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
            // Dutch
            "aan", "alle", "alles", "als", "ben", "bent", "bij", "daar", "dan", "dat", "deze", "die", "dit", "doch",
            "door", "dus", "een", "eens", "geen", "had", "hadden", "haar", "heb", "hebben", "hebt", "heeft", "hem",
            "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "jij", "jou", "jouw", "kan", "kon", "kunnen",
            "maar", "men", "met", "mij", "mijn", "moet", "moeten", "naar", "niet", "niets", "noch", "ons", "onze",
            "ook", "over", "tegen", "toch", "toen", "tot", "uit", "van", "veel", "voor", "want", "waren", "was",
            "wat", "wel", "werd", "wie", "wij", "wil", "worden", "wordt", "zal", "zelf", "zich", "zij", "zijn",
            "zou", "zouden"};
        QSet<QString> set;
        for (const char *word : list)
            set.insert(QString::fromUtf8(word));
        return set;
    }();
    return words;
}

constexpr qsizetype kMinWordLength = 3;

} // namespace

QStringList commentWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral(R"(\p{L}+(?:['’]\p{L}+)*)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        QString w = it.next().captured().toLower();
        w.replace(u'’', u'\'');
        if (w.size() >= kMinWordLength && !stopWords().contains(w) && !words.contains(w))
            words.append(w);
    }
    return words;
}

QList<RisingWord> risingWords(const QList<QStringList> &current, const QList<QStringList> &previous, int minCount)
{
    if (previous.isEmpty())
        return {};
    QHash<QString, qint64> counts;
    for (const QStringList &words : current) {
        for (const QString &w : words)
            ++counts[w];
    }
    QHash<QString, qint64> previousCounts;
    for (const QStringList &words : previous) {
        for (const QString &w : words) {
            if (counts.contains(w))
                ++previousCounts[w];
        }
    }
    const double comments = double(current.size());
    const double previousComments = double(previous.size());
    QList<RisingWord> rising;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() < minCount)
            continue;
        const double with = double(it.value()) + 0.5;
        const double withBefore = double(previousCounts.value(it.key())) + 0.5;
        const double ratio = (with / (comments + 1)) / (withBefore / (previousComments + 1));
        if (ratio <= 1)
            continue;
        const double without = comments - with + 1;
        const double withoutBefore = previousComments - withBefore + 1;
        const double logOdds = std::log(with * withoutBefore / (without * withBefore));
        const double error = std::sqrt(1 / with + 1 / without + 1 / withBefore + 1 / withoutBefore);
        rising.append({it.key(), it.value(), previousCounts.value(it.key()), ratio,
                       logOdds > kpi::zQuantile(0.95) * error});
    }
    std::sort(rising.begin(), rising.end(), [](const RisingWord &a, const RisingWord &b) {
        if (a.ratio != b.ratio)
            return a.ratio > b.ratio;
        return a.count != b.count ? a.count > b.count : a.word < b.word;
    });
    return rising;
}

} // namespace huddle::voice
