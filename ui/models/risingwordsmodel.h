#pragma once

#include <voice/commentwords.h>

#include <QAbstractTableModel>

namespace huddle::ui {

// The words rising in negative comments: each word with the negative comments containing it
// in the weeks asked and in the weeks before, the rate ratio and whether the rise is clear.
class RisingWordsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Word, Comments, Before, Ratio, Clear, ColumnCount };

    explicit RisingWordsModel(QObject *parent = nullptr);

    void setWords(QList<voice::RisingWord> words);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<voice::RisingWord> m_words;
};

} // namespace huddle::ui
