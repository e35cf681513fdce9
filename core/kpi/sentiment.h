#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace huddle::kpi {

// Scores a transcript or comment from −1 (negative) to +1 (positive) with word lexicons
// for English and Dutch (resources :/huddle/lexicons), in the manner of VADER: each word's
// valence, flipped and damped after a negation ("not", "geen") within three words,
// strengthened after an intensifier ("very", "heel"), summed and squashed by
// s / √(s² + 15). Used only where an export has no sentiment figure of its own; its
// accuracy on a labelled sample is in docs/kpis.md.
class SentimentAnalyzer
{
public:
    static const SentimentAnalyzer &instance();

    double score(const QString &text) const;

private:
    SentimentAnalyzer();
    void loadLexicon(const QString &resource);
    double valence(const QString &word) const;
    double clauseValence(const QStringList &tokens) const;

    QHash<QString, double> m_words;
    QList<std::pair<QString, double>> m_prefixes; // "frustrat*"
};

} // namespace huddle::kpi
