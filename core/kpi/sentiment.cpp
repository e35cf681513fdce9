#include "sentiment.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace huddle::kpi {

namespace {

const QSet<QString> &negations()
{
    static const QSet<QString> words = {
        QStringLiteral("not"),     QStringLiteral("no"),      QStringLiteral("never"),   QStringLiteral("don't"),
        QStringLiteral("didn't"),  QStringLiteral("doesn't"), QStringLiteral("isn't"),   QStringLiteral("wasn't"),
        QStringLiteral("weren't"), QStringLiteral("can't"),   QStringLiteral("cannot"),  QStringLiteral("couldn't"),
        QStringLiteral("won't"),   QStringLiteral("nothing"), QStringLiteral("without"), QStringLiteral("hardly"),
        QStringLiteral("niet"),    QStringLiteral("geen"),    QStringLiteral("nooit"),   QStringLiteral("niks"),
        QStringLiteral("niets"),   QStringLiteral("zonder"),  QStringLiteral("nauwelijks"),
    };
    return words;
}

const QHash<QString, double> &intensifiers()
{
    static const QHash<QString, double> words = {
        {QStringLiteral("very"), 1.3},      {QStringLiteral("really"), 1.3},   {QStringLiteral("extremely"), 1.5},
        {QStringLiteral("so"), 1.2},        {QStringLiteral("super"), 1.3},    {QStringLiteral("totally"), 1.3},
        {QStringLiteral("absolutely"), 1.4}, {QStringLiteral("incredibly"), 1.5}, {QStringLiteral("too"), 1.2},
        {QStringLiteral("slightly"), 0.6},  {QStringLiteral("somewhat"), 0.7}, {QStringLiteral("bit"), 0.7},
        {QStringLiteral("zeer"), 1.3},      {QStringLiteral("heel"), 1.3},     {QStringLiteral("erg"), 1.3},
        {QStringLiteral("echt"), 1.2},      {QStringLiteral("ontzettend"), 1.5}, {QStringLiteral("enorm"), 1.4},
        {QStringLiteral("hartstikke"), 1.4}, {QStringLiteral("totaal"), 1.3},  {QStringLiteral("beetje"), 0.7},
        {QStringLiteral("redelijk"), 0.8},
    };
    return words;
}

// VADER's damping of a negated word and its normalisation constant.
constexpr double kNegation = -0.74;
constexpr double kAlpha = 15;

} // namespace

const SentimentAnalyzer &SentimentAnalyzer::instance()
{
    static const SentimentAnalyzer analyzer;
    return analyzer;
}

SentimentAnalyzer::SentimentAnalyzer()
{
    loadLexicon(QStringLiteral(":/huddle/lexicons/en.txt"));
    loadLexicon(QStringLiteral(":/huddle/lexicons/nl.txt"));
}

void SentimentAnalyzer::loadLexicon(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("sentiment lexicon %s missing from the build", qPrintable(resource));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() != 2)
            continue;
        const double value = parts[1].toDouble();
        if (parts[0].endsWith(u'*'))
            m_prefixes.append({parts[0].chopped(1), value});
        else
            m_words.insert(parts[0], value);
    }
}

double SentimentAnalyzer::valence(const QString &word) const
{
    const auto it = m_words.constFind(word);
    if (it != m_words.constEnd())
        return *it;
    for (const auto &[prefix, value] : m_prefixes) {
        if (word.startsWith(prefix))
            return value;
    }
    return 0;
}

double SentimentAnalyzer::score(const QString &text) const
{
    // A negation reaches no further than its clause: "niet opgelost, erg teleurgesteld".
    static const QRegularExpression clauses(QStringLiteral("[.,;:!?]+"));
    static const QRegularExpression separators(QStringLiteral("[^\\w']+"));
    double sum = 0;
    for (const QString &clause : text.toLower().replace(u'’', u'\'').split(clauses, Qt::SkipEmptyParts))
        sum += clauseValence(clause.split(separators, Qt::SkipEmptyParts));
    return sum / std::sqrt(sum * sum + kAlpha);
}

double SentimentAnalyzer::clauseValence(const QStringList &tokens) const
{
    double sum = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        double value = valence(tokens[i]);
        if (value == 0)
            continue;
        if (i > 0)
            value *= intensifiers().value(tokens[i - 1], 1.0);
        for (qsizetype back = 1; back <= 3 && i - back >= 0; ++back) {
            if (negations().contains(tokens[i - back])) {
                value *= kNegation;
                break;
            }
        }
        sum += value;
    }
    return sum;
}

} // namespace huddle::kpi
