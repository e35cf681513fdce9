#pragma once

#include <actions/actiondata.h>

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace huddle::store {
class Store;
}

namespace huddle::ui {

class ActionModel;
class ImpactMatrixView;

// The Actions tab: the team's improvement actions, each with what it targets, its status and
// what it did (verdict, before → after, money saved, its place in the impact–effort matrix),
// measured on a worker thread with its own store connection; new, edit and delete, with the
// selected action's effect explained below beside the impact–effort matrix of the open ones
// (a click on a dot selects its action in the table, and the other way round).
class ActionsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsWidget(QWidget *parent = nullptr);
    ~ActionsWidget() override;

    void setStore(store::Store *store);
    void reload();
    // Opens the dialog on a new action (prefilled, e.g. with a contact reason) and stores it.
    void newAction(const actions::ImprovementAction &prefill = {});

    ActionModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ImpactMatrixView *matrix() const { return m_matrix; }
    // Selects the action's row (none if it is not listed).
    void selectAction(qint64 id);
    bool isLoading() const { return m_watcher.isRunning(); }

signals:
    void loaded();

private:
    struct Loaded
    {
        QString error;
        QString currency;
        QStringList reasons;
        QList<actions::ActionStanding> standings;
    };
    static Loaded load(const QString &storePath);
    void display(const Loaded &result);
    void editSelected();
    void deleteSelected();
    void describeSelected();
    bool store(const actions::ImprovementAction &action);

    store::Store *m_store = nullptr;
    ActionModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_details;
    ImpactMatrixView *m_matrix;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QStringList m_reasons;
    QString m_currency;
    QFutureWatcher<Loaded> m_watcher;
};

} // namespace huddle::ui
